// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QVector>

namespace jieshui::render {

/** Planar geometry helpers on map-unit coordinates (any CRS; results in the same units). */
class PolygonMath {
public:
    /**
     * Douglas–Peucker simplification with tolerance @p tolerance (map units). Closed rings stay closed
     * and keep at least 4 points (a triangle) when the input had them; lines keep their end points.
     */
    static QPolygonF simplify(const QPolygonF& polyline, double tolerance);
    /** Signed area of a ring (shoelace; positive when counter-clockwise in a y-up frame). */
    static double signedArea(const QPolygonF& ring);
    /** Even-odd point-in-polygon over all rings (outer rings and holes). */
    static bool contains(const QVector<QPolygonF>& rings, QPointF point);
    /** Area centroid of a ring; the vertex mean when degenerate. */
    static QPointF centroid(const QPolygonF& ring);
    /**
     * A point inside the polygon @p rings (outer ring first, holes after), for labels: the centroid of
     * the outer ring if it lies inside, otherwise the middle of the widest inside span on the horizontal
     * line through the centroid (or through the middle of the bounds).
     */
    static QPointF interiorPoint(const QVector<QPolygonF>& rings);
    /** Shortest distance from @p point to the segment a–b. */
    static double segmentDistance(QPointF point, QPointF a, QPointF b);
};

} // namespace jieshui::render
