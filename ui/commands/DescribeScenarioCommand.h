// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <string>

namespace jieshui::ui {

class ProjectController;

/** The names and descriptions (zh, en) a reader sees of a scenario: rename and describe. The id stays. */
struct ScenarioTexts {
    std::string nameZh, nameEn, descriptionZh, descriptionEn;
    bool operator==(const ScenarioTexts&) const = default;
};

/** Sets a scenario's names and descriptions; undo restores the previous ones. */
class DescribeScenarioCommand : public QUndoCommand {
public:
    DescribeScenarioCommand(ProjectController* controller, const QString& scenario, ScenarioTexts texts,
                            QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const ScenarioTexts& texts);

    ProjectController* m_controller;
    QString m_scenario;
    ScenarioTexts m_new;
    ScenarioTexts m_old;
};

} // namespace jieshui::ui
