// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <QString>
#include <QUndoCommand>
#include <optional>

namespace jieshui::ui {

class ProjectController;

/**
 * Sets (or, with no value, removes) one driver override of a scenario for one region and first year.
 * Rates and levels are fractions (0.06 = 6 %/yr). Undo restores the previous override, or its absence.
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
};

} // namespace jieshui::ui
