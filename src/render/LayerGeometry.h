// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"
#include "render/SpatialIndex.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>
#include <array>
#include <vector>

namespace jieshui::render {

/**
 * The drawing-ready, immutable form of a geo::FeatureLayer in the display CRS: per feature, the rings
 * at several levels of detail (Douglas–Peucker), the bounds, a label point and the spatial index.
 * Built once per layer (may take a while for a million vertices), then shared read-only by the UI
 * thread and render threads through std::shared_ptr<const LayerGeometry>.
 */
class LayerGeometry {
public:
    static constexpr int LevelCount = 4;

    struct FeatureShape {
        /** rings at level l: level 0 the original, level l simplified with tolerance(l). */
        std::array<QVector<QPolygonF>, LevelCount> levels;
        QRectF bounds;      ///< map units
        QPointF labelPoint; ///< interior point of the largest part (polygons), middle vertex (lines)
        double area = 0.0;  ///< of the largest outer ring, map units²
    };

    /** Takes the layer (already in the display CRS) and precomputes everything. */
    explicit LayerGeometry(geo::FeatureLayer layer);

    const geo::FeatureLayer& layer() const { return m_layer; }
    const std::vector<FeatureShape>& shapes() const { return m_shapes; }
    const SpatialIndex& index() const { return m_index; }
    QRectF bounds() const { return m_layer.bounds; }
    /** Simplification tolerance (map units) of a level; 0 for level 0. */
    double tolerance(int level) const { return m_tolerances[static_cast<std::size_t>(level)]; }
    /** The coarsest level whose tolerance is at most half a pixel of @p mapUnitsPerPixel. */
    int levelFor(double mapUnitsPerPixel) const;
    /** Number of vertices at a level (for statistics and benchmarks). */
    qsizetype vertexCount(int level = 0) const;

    /**
     * The feature (index into layer().features) under @p mapPoint: exact point-in-polygon for
     * polygons, within @p tolerance map units for lines and points; -1 when none. Topmost (last) wins.
     */
    int featureAt(QPointF mapPoint, double tolerance = 0.0) const;

private:
    geo::FeatureLayer m_layer;
    std::vector<FeatureShape> m_shapes;
    std::array<double, LevelCount> m_tolerances{};
    SpatialIndex m_index;
};

} // namespace jieshui::render
