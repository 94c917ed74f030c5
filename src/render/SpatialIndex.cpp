// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SpatialIndex.h"

#include <algorithm>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <utility>

namespace jieshui::render {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Box = bg::model::box<Point>;
using Item = std::pair<Box, int>;

struct SpatialIndex::Tree {
    bgi::rtree<Item, bgi::rstar<16>> rtree;
};

SpatialIndex::SpatialIndex() : m_tree(std::make_unique<Tree>()) {}

SpatialIndex::SpatialIndex(const std::vector<QRectF>& bounds) : m_tree(std::make_unique<Tree>()) {
    std::vector<Item> items;
    items.reserve(bounds.size());
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        // Point features have zero-size bounds: they are indexed too.
        const QRectF n = bounds[i].normalized();
        items.emplace_back(Box(Point(n.left(), n.top()), Point(n.right(), n.bottom())), static_cast<int>(i));
    }
    // Bulk loading (packing) builds a better tree than inserting one by one.
    m_tree->rtree = bgi::rtree<Item, bgi::rstar<16>>(items.begin(), items.end());
}

SpatialIndex::~SpatialIndex() = default;
SpatialIndex::SpatialIndex(SpatialIndex&&) noexcept = default;
SpatialIndex& SpatialIndex::operator=(SpatialIndex&&) noexcept = default;

std::vector<int> SpatialIndex::candidatesAt(QPointF point) const {
    return candidatesIn(QRectF(point, QSizeF(0.0, 0.0)));
}

std::vector<int> SpatialIndex::candidatesIn(const QRectF& rect) const {
    const QRectF n = rect.normalized();
    const Box query(Point(n.left(), n.top()), Point(n.right(), n.bottom()));
    std::vector<Item> hits;
    m_tree->rtree.query(bgi::intersects(query), std::back_inserter(hits));
    std::vector<int> result;
    result.reserve(hits.size());
    for (const Item& hit : hits)
        result.push_back(hit.second);
    std::sort(result.begin(), result.end());
    return result;
}

std::size_t SpatialIndex::size() const {
    return m_tree->rtree.size();
}

} // namespace jieshui::render
