// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "common/Result.h"

#include <string>
#include <vector>

namespace jieshui::store {

/** One column of the compliance layer: the status of each county for one city target. */
struct ComplianceColumn {
    std::string column;    ///< e.g. "irrigation_coefficient_2020"
    std::string indicator; ///< IndicatorCatalog id
    int year = 0;
};

/**
 * The `county_compliance` features table for readers of the file such as QGIS: the counties' geometry,
 * code and name, and one text column per city target holding each county's verdict id (met, at-risk,
 * missed, no-data, no-quota) from the stored results of one scenario. Rebuilt from the `results` table,
 * so it always shows what was last evaluated; its styles go into `layer_styles` (LayerStyles).
 */
class ComplianceLayer {
public:
    static constexpr const char* tableName = "county_compliance";

    /**
     * Drops and rebuilds the table for @p scenario inside the caller's transaction. A project without a
     * counties layer or without county results gets no table (and no columns). Values read from the file
     * (table names, indicator ids, years) are checked before they become identifiers.
     */
    static core::Result<std::vector<ComplianceColumn>> rebuild(Database& db, const std::string& scenario);
};

} // namespace jieshui::store
