// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Allocation.h"

#include <QString>
#include <QUndoCommand>
#include <cstddef>
#include <optional>

namespace jieshui::ui {

class ProjectController;

/**
 * Sets a scenario's own quota split of one year (cap, method, quotas), or with no value removes it so that
 * the scenario inherits its parent's again. One edit of the allocation editor is one of these: undo puts
 * the previous split (or its absence) back in its place.
 */
class SetAllocationCommand : public QUndoCommand {
public:
    SetAllocationCommand(ProjectController* controller, const QString& text, const QString& scenario,
                         int year, std::optional<core::Allocation> allocation,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<core::Allocation>& allocation);

    ProjectController* m_controller;
    std::string m_scenario;
    int m_year;
    std::optional<core::Allocation> m_new;
    std::optional<core::Allocation> m_old;
    std::size_t m_position = 0;
};

} // namespace jieshui::ui
