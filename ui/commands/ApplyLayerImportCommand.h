// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"

#include <QUndoCommand>
#include <QVector>

namespace jieshui::ui {

class ProjectController;

/**
 * Replaces the project's map layers by the layers an accepted import produced (LayerImporter::mergeInto
 * applied to a copy). Stores the old and the new layer vectors with their visibility flags; undo restores
 * the old ones. Layers are in the project storage CRS (EPSG:4490 unless the project says otherwise).
 */
class ApplyLayerImportCommand : public QUndoCommand {
public:
    /** @p layers: the project's complete new layer list; @p fileName names the import in the Edit menu. */
    ApplyLayerImportCommand(ProjectController* controller, QVector<geo::FeatureLayer> layers,
                            const QString& fileName, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QVector<geo::FeatureLayer>& layers, const QVector<bool>& visible);

    ProjectController* m_controller;
    QVector<geo::FeatureLayer> m_oldLayers;
    QVector<bool> m_oldVisible;
    QVector<geo::FeatureLayer> m_newLayers;
    QVector<bool> m_newVisible;
};

} // namespace jieshui::ui
