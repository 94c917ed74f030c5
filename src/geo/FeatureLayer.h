// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVariantMap>
#include <QVector>

namespace jieshui::geo {

/** What a layer is in the project. */
/** What a layer is in the project; Cities: prefecture-level cities of a province's project. */
enum class LayerRole { Counties, Basins, IrrigationDistricts, Rivers, Reservoirs, Other, Cities };

const char* layerRoleId(LayerRole role); ///< "counties", "basins", "irrigation-districts", "rivers",
                                         ///< "reservoirs", "other", "cities"
bool layerRoleFromId(const QString& id, LayerRole* role);

enum class GeometryKind { Polygon, Line, Point };

/**
 * One feature: parts in the layer's CRS (x = easting or longitude, always; never latitude first).
 * Polygons: each part is a closed ring list (outer ring first, then holes) flattened as
 * `rings`, with `partStarts` marking where each polygon part's outer ring begins.
 */
struct Feature {
    qint64 id = 0;
    QString regionCode;            ///< the project region it is linked to, or empty
    QString name;                  ///< display name (Chinese first)
    QVariantMap attributes;
    QVector<QPolygonF> rings;      ///< polygon rings or line strings or (one-point) points
    QVector<int> partStarts;       ///< index into rings of each polygon part's outer ring
    QRectF bounds;                 ///< in the layer CRS
};

/**
 * An in-memory vector layer: the unit the geo readers produce, the store saves and the renderer draws.
 * The CRS is an "EPSG:n" authority string (e.g. "EPSG:4490" for CGCS2000 geographic, lon/lat order).
 */
struct FeatureLayer {
    QString name;
    LayerRole role = LayerRole::Other;
    GeometryKind geometryKind = GeometryKind::Polygon;
    QString crs = QStringLiteral("EPSG:4490");
    bool schematic = false;        ///< drawn by hand (示意), not surveyed: shown and exported as such
    QVector<Feature> features;
    QRectF bounds;                 ///< union of feature bounds, in crs

    void updateBounds();
};

} // namespace jieshui::geo
