// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ApplyLayerImportCommand.h"

#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

ApplyLayerImportCommand::ApplyLayerImportCommand(ProjectController* controller,
                                                 QVector<geo::FeatureLayer> layers, const QString& fileName,
                                                 QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_oldLayers(controller->project().layers),
      m_oldVisible(controller->project().layerVisible), m_newLayers(std::move(layers)) {
    // Layers kept from before keep their visibility (mergeInto replaces or appends, never reorders);
    // new layers start visible.
    m_newVisible = m_oldVisible;
    m_newVisible.resize(m_newLayers.size(), true);
    for (qsizetype i = m_oldVisible.size(); i < m_newVisible.size(); ++i)
        m_newVisible[i] = true;
    setText(QCoreApplication::translate("ApplyLayerImportCommand", "Import layer from %1").arg(fileName));
}

void ApplyLayerImportCommand::redo() {
    apply(m_newLayers, m_newVisible);
}

void ApplyLayerImportCommand::undo() {
    apply(m_oldLayers, m_oldVisible);
}

void ApplyLayerImportCommand::apply(const QVector<geo::FeatureLayer>& layers, const QVector<bool>& visible) {
    ProjectData& project = m_controller->mutableProject();
    project.layers = layers;
    project.layerVisible = visible;
    project.normalizeLayerFlags();
    // The map reprojects its layers and the layer tree resets only on ProjectReplaced (LayersChanged
    // means visibility or order); the data stay, so year, scenario and undo history are kept.
    m_controller->notify(ChangeEvent{ChangeKind::ProjectReplaced});
}

} // namespace jieshui::ui
