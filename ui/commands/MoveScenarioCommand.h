// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <cstddef>

namespace jieshui::ui {

class ProjectController;

/** Moves a scenario to another position of the list (the order of the chooser, the CLI and the file). */
class MoveScenarioCommand : public QUndoCommand {
public:
    MoveScenarioCommand(ProjectController* controller, const QString& scenario, std::size_t position,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void moveTo(std::size_t position);

    ProjectController* m_controller;
    QString m_scenario;
    std::size_t m_from = 0;
    std::size_t m_to;
};

} // namespace jieshui::ui
