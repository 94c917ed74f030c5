// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/FeatureLayer.h"

#include <algorithm>
#include <array>

namespace jieshui::geo {

namespace {

struct RoleId {
    LayerRole role;
    const char* id;
};

constexpr std::array<RoleId, 7> kRoleIds{{
    {LayerRole::Counties, "counties"},
    {LayerRole::Basins, "basins"},
    {LayerRole::IrrigationDistricts, "irrigation-districts"},
    {LayerRole::Rivers, "rivers"},
    {LayerRole::Reservoirs, "reservoirs"},
    {LayerRole::Other, "other"},
    {LayerRole::Cities, "cities"},
}};

/** Bounds of all points of @p rings; @p any is false when there is no point at all. */
QRectF ringsBounds(const QVector<QPolygonF>& rings, bool* any) {
    bool first = true;
    qreal minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (const QPolygonF& ring : rings) {
        for (const QPointF& p : ring) {
            if (first) {
                minX = maxX = p.x();
                minY = maxY = p.y();
                first = false;
                continue;
            }
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    *any = !first;
    // A point or an axis-parallel line has zero width or height: build the rect from corners so it is kept.
    return first ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace

const char* layerRoleId(LayerRole role) {
    for (const RoleId& r : kRoleIds)
        if (r.role == role)
            return r.id;
    return "other";
}

bool layerRoleFromId(const QString& id, LayerRole* role) {
    const QString key = id.trimmed().toLower();
    for (const RoleId& r : kRoleIds) {
        if (key == QLatin1String(r.id)) {
            if (role)
                *role = r.role;
            return true;
        }
    }
    return false;
}

void FeatureLayer::updateBounds() {
    bool first = true;
    qreal minX = 0, minY = 0, maxX = 0, maxY = 0;
    for (Feature& f : features) {
        bool any = false;
        f.bounds = ringsBounds(f.rings, &any);
        if (!any)
            continue; // empty or null geometry: no contribution
        const QRectF& b = f.bounds;
        if (first) {
            minX = b.left();
            maxX = b.right();
            minY = b.top();
            maxY = b.bottom();
            first = false;
            continue;
        }
        minX = std::min(minX, b.left());
        maxX = std::max(maxX, b.right());
        minY = std::min(minY, b.top());
        maxY = std::max(maxY, b.bottom());
    }
    bounds = first ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace jieshui::geo
