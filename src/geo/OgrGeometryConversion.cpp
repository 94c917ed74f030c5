// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/OgrGeometryConversion.h"

namespace jieshui::geo {

namespace {

QPolygonF toPolygonF(const OGRSimpleCurve& curve) {
    const int n = curve.getNumPoints();
    QPolygonF ring(n);
    if (n > 0) {
        // Read straight into the QPointF array: x and y are doubles 16 bytes apart.
        curve.getPoints(&ring[0].rx(), static_cast<int>(sizeof(QPointF)), &ring[0].ry(),
                        static_cast<int>(sizeof(QPointF)));
    }
    return ring;
}

void appendPolygon(const OGRPolygon& polygon, Feature& feature) {
    if (polygon.IsEmpty())
        return;
    feature.partStarts.append(static_cast<int>(feature.rings.size()));
    for (const OGRLinearRing* ring : polygon)
        feature.rings.append(toPolygonF(*ring));
}

bool appendLinear(const OGRGeometry& g, GeometryKind kind, Feature& feature) {
    const OGRwkbGeometryType flat = wkbFlatten(g.getGeometryType());
    switch (flat) {
    case wkbPolygon:
        if (kind != GeometryKind::Polygon)
            return false;
        appendPolygon(*g.toPolygon(), feature);
        return true;
    case wkbLineString:
        if (kind != GeometryKind::Line)
            return false;
        if (!g.IsEmpty()) {
            feature.partStarts.append(static_cast<int>(feature.rings.size()));
            feature.rings.append(toPolygonF(*g.toLineString()));
        }
        return true;
    case wkbPoint: {
        if (kind != GeometryKind::Point)
            return false;
        if (!g.IsEmpty()) {
            const OGRPoint* p = g.toPoint();
            feature.partStarts.append(static_cast<int>(feature.rings.size()));
            feature.rings.append(QPolygonF({QPointF(p->getX(), p->getY())}));
        }
        return true;
    }
    default:
        break;
    }
    if (OGR_GT_IsSubClassOf(flat, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *g.toGeometryCollection())
            if (!appendLinear(*part, kind, feature))
                return false;
        return true;
    }
    if (OGR_GT_IsCurve(flat) || OGR_GT_IsSurface(flat)) {
        // Circular strings, compound curves, curve polygons: draw their linear approximation.
        std::unique_ptr<OGRGeometry> linear(g.getLinearGeometry());
        return linear && appendLinear(*linear, kind, feature);
    }
    return false;
}

} // namespace

std::optional<GeometryKind> OgrGeometryConversion::kindOf(OGRwkbGeometryType type) {
    const OGRwkbGeometryType flat = wkbFlatten(type);
    if (flat == wkbUnknown || flat == wkbNone || flat == wkbGeometryCollection)
        return std::nullopt;
    if (OGR_GT_IsSubClassOf(flat, wkbPoint) || flat == wkbMultiPoint)
        return GeometryKind::Point;
    if (OGR_GT_IsSurface(flat) || flat == wkbMultiPolygon || flat == wkbMultiSurface)
        return GeometryKind::Polygon;
    if (OGR_GT_IsCurve(flat) || flat == wkbMultiLineString || flat == wkbMultiCurve)
        return GeometryKind::Line;
    return std::nullopt;
}

bool OgrGeometryConversion::append(const OGRGeometry& geometry, GeometryKind kind, Feature& feature) {
    Feature scratch;
    if (!appendLinear(geometry, kind, scratch))
        return false;
    const int offset = static_cast<int>(feature.rings.size());
    for (int start : std::as_const(scratch.partStarts))
        feature.partStarts.append(start + offset);
    feature.rings += scratch.rings;
    return true;
}

bool OgrGeometryConversion::isMulti(const OGRGeometry& geometry) {
    const OGRwkbGeometryType flat = wkbFlatten(geometry.getGeometryType());
    return flat == wkbMultiPolygon || flat == wkbMultiLineString || flat == wkbMultiPoint ||
           flat == wkbMultiSurface || flat == wkbMultiCurve;
}

std::unique_ptr<OGRGeometry> OgrGeometryConversion::toOgr(const Feature& feature, GeometryKind kind) {
    auto toRing = [](const QPolygonF& points, auto* curve) {
        curve->setNumPoints(static_cast<int>(points.size()), FALSE);
        for (int i = 0; i < points.size(); ++i)
            curve->setPoint(i, points[i].x(), points[i].y());
    };
    // Parts: partStarts when set, else one part per ring (lines and points written by hand).
    QVector<int> starts = feature.partStarts;
    if (starts.isEmpty() && kind != GeometryKind::Polygon)
        for (int i = 0; i < feature.rings.size(); ++i)
            starts.append(i);
    if (starts.isEmpty() && !feature.rings.isEmpty())
        starts.append(0);
    switch (kind) {
    case GeometryKind::Polygon: {
        auto multi = std::make_unique<OGRMultiPolygon>();
        for (int p = 0; p < starts.size(); ++p) {
            const int end = p + 1 < starts.size() ? starts[p + 1] : static_cast<int>(feature.rings.size());
            OGRPolygon polygon;
            for (int r = starts[p]; r < end; ++r) {
                auto ring = std::make_unique<OGRLinearRing>();
                toRing(feature.rings[r], ring.get());
                polygon.addRingDirectly(ring.release());
            }
            multi->addGeometry(&polygon);
        }
        return multi;
    }
    case GeometryKind::Line: {
        auto multi = std::make_unique<OGRMultiLineString>();
        for (const QPolygonF& line : feature.rings) {
            OGRLineString ls;
            toRing(line, &ls);
            multi->addGeometry(&ls);
        }
        return multi;
    }
    case GeometryKind::Point: {
        auto multi = std::make_unique<OGRMultiPoint>();
        for (const QPolygonF& ring : feature.rings)
            for (const QPointF& p : ring) {
                OGRPoint point(p.x(), p.y());
                multi->addGeometry(&point);
            }
        return multi;
    }
    }
    return nullptr;
}

} // namespace jieshui::geo
