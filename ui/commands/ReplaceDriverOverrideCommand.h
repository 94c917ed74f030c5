// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <QString>
#include <QUndoCommand>
#include <cstddef>

namespace jieshui::ui {

class ProjectController;

/**
 * Replaces the override in row @p row of a scenario's list — its region, driver or first year changed —
 * in its place; undo restores it. The caller has checked it (core::ScenarioEditor::replaceOverride on a
 * copy).
 */
class ReplaceDriverOverrideCommand : public QUndoCommand {
public:
    ReplaceDriverOverrideCommand(ProjectController* controller, const QString& scenario, std::size_t row,
                                 core::DriverOverride value, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const core::DriverOverride& value);

    ProjectController* m_controller;
    QString m_scenario;
    std::size_t m_row;
    core::DriverOverride m_new;
    core::DriverOverride m_old;
};

} // namespace jieshui::ui
