// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "units/Dimension.h"

#include <optional>
#include <string>

namespace jieshui::store {

class Database;

/**
 * The tables of a project file and their versions. GeoPackage 1.3 core tables (application_id 'GPKG',
 * user_version 10300) plus our attribute tables, each registered in gpkg_contents; our own schema
 * version is the `schema_version` row of `jieshui_metadata`, because user_version belongs to GPKG.
 *
 * Versions: 1 = first release; 2 = `results.required_annual_rate` and `key_tasks.status`; 3 = `statistics`
 * holds `value` in the row's `unit` (what QGIS and Excel users read), `value_base` in `base_unit`; 4 = the
 * uncertainty of the inputs (`uncertainty_defaults`, `uncertainty_rules`, `driver_uncertainty`); 5 = the
 * trainers' `lessons` and `lesson_steps`; 6 = `scenarios.name_zh` and `scenarios.name_en` (the names readers
 * see; a rename never changes the id).
 * One migration function per version step; every new file is created as version 1 and migrated, so the
 * migration path is exercised on every `new`.
 */
class ProjectSchema {
public:
    static constexpr int currentVersion = 7;
    static constexpr int geoPackageApplicationId = 0x47504B47; ///< 'GPKG'
    static constexpr int geoPackageUserVersion = 10300;        ///< GeoPackage 1.3.0

    /** Creates the GeoPackage core tables and the project tables of schema @p version (1..current). */
    static core::Status create(Database& db, int version);

    /** Migrates a file of schema @p fromVersion to @p toVersion; the caller holds the transaction. */
    static core::Status migrate(Database& db, int fromVersion, int toVersion = currentVersion);

    /** Reads schema_version from jieshui_metadata; 0 when the table or row is absent. */
    static int version(Database& db);

    /**
     * Returns the srs_id for an "EPSG:n" CRS, registering its WKT 1 definition (from GDAL/PROJ) in
     * gpkg_spatial_ref_sys if it is not there yet. An unknown code is an UnsupportedFormat error.
     */
    static core::Result<int> ensureSrs(Database& db, const std::string& crs);

    /** Inserts or refreshes the gpkg_contents row of an attributes table. */
    static core::Status registerAttributes(Database& db, const char* table, const char* description);

    /** The name of @p dimension's base unit as stored: "m3", "yuan", "m2", "m", "Pa", "1", "index", ... */
    static const char* baseUnitName(core::Dimension dimension);
    /**
     * A statistic's base value in its own @p unit (16164000 m³ in 万m³: 1616.4), or nothing when the unit
     * cannot be read.
     */
    static std::optional<double> inOwnUnit(double baseValue, const std::string& unit);

    /** Sets one jieshui_metadata key. */
    static core::Status setMetadata(Database& db, const std::string& key, const std::string& value);
    /** Reads one jieshui_metadata key; empty when absent. */
    static std::string metadata(Database& db, const std::string& key);

private:
    static core::Status migrateTo2(Database& db);
    static core::Status migrateTo3(Database& db);
    static core::Status migrateTo4(Database& db);
    static core::Status migrateTo5(Database& db);
    static core::Status migrateTo6(Database& db);
    static core::Status migrateTo7(Database& db);
};

} // namespace jieshui::store
