// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/FeatureLayer.h"
#include "render/MapDocument.h"

#include <QString>
#include <vector>

namespace jieshui::render {

/**
 * Reads the layers of a project's geometry directory (data/qinzhou/geometry: counties.geojson,
 * basins.geojson, irrigation_districts.geojson, rivers.geojson, reservoirs.geojson) with
 * geo::LayerReader and reprojects them to the display CRS with geo::CoordinateTransformer.
 */
class ProjectLayerLoader {
public:
    /** The role a file stands for, from its base name ("counties" → Counties, ...; else Other). */
    static geo::LayerRole roleForFileName(const QString& fileName);

    /**
     * Every *.geojson / *.gpkg / *.shp of @p directory, in the display CRS. IoError when the directory
     * has none; the first read or transform error otherwise.
     */
    static core::Result<std::vector<geo::FeatureLayer>>
    readDirectory(const QString& directory, const QString& displayCrs = QStringLiteral("EPSG:4545"));

    /** Puts @p layer into @p displayCrs (unchanged when already there). */
    static core::Result<geo::FeatureLayer> toDisplayCrs(const geo::FeatureLayer& layer,
                                                        const QString& displayCrs);
};

} // namespace jieshui::render
