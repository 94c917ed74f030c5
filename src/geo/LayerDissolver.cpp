// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LayerDissolver.h"

#include "geo/OgrGeometryConversion.h"

#include <QCoreApplication>
#include <map>

namespace jieshui::geo {

core::Result<FeatureLayer> LayerDissolver::dissolve(const FeatureLayer& layer,
                                                    const QHash<QString, QString>& groupOf,
                                                    const QHash<QString, QString>& names,
                                                    core::Feedback* feedback) {
    if (layer.geometryKind != GeometryKind::Polygon)
        return core::Error(core::ErrorCode::InvalidValue, "only polygon layers can be dissolved");
    std::map<QString, OGRMultiPolygon> groups; // ordered by group code
    for (const Feature& f : layer.features) {
        const auto group = groupOf.constFind(f.regionCode);
        if (group == groupOf.constEnd())
            continue;
        std::unique_ptr<OGRGeometry> geometry = OgrGeometryConversion::toOgr(f, GeometryKind::Polygon);
        if (!geometry)
            continue;
        OGRMultiPolygon& parts = groups[*group];
        for (const OGRGeometry* part : *geometry->toMultiPolygon())
            parts.addGeometry(part);
    }
    FeatureLayer out;
    out.name = layer.name;
    out.role = layer.role;
    out.geometryKind = GeometryKind::Polygon;
    out.crs = layer.crs;
    int done = 0;
    for (auto& [code, parts] : groups) {
        if (feedback != nullptr) {
            if (feedback->isCancelled())
                return core::Error(
                    core::ErrorCode::Cancelled,
                    QCoreApplication::translate("geo", "the import was cancelled").toStdString());
            feedback->setProgress(100.0 * done++ / static_cast<double>(groups.size()));
        }
        // Touching and slightly overlapping county polygons: the cascaded union removes the shared borders.
        std::unique_ptr<OGRGeometry> merged(parts.UnionCascaded());
        if (!merged)
            merged.reset(parts.clone());
        Feature f;
        f.id = static_cast<qint64>(out.features.size() + 1);
        f.regionCode = code;
        f.name = names.value(code, code);
        // A union with stray lines or points (slivers along borders) keeps the unmerged parts instead.
        if (!OgrGeometryConversion::append(*merged, GeometryKind::Polygon, f)) {
            f.rings.clear();
            f.partStarts.clear();
            if (!OgrGeometryConversion::append(parts, GeometryKind::Polygon, f))
                continue;
        }
        out.features.append(std::move(f));
    }
    out.updateBounds();
    return out;
}

} // namespace jieshui::geo
