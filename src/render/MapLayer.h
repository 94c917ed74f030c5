// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/LayerGeometry.h"
#include "render/LayerStyle.h"

#include <QString>
#include <memory>

namespace jieshui::render {

/**
 * One layer of a map: shared immutable geometry in the display CRS, a style and a visibility.
 * Copying is cheap (the geometry is shared), so a render thread works on its own copy of the document
 * while the UI edits styles.
 */
class MapLayer {
public:
    /** Builds the geometry (LOD, index) from @p layer, which must already be in the display CRS. */
    explicit MapLayer(geo::FeatureLayer layer);
    MapLayer(geo::FeatureLayer layer, LayerStyle style);
    MapLayer(std::shared_ptr<const LayerGeometry> geometry, LayerStyle style);

    /** Display name (the FeatureLayer's name unless renamed). */
    QString name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    geo::LayerRole role() const { return m_geometry->layer().role; }
    bool isSchematic() const { return m_geometry->layer().schematic; }

    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }

    const LayerStyle& style() const { return m_style; }
    LayerStyle& style() { return m_style; }
    void setStyle(LayerStyle style) { m_style = std::move(style); }

    const LayerGeometry& geometry() const { return *m_geometry; }
    std::shared_ptr<const LayerGeometry> sharedGeometry() const { return m_geometry; }
    const geo::FeatureLayer& featureLayer() const { return m_geometry->layer(); }
    QRectF bounds() const { return m_geometry->bounds(); }

    /** Feature index under @p mapPoint (see LayerGeometry::featureAt); -1 when none. */
    int featureAt(QPointF mapPoint, double tolerance = 0.0) const {
        return m_geometry->featureAt(mapPoint, tolerance);
    }

private:
    std::shared_ptr<const LayerGeometry> m_geometry;
    LayerStyle m_style;
    QString m_name;
    bool m_visible = true;
};

} // namespace jieshui::render
