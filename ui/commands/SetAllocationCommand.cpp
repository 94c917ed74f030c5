// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetAllocationCommand.h"

#include "ProjectController.h"

#include <algorithm>

namespace jieshui::ui {

namespace {
std::optional<std::size_t> ownIndex(const std::vector<core::Allocation>& allocations,
                                    const std::string& scenario, int year) {
    for (std::size_t i = 0; i < allocations.size(); ++i)
        if (allocations[i].scenario == scenario && allocations[i].year == year)
            return i;
    return std::nullopt;
}
} // namespace

SetAllocationCommand::SetAllocationCommand(ProjectController* controller, const QString& text,
                                           const QString& scenario, int year,
                                           std::optional<core::Allocation> allocation, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_controller(controller), m_scenario(scenario.toStdString()), m_year(year),
      m_new(std::move(allocation)) {
    const auto& allocations = m_controller->project().allocations;
    const auto i = ownIndex(allocations, m_scenario, year);
    m_position = i.value_or(allocations.size());
    if (i)
        m_old = allocations[*i];
}

void SetAllocationCommand::redo() {
    apply(m_new);
}

void SetAllocationCommand::undo() {
    apply(m_old);
}

void SetAllocationCommand::apply(const std::optional<core::Allocation>& allocation) {
    auto& allocations = m_controller->mutableProject().allocations;
    const auto i = ownIndex(allocations, m_scenario, m_year);
    if (allocation && i)
        allocations[*i] = *allocation;
    else if (allocation)
        allocations.insert(allocations.begin() + std::ptrdiff_t(std::min(m_position, allocations.size())),
                           *allocation);
    else if (i)
        allocations.erase(allocations.begin() + std::ptrdiff_t(*i));
    m_controller->notify(ChangeEvent{.kind = ChangeKind::ScenariosChanged, .projectionsUnchanged = true});
}

} // namespace jieshui::ui
