// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSchema.h"

#include "Database.h"
#include "Statement.h"
#include "UncertaintyTables.h"
#include "units/UnitParser.h"

#include <algorithm>
#include <array>
#include <cpl_conv.h>
#include <ogr_spatialref.h>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

// GeoPackage 1.3 core tables (OGC 12-128r17, annex C), verbatim.
constexpr const char* kGeoPackageCore = R"sql(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
  'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
  'undefined geographic coordinate reference system');
)sql";

// Project tables of schema version 1. Every table has an integer primary key `fid` (GPKG requirement
// for attributes tables) and a UNIQUE natural key.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE jieshui_metadata (fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, value TEXT);
CREATE TABLE regions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  name_zh TEXT, name_en TEXT, parent_code TEXT, county_codes TEXT, source TEXT, estimate INTEGER NOT NULL DEFAULT 0,
  district_class TEXT, source_type TEXT, well_method TEXT, design_area_m2 REAL, effective_area_m2 REAL,
  district_county_code TEXT);
CREATE TABLE statistics (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, region_code TEXT NOT NULL, year INTEGER NOT NULL,
  variable TEXT NOT NULL, value REAL NOT NULL, unit TEXT, source TEXT, estimate INTEGER NOT NULL DEFAULT 0,
  provenance TEXT NOT NULL DEFAULT 'sourced', vintage TEXT,
  UNIQUE (region_code, variable, year));
CREATE TABLE plan_targets (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, indicator TEXT NOT NULL,
  region_code TEXT NOT NULL, year INTEGER NOT NULL, comparator TEXT NOT NULL, value REAL NOT NULL, unit TEXT,
  base_year INTEGER, price_base_year INTEGER, variable TEXT, task_number INTEGER, source TEXT, clause TEXT);
CREATE TABLE key_tasks (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, number INTEGER NOT NULL UNIQUE, title_zh TEXT, title_en TEXT,
  lead_department TEXT, partner_departments TEXT, clause TEXT);
CREATE TABLE task_milestones (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, task_number INTEGER NOT NULL, year INTEGER NOT NULL,
  text_zh TEXT, text_en TEXT, target_id TEXT);
CREATE TABLE scenarios (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, parent TEXT,
  description_zh TEXT, description_en TEXT);
CREATE TABLE scenario_overrides (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, scenario TEXT NOT NULL, region_code TEXT NOT NULL,
  driver TEXT NOT NULL, from_year INTEGER NOT NULL DEFAULT 0, value REAL NOT NULL);
CREATE TABLE allocations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL,
  parent_region TEXT NOT NULL, year INTEGER NOT NULL, cap_m3 REAL NOT NULL, method TEXT NOT NULL,
  base_year INTEGER, rounding_unit_m3 REAL, remainder_m3 REAL);
CREATE TABLE allocation_shares (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, allocation_id TEXT NOT NULL, region_code TEXT NOT NULL,
  volume_m3 REAL NOT NULL, manual INTEGER NOT NULL DEFAULT 0);
CREATE TABLE results (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, scenario TEXT NOT NULL, indicator TEXT NOT NULL,
  region_code TEXT NOT NULL, year INTEGER NOT NULL, target_id TEXT, value REAL, unit TEXT, comparator TEXT,
  target_value REAL, status TEXT NOT NULL, gap REAL, provenance TEXT, method TEXT, explanation TEXT,
  evaluated_at TEXT);
CREATE INDEX results_scenario ON results (scenario);
CREATE TABLE jieshui_layers (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  role TEXT NOT NULL, geometry_kind TEXT NOT NULL, crs TEXT NOT NULL, schematic INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL);
)sql";

constexpr const char* kStatisticsDescription =
    "Statistics long table: value in the row's unit (e.g. 万m³); value_base in base_unit (m3, yuan, m2, 1)";

struct AttributesTable {
    const char* name;
    const char* description;
};

constexpr std::array<AttributesTable, 12> kAttributesTables{{
    {"jieshui_metadata", "Jieshui project metadata: name, application and schema version"},
    {"regions", "Regions: city, counties, sub-zones, basins, irrigation districts, utilities, reservoirs"},
    {"statistics", kStatisticsDescription},
    {"plan_targets", "Plan targets as data"},
    {"key_tasks", "Key tasks of the plan"},
    {"task_milestones", "Dated milestones of the key tasks"},
    {"scenarios", "Scenarios (each inherits from its parent)"},
    {"scenario_overrides", "Scenario driver overrides"},
    {"allocations", "Cap allocations"},
    {"allocation_shares", "Shares of the cap allocations (m3)"},
    {"results", "Computed results: indicator x region x year x scenario"},
    {"jieshui_layers", "Map layers of the project and their roles"},
}};

constexpr std::array<AttributesTable, 3> kVersion4Tables{{
    {"uncertainty_defaults",
     "Default uncertainty of the inputs per provenance (sourced, estimate, projected)"},
    {"uncertainty_rules", "Uncertainty of chosen statistics (variable, region, years)"},
    {"driver_uncertainty", "Uncertainty of scenario drivers (ranges of growth rates and levels)"},
}};

} // namespace

core::Status ProjectSchema::registerAttributes(Database& db, const char* table, const char* description) {
    auto st =
        Statement::prepare(db, "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, "
                               "description, last_change) VALUES (?1, 'attributes', ?1, ?2, "
                               "strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    if (st.hasError())
        return st.error();
    return st.value().bind(1, table).bind(2, description).run();
}

core::Status ProjectSchema::create(Database& db, int version) {
    if (version < 1 || version > currentVersion)
        return Error(ErrorCode::StoreError, "no such schema version " + std::to_string(version));
    // application_id and user_version take integer literals only; these are constants, not user values.
    if (auto st = db.exec("PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;"); st.hasError())
        return st;
    if (auto st = db.exec(kGeoPackageCore); st.hasError())
        return st;
    for (const char* crs : {"EPSG:4326", "EPSG:4490", "EPSG:4545"})
        if (auto r = ensureSrs(db, crs); r.hasError())
            return r.error();
    if (auto st = db.exec(kVersion1); st.hasError())
        return st;
    for (const auto& table : kAttributesTables)
        if (auto st = registerAttributes(db, table.name, table.description); st.hasError())
            return st;
    if (auto st = setMetadata(db, "schema_version", "1"); st.hasError())
        return st;
    if (version > 1)
        return migrate(db, 1, version);
    return core::okStatus();
}

core::Status ProjectSchema::migrate(Database& db, int fromVersion, int toVersion) {
    // One function per step, applied in order; each sets schema_version when done.
    for (int v = fromVersion; v < std::min(toVersion, currentVersion); ++v) {
        core::Status st = core::okStatus();
        switch (v + 1) {
        case 2:
            st = migrateTo2(db);
            break;
        case 3:
            st = migrateTo3(db);
            break;
        case 4:
            st = migrateTo4(db);
            break;
        case 5:
            st = migrateTo5(db);
            break;
        case 6:
            st = migrateTo6(db);
            break;
        case 7:
            st = migrateTo7(db);
            break;
        default:
            return Error(ErrorCode::StoreError, "no migration to schema " + std::to_string(v + 1));
        }
        if (st.hasError())
            return st;
        if (auto m = setMetadata(db, "schema_version", std::to_string(v + 1)); m.hasError())
            return m;
    }
    return core::okStatus();
}

core::Status ProjectSchema::migrateTo2(Database& db) {
    // v2: the annual rate still needed with every result, and a status for each key task.
    return db.exec("ALTER TABLE results ADD COLUMN required_annual_rate REAL;"
                   "ALTER TABLE key_tasks ADD COLUMN status TEXT NOT NULL DEFAULT 'not-started';");
}

core::Status ProjectSchema::migrateTo3(Database& db) {
    // v3: `value` was the base value next to a `unit` naming the file's unit (16164000 beside 万m³): a QGIS
    // or Excel reader took it ten thousand times too large. Now `value` is in `unit`, `value_base` in
    // `base_unit`.
    if (auto st = db.exec("ALTER TABLE statistics RENAME COLUMN value TO value_base;"
                          "ALTER TABLE statistics ADD COLUMN value REAL;"
                          "ALTER TABLE statistics ADD COLUMN base_unit TEXT;");
        st.hasError())
        return st;
    auto rows = Statement::prepare(db, "SELECT fid, value_base, unit FROM statistics");
    auto update = Statement::prepare(db, "UPDATE statistics SET value = ?1, base_unit = ?2 WHERE fid = ?3");
    if (rows.hasError())
        return rows.error();
    if (update.hasError())
        return update.error();
    for (;;) {
        auto row = rows.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        const std::string unit = rows.value().text(2);
        const auto spec = core::UnitParser::parse(unit);
        const std::optional<double> own = inOwnUnit(rows.value().real(1), unit);
        Statement& u = update.value();
        if (own)
            u.bind(1, *own);
        else
            u.bindNull(1);
        if (spec.isOk())
            u.bind(2, baseUnitName(spec.value().dimension));
        else
            u.bindNull(2);
        u.bind(3, rows.value().integer64(0));
        if (auto st = u.run(); st.hasError())
            return st;
    }
    return registerAttributes(db, "statistics", kStatisticsDescription);
}

const char* ProjectSchema::baseUnitName(core::Dimension dimension) {
    switch (dimension) {
    case core::Dimension::Volume:
        return "m3";
    case core::Dimension::Money:
        return "yuan";
    case core::Dimension::Area:
        return "m2";
    case core::Dimension::Length:
        return "m";
    case core::Dimension::Pressure:
        return "Pa";
    case core::Dimension::Fraction:
        return "1";
    case core::Dimension::PriceIndex:
        return "index";
    case core::Dimension::Count:
        return "count";
    case core::Dimension::Intensity:
        return "m3/yuan";
    case core::Dimension::Flag:
        return "flag";
    }
    return "1";
}

std::optional<double> ProjectSchema::inOwnUnit(double baseValue, const std::string& unit) {
    const auto spec = core::UnitParser::parse(unit);
    if (spec.hasError() || spec.value().toBase == 0.0)
        return std::nullopt;
    return baseValue / spec.value().toBase;
}

core::Status ProjectSchema::migrateTo4(Database& db) {
    // v4: how uncertain the inputs are, for the probability of meeting each target; a file starts with the
    // standard defaults per provenance and no rules.
    if (auto st = db.exec(UncertaintyTables::createSql()); st.hasError())
        return st;
    for (const auto& table : kVersion4Tables)
        if (auto st = registerAttributes(db, table.name, table.description); st.hasError())
            return st;
    return UncertaintyTables::insertStandardDefaults(db);
}

core::Status ProjectSchema::migrateTo5(Database& db) {
    // v5: the trainers' lessons, ordered steps of what the map shows and the caption told with it.
    if (auto st = db.exec(
            "CREATE TABLE lessons (fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, "
            "title_zh TEXT, title_en TEXT, position INTEGER NOT NULL);"
            "CREATE TABLE lesson_steps (fid INTEGER PRIMARY KEY AUTOINCREMENT, lesson_id TEXT NOT NULL, "
            "step INTEGER NOT NULL, indicator TEXT NOT NULL, year INTEGER NOT NULL, scenario TEXT, "
            "compare_scenario TEXT, region_code TEXT, caption_zh TEXT, caption_en TEXT, source TEXT, "
            "UNIQUE (lesson_id, step));");
        st.hasError())
        return st;
    if (auto st = registerAttributes(db, "lessons", "Lessons for trainers (presentation mode)");
        st.hasError())
        return st;
    return registerAttributes(db, "lesson_steps", "Steps of the lessons: indicator, year, scenario, caption");
}

core::Status ProjectSchema::migrateTo6(Database& db) {
    // v6: scenario names in both languages, apart from the id (a rename changes the names only).
    return db.exec("ALTER TABLE scenarios ADD COLUMN name_zh TEXT NOT NULL DEFAULT '';"
                   "ALTER TABLE scenarios ADD COLUMN name_en TEXT NOT NULL DEFAULT '';");
}

core::Status ProjectSchema::migrateTo7(Database& db) {
    // v7: a lesson step's source in both languages, like its caption (the old column was Chinese).
    return db.exec("ALTER TABLE lesson_steps RENAME COLUMN source TO source_zh;"
                   "ALTER TABLE lesson_steps ADD COLUMN source_en TEXT;");
}

int ProjectSchema::version(Database& db) {
    if (!db.hasTable("jieshui_metadata"))
        return 0;
    const std::string text = metadata(db, "schema_version");
    try {
        return text.empty() ? 0 : std::stoi(text);
    } catch (const std::exception&) {
        return 0;
    }
}

core::Result<int> ProjectSchema::ensureSrs(Database& db, const std::string& crs) {
    if (crs.rfind("EPSG:", 0) != 0)
        return Error(ErrorCode::UnsupportedFormat,
                     "only EPSG coordinate reference systems can be stored: " + crs);
    int code = 0;
    try {
        code = std::stoi(crs.substr(5));
    } catch (const std::exception&) {
        return Error(ErrorCode::UnsupportedFormat, "not an EPSG code: " + crs);
    }
    auto find = Statement::prepare(db, "SELECT srs_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?1");
    if (find.hasError())
        return find.error();
    find.value().bind(1, code);
    auto found = find.value().step();
    if (found.hasError())
        return found.error();
    if (found.value())
        return code;

    OGRSpatialReference srs;
    if (srs.importFromEPSG(code) != OGRERR_NONE)
        return Error(ErrorCode::UnsupportedFormat, "unknown CRS " + crs);
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    const std::string definition = wkt != nullptr ? wkt : "undefined";
    CPLFree(wkt);
    const char* name = srs.GetName();
    auto insert = Statement::prepare(db, "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                                         "organization_coordsys_id, definition, description) "
                                         "VALUES (?1, ?2, 'EPSG', ?2, ?3, ?4)");
    if (insert.hasError())
        return insert.error();
    const std::string srsName = name != nullptr ? name : crs;
    if (auto st = insert.value().bind(1, srsName).bind(2, code).bind(3, definition).bind(4, crs).run();
        st.hasError())
        return st.error();
    return code;
}

core::Status ProjectSchema::setMetadata(Database& db, const std::string& key, const std::string& value) {
    auto st = Statement::prepare(db, "INSERT INTO jieshui_metadata (key, value) VALUES (?1, ?2) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (st.hasError())
        return st.error();
    return st.value().bind(1, key).bind(2, value).run();
}

std::string ProjectSchema::metadata(Database& db, const std::string& key) {
    auto st = Statement::prepare(db, "SELECT value FROM jieshui_metadata WHERE key = ?1");
    if (st.hasError())
        return {};
    st.value().bind(1, key);
    auto row = st.value().step();
    if (row.hasError() || !row.value())
        return {};
    return st.value().text(0);
}

} // namespace jieshui::store
