// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EditRegionsCommand.h"

#include "ProjectController.h"

namespace jieshui::ui {

EditRegionsCommand::EditRegionsCommand(ProjectController* controller, const QString& text, RegionParts after,
                                       const QString& regionCode, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_controller(controller), m_before(current(*controller)),
      m_after(std::move(after)), m_regionCode(regionCode) {}

RegionParts EditRegionsCommand::current(const ProjectController& controller) {
    const ProjectData& p = controller.project();
    return {p.dataset, p.scenarios, p.allocations, p.layers, p.results};
}

void EditRegionsCommand::redo() {
    apply(m_after);
}

void EditRegionsCommand::undo() {
    apply(m_before);
}

void EditRegionsCommand::apply(const RegionParts& parts) {
    // Assigned in place: the evaluation service refers to these very objects.
    ProjectData& p = m_controller->mutableProject();
    p.dataset = parts.dataset;
    p.scenarios = parts.scenarios;
    p.allocations = parts.allocations;
    p.layers = parts.layers;
    p.results = parts.results;
    p.normalizeLayerFlags();
    if (!m_regionCode.isEmpty() && m_controller->selectedRegion() == m_regionCode &&
        p.dataset.region(m_regionCode.toStdString()) == nullptr)
        m_controller->setSelectedRegion(QString());
    m_controller->notify(ChangeEvent{ChangeKind::DataChanged, m_regionCode});
}

} // namespace jieshui::ui
