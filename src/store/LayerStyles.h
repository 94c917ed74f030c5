// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "common/Result.h"

#include <string>
#include <vector>

namespace jieshui::store {

/** One style of a layer as QGIS stores it in a GeoPackage. */
struct LayerStyleRow {
    std::string name; ///< shown in QGIS's style list, e.g. "农田灌溉水有效利用系数 2020 达标评价"
    std::string qml; ///< QGIS style document
    std::string sld; ///< OGC SLD of the same categories (other readers)
    bool useAsDefault = false;
    std::string description;
};

/**
 * The GeoPackage `layer_styles` table in the layout QGIS reads and writes (the style QGIS applies when
 * it opens a layer is the row with useAsDefault). Registered in gpkg_contents as an attributes table.
 */
class LayerStyles {
public:
    /** Replaces the styles of @p table (geometry column "geom") inside the caller's transaction. */
    static core::Status replace(Database& db, const std::string& table,
                                const std::vector<LayerStyleRow>& styles);
};

} // namespace jieshui::store
