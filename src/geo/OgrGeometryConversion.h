// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"

#include <memory>
#include <ogr_geometry.h>
#include <optional>

namespace jieshui::geo {

/**
 * Converts between OGR geometries and Feature rings (internal to jieshui_geo: includes GDAL headers).
 * Coordinates are copied as they are: x stays x (the caller sets the traditional GIS axis order).
 */
class OgrGeometryConversion {
public:
    /** The kind of a flat OGR type (curves count as lines or polygons); std::nullopt for collections/unknown.
     */
    static std::optional<GeometryKind> kindOf(OGRwkbGeometryType type);

    /**
     * Appends @p geometry's parts to @p feature's rings/partStarts. Curves are linearised, collections
     * flattened. Returns false (appending nothing) when a part is not of @p kind.
     */
    static bool append(const OGRGeometry& geometry, GeometryKind kind, Feature& feature);

    /** True when @p geometry is a multi-part type (MultiPolygon, MultiLineString, MultiPoint). */
    static bool isMulti(const OGRGeometry& geometry);

    /** Builds an OGR geometry (MultiPolygon, MultiLineString or MultiPoint) from @p feature's rings. */
    static std::unique_ptr<OGRGeometry> toOgr(const Feature& feature, GeometryKind kind);
};

} // namespace jieshui::geo
