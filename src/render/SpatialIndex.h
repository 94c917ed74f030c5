// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <memory>
#include <vector>

namespace jieshui::render {

/**
 * An R-tree (boost::geometry::index) on feature bounds, in map units: which features may contain a
 * point or intersect a rectangle. Exact tests are the caller's (MapLayer::featureAt). Immutable once
 * built, so it may be queried from several threads.
 */
class SpatialIndex {
public:
    SpatialIndex();
    /** Indexes @p bounds; the item number is the position in the vector. */
    explicit SpatialIndex(const std::vector<QRectF>& bounds);
    ~SpatialIndex();
    SpatialIndex(SpatialIndex&&) noexcept;
    SpatialIndex& operator=(SpatialIndex&&) noexcept;

    /** Items whose bounds contain @p point, ascending. */
    std::vector<int> candidatesAt(QPointF point) const;
    /** Items whose bounds intersect @p rect, ascending. */
    std::vector<int> candidatesIn(const QRectF& rect) const;
    std::size_t size() const;

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

} // namespace jieshui::render
