// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/FeatureLayer.h"

#include <QByteArray>

namespace jieshui::store {

/** Geometry read back from a GeoPackage blob, in the CRS named by srsId (x = easting/longitude). */
struct DecodedGeometry {
    geo::GeometryKind kind = geo::GeometryKind::Polygon;
    int srsId = 0;
    QVector<QPolygonF> rings; ///< as geo::Feature::rings
    QVector<int> partStarts;  ///< as geo::Feature::partStarts (polygons only)
    bool isEmpty = false;
};

/**
 * GeoPackage 1.3 binary geometry (§2.1.3): "GP", version 0, flags (little-endian, XY envelope),
 * srs_id, envelope [minx, maxx, miny, maxy], then ISO WKB (2D). Writes MultiPolygon, MultiLineString and
 * Point, which is what the layer tables declare; reads Point, LineString, Polygon and their Multi forms
 * in either byte order.
 */
class GpkgGeometryCodec {
public:
    /** Encodes the feature's parts; polygons always as MultiPolygon, lines as MultiLineString. */
    static QByteArray encode(const geo::Feature& feature, geo::GeometryKind kind, int srsId);

    /** Decodes a blob; a bad magic, truncated bytes or an unsupported WKB type is a ParseError. */
    static core::Result<DecodedGeometry> decode(const QByteArray& blob);

    /** The geometry_type_name a layer table of this kind declares: MULTIPOLYGON, MULTILINESTRING, POINT. */
    static const char* geometryTypeName(geo::GeometryKind kind);
};

} // namespace jieshui::store
