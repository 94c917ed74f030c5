// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Allocation.h"
#include "scenario/Scenario.h"

#include <QUndoCommand>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace jieshui::ui {

class ProjectController;

/**
 * Adds a scenario (new, duplicated, or a goal-seek answer) at a position of the list; undo removes it. The
 * caller has checked it with core::ScenarioEditor::checkCreate. With @p select the window shows it.
 */
class AddScenarioCommand : public QUndoCommand {
public:
    AddScenarioCommand(ProjectController* controller, core::Scenario scenario,
                       std::optional<std::size_t> position = {}, bool select = true,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectController* m_controller;
    core::Scenario m_scenario;
    std::optional<std::size_t> m_position;
    bool m_select;
    QString m_previousSelection;
};

/**
 * Deletes a scenario that nothing inherits from (checked with core::ScenarioEditor::checkRemove) with its
 * own quota splits; undo puts both back in their places. The window then shows the scenario's parent.
 */
class RemoveScenarioCommand : public QUndoCommand {
public:
    RemoveScenarioCommand(ProjectController* controller, const QString& scenario,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProjectController* m_controller;
    core::Scenario m_scenario;
    std::size_t m_index = 0;
    std::vector<std::pair<std::size_t, core::Allocation>> m_allocations; ///< (position, split), ascending
    QString m_previousSelection;
};

} // namespace jieshui::ui
