// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LayerGeometry.h"

#include "render/PolygonMath.h"

#include <algorithm>
#include <cmath>

namespace jieshui::render {

namespace {

/** The rings of each polygon part: [outer, holes...], from partStarts (one part when it is empty). */
QVector<QVector<QPolygonF>> polygonParts(const geo::Feature& feature) {
    QVector<QVector<QPolygonF>> parts;
    QVector<int> starts = feature.partStarts;
    if (starts.isEmpty() && !feature.rings.isEmpty())
        starts.append(0);
    for (qsizetype p = 0; p < starts.size(); ++p) {
        const int begin = starts[p];
        const int end = p + 1 < starts.size() ? starts[p + 1] : static_cast<int>(feature.rings.size());
        QVector<QPolygonF> rings;
        for (int r = begin; r < end && r < feature.rings.size(); ++r)
            rings.append(feature.rings[r]);
        if (!rings.isEmpty())
            parts.append(rings);
    }
    return parts;
}

} // namespace

LayerGeometry::LayerGeometry(geo::FeatureLayer layer) : m_layer(std::move(layer)) {
    m_layer.updateBounds();
    const double size = std::max(m_layer.bounds.width(), m_layer.bounds.height());
    // Level tolerances relative to the layer's size: the whole layer on ~1,000, ~4,000, ~16,000 px.
    m_tolerances = {0.0, size / 32000.0, size / 8000.0, size / 2000.0};

    const bool polygons = m_layer.geometryKind == geo::GeometryKind::Polygon;
    m_shapes.resize(static_cast<std::size_t>(m_layer.features.size()));
    std::vector<QRectF> bounds;
    bounds.reserve(m_shapes.size());
    for (qsizetype f = 0; f < m_layer.features.size(); ++f) {
        const geo::Feature& feature = m_layer.features[f];
        FeatureShape& shape = m_shapes[static_cast<std::size_t>(f)];
        shape.bounds = feature.bounds;
        shape.levels[0] = feature.rings;
        for (int level = 1; level < LevelCount; ++level) {
            const double tolerance = m_tolerances[static_cast<std::size_t>(level)];
            const QVector<QPolygonF>& finer = shape.levels[static_cast<std::size_t>(level) - 1];
            QVector<QPolygonF> coarser;
            coarser.reserve(finer.size());
            // Simplifying the previous level is cheaper and nests the levels.
            for (const QPolygonF& ring : finer)
                coarser.append(m_layer.geometryKind == geo::GeometryKind::Point
                                   ? ring
                                   : PolygonMath::simplify(ring, tolerance));
            shape.levels[static_cast<std::size_t>(level)] = std::move(coarser);
        }
        if (polygons) {
            QVector<QPolygonF> largest;
            for (const QVector<QPolygonF>& part : polygonParts(feature)) {
                const double area = std::abs(PolygonMath::signedArea(part.front()));
                if (area > shape.area) {
                    shape.area = area;
                    largest = part;
                }
            }
            shape.labelPoint = PolygonMath::interiorPoint(largest);
        } else if (!feature.rings.isEmpty() && !feature.rings.front().isEmpty()) {
            const QPolygonF& line = feature.rings.front();
            shape.labelPoint = line[line.size() / 2];
        }
        bounds.push_back(shape.bounds);
    }
    m_index = SpatialIndex(bounds);
}

int LayerGeometry::levelFor(double mapUnitsPerPixel) const {
    int chosen = 0;
    for (int level = 1; level < LevelCount; ++level) {
        if (m_tolerances[static_cast<std::size_t>(level)] <= 0.5 * mapUnitsPerPixel)
            chosen = level;
    }
    return chosen;
}

qsizetype LayerGeometry::vertexCount(int level) const {
    qsizetype count = 0;
    for (const FeatureShape& shape : m_shapes)
        for (const QPolygonF& ring : shape.levels[static_cast<std::size_t>(level)])
            count += ring.size();
    return count;
}

int LayerGeometry::featureAt(QPointF mapPoint, double tolerance) const {
    const QRectF probe(mapPoint.x() - tolerance, mapPoint.y() - tolerance, 2.0 * tolerance, 2.0 * tolerance);
    const std::vector<int> candidates = m_index.candidatesIn(probe);
    for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
        const geo::Feature& feature = m_layer.features[*it];
        switch (m_layer.geometryKind) {
        case geo::GeometryKind::Polygon:
            for (const QVector<QPolygonF>& part : polygonParts(feature))
                if (PolygonMath::contains(part, mapPoint))
                    return *it;
            break;
        case geo::GeometryKind::Line:
            for (const QPolygonF& line : feature.rings)
                for (qsizetype i = 0; i + 1 < line.size(); ++i)
                    if (PolygonMath::segmentDistance(mapPoint, line[i], line[i + 1]) <= tolerance)
                        return *it;
            break;
        case geo::GeometryKind::Point:
            for (const QPolygonF& points : feature.rings)
                for (const QPointF& p : points)
                    if (std::hypot(p.x() - mapPoint.x(), p.y() - mapPoint.y()) <= tolerance)
                        return *it;
            break;
        }
    }
    return -1;
}

} // namespace jieshui::render
