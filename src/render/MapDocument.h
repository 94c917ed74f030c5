// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapLayer.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace jieshui::render {

/**
 * The layer stack of a map, bottom first (index 0 is drawn first), in one display CRS, plus the
 * texts decorations show. A plain value: the UI's layer tree model adapts it; a RenderJob copies it.
 */
class MapDocument {
public:
    /** Display CRS as "EPSG:n"; every layer's geometry must be in it. */
    QString crs() const { return m_crs; }
    void setCrs(const QString& crs) { m_crs = crs; }

    int layerCount() const { return static_cast<int>(m_layers.size()); }
    const MapLayer& layer(int index) const { return m_layers.at(static_cast<std::size_t>(index)); }
    MapLayer& layer(int index) { return m_layers.at(static_cast<std::size_t>(index)); }
    const std::vector<MapLayer>& layers() const { return m_layers; }

    /** Adds on top; returns the new index. */
    int addLayer(MapLayer layer);
    void insertLayer(int index, MapLayer layer);
    void removeLayer(int index);
    /** Moves the layer at @p from to position @p to (both valid indices). */
    void moveLayer(int from, int to);
    /** Index of the first layer named @p name, or -1. */
    int indexOf(const QString& name) const;
    /** Index of the first layer of @p role, or -1. */
    int indexOfRole(geo::LayerRole role) const;

    /** Union of the bounds of visible layers (all layers when none is visible), map units. */
    QRectF extent() const;
    /** True when a visible layer is schematic (示意): exports then carry the schematic note. */
    bool hasVisibleSchematicLayer() const;

    /** Source note for exports, e.g. "数据来源: 钦州市水资源公报 (估算值已标注)". */
    QString sourceNote() const { return m_sourceNote; }
    void setSourceNote(const QString& note) { m_sourceNote = note; }

private:
    std::vector<MapLayer> m_layers;
    QString m_crs = QStringLiteral("EPSG:4545");
    QString m_sourceNote;
};

} // namespace jieshui::render
