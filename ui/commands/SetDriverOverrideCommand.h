// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <QString>
#include <QUndoCommand>
#include <cstddef>
#include <optional>

namespace jieshui::ui {

class ProjectController;

/**
 * Sets (or, with @p remove, removes) one driver override of a scenario, keyed by region, driver and first
 * year. Rates and levels are fractions (0.06 = 6 %/yr). An override that exists keeps its place in the
 * list (the edited row does not jump); undo restores the previous value in its place, or its absence.
 * The caller has checked the value (core::ScenarioEditor::checkOverride).
 */
class SetDriverOverrideCommand : public QUndoCommand {
public:
    SetDriverOverrideCommand(ProjectController* controller, const QString& scenario,
                             core::DriverOverride value, bool remove = false, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<core::DriverOverride>& value);

    ProjectController* m_controller;
    QString m_scenario;
    core::DriverOverride m_key;
    std::optional<core::DriverOverride> m_new;
    std::optional<core::DriverOverride> m_old;
    std::size_t m_position = 0; ///< where the override is (or was) in the list
};

} // namespace jieshui::ui
