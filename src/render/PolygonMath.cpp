// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PolygonMath.h"

#include <QRectF>
#include <algorithm>
#include <cmath>
#include <vector>

namespace jieshui::render {

double PolygonMath::segmentDistance(QPointF point, QPointF a, QPointF b) {
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double lengthSq = dx * dx + dy * dy;
    double t = 0.0;
    if (lengthSq > 0.0)
        t = std::clamp(((point.x() - a.x()) * dx + (point.y() - a.y()) * dy) / lengthSq, 0.0, 1.0);
    const double px = a.x() + t * dx - point.x();
    const double py = a.y() + t * dy - point.y();
    return std::sqrt(px * px + py * py);
}

QPolygonF PolygonMath::simplify(const QPolygonF& polyline, double tolerance) {
    const auto n = polyline.size();
    if (n < 3 || tolerance <= 0.0)
        return polyline;
    const bool closed = n >= 4 && polyline.front() == polyline.back();
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    // A closed ring has first == last; split it at the vertex farthest from the start so DP has a chord.
    qsizetype split = 0;
    if (closed) {
        double farthest = -1.0;
        for (qsizetype i = 1; i < n - 1; ++i) {
            const QPointF d = polyline[i] - polyline.front();
            const double distSq = d.x() * d.x() + d.y() * d.y();
            if (distSq > farthest) {
                farthest = distSq;
                split = i;
            }
        }
        keep[static_cast<std::size_t>(split)] = 1;
    }
    std::vector<std::pair<qsizetype, qsizetype>> stack;
    if (closed) {
        stack.emplace_back(0, split);
        stack.emplace_back(split, n - 1);
    } else {
        stack.emplace_back(0, n - 1);
    }
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double maxDistance = -1.0;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double d = segmentDistance(polyline[i], polyline[first], polyline[last]);
            if (d > maxDistance) {
                maxDistance = d;
                index = i;
            }
        }
        if (index >= 0 && maxDistance > tolerance) {
            keep[static_cast<std::size_t>(index)] = 1;
            stack.emplace_back(first, index);
            stack.emplace_back(index, last);
        }
    }
    QPolygonF result;
    result.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[static_cast<std::size_t>(i)])
            result.append(polyline[i]);
    }
    if (closed && result.size() < 4) {
        // Keep a triangle: add the point farthest from the chord of the two kept ones.
        return result.size() >= 3 ? QPolygonF{result[0], result[1], polyline[(split + n - 1) / 2], result[0]}
                                  : polyline;
    }
    return result;
}

double PolygonMath::signedArea(const QPolygonF& ring) {
    double sum = 0.0;
    const auto n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % n];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2.0;
}

bool PolygonMath::contains(const QVector<QPolygonF>& rings, QPointF point) {
    bool inside = false;
    for (const QPolygonF& ring : rings) {
        const auto n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y()) &&
                point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

QPointF PolygonMath::centroid(const QPolygonF& ring) {
    double area = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    const auto n = ring.size();
    if (n == 0)
        return {};
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& a = ring[i];
        const QPointF& b = ring[(i + 1) % n];
        const double cross = a.x() * b.y() - b.x() * a.y();
        area += cross;
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    if (std::abs(area) < 1e-12) {
        QPointF mean;
        for (const QPointF& p : ring)
            mean += p;
        return mean / static_cast<double>(n);
    }
    return QPointF(cx / (3.0 * area), cy / (3.0 * area));
}

QPointF PolygonMath::interiorPoint(const QVector<QPolygonF>& rings) {
    if (rings.isEmpty() || rings.front().isEmpty())
        return {};
    const QPointF center = centroid(rings.front());
    if (contains(rings, center))
        return center;
    const QRectF bounds = rings.front().boundingRect();
    // Widest inside span on a horizontal line: try through the centroid, then through other heights.
    QPointF best = center;
    double bestWidth = -1.0;
    for (double fraction : {-1.0, 0.5, 0.35, 0.65, 0.2, 0.8}) {
        const double y = fraction < 0.0 ? center.y() : bounds.top() + fraction * bounds.height();
        std::vector<double> crossings;
        for (const QPolygonF& ring : rings) {
            const auto n = ring.size();
            for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
                const QPointF& a = ring[i];
                const QPointF& b = ring[j];
                if ((a.y() > y) != (b.y() > y))
                    crossings.push_back((b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x());
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
            const double width = crossings[i + 1] - crossings[i];
            if (width > bestWidth) {
                bestWidth = width;
                best = QPointF((crossings[i] + crossings[i + 1]) / 2.0, y);
            }
        }
        if (bestWidth > 0.0 && fraction < 0.0)
            break; // the centroid's line crosses the polygon: good enough
    }
    return best;
}

} // namespace jieshui::render
