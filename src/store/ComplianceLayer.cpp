// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplianceLayer.h"

#include "Statement.h"
#include "model/Indicator.h"

#include <algorithm>
#include <cctype>

namespace jieshui::store {

namespace {

bool isPlainIdentifier(const std::string& name) {
    return !name.empty() && name.size() < 64 &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

} // namespace

core::Result<std::vector<ComplianceColumn>> ComplianceLayer::rebuild(Database& db,
                                                                     const std::string& scenario) {
    if (auto st = db.exec("DROP TABLE IF EXISTS county_compliance;"
                          "DELETE FROM gpkg_geometry_columns WHERE table_name = 'county_compliance';"
                          "DELETE FROM gpkg_contents WHERE table_name = 'county_compliance';");
        st.hasError())
        return st.error();
    // The counties layer: our own generated table name, checked again since the file may have been edited.
    std::string counties;
    int srs = 0;
    {
        auto q =
            Statement::prepare(db, "SELECT l.table_name, c.srs_id FROM jieshui_layers l JOIN gpkg_contents c "
                                   "ON c.table_name = l.table_name WHERE l.role = 'counties' "
                                   "ORDER BY l.position LIMIT 1");
        if (q.hasError())
            return q.error();
        auto row = q.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            return std::vector<ComplianceColumn>{};
        counties = q.value().text(0);
        srs = q.value().integer(1);
    }
    if (!isPlainIdentifier(counties))
        return core::Error(core::ErrorCode::StoreError, "the counties layer table has an unexpected name",
                           core::ErrorLocation{.field = "jieshui_layers.table_name"});

    // One column per city target that the scenario's results judge counties on.
    std::vector<ComplianceColumn> columns;
    {
        auto q = Statement::prepare(
            db, "SELECT r.indicator, r.year, MIN(r.fid) AS first FROM results r JOIN regions g "
                "ON g.code = r.region_code WHERE r.scenario = ?1 AND g.kind = 'county' "
                "AND r.indicator <> 'task-milestone' GROUP BY r.indicator, r.year ORDER BY r.year, first");
        if (q.hasError())
            return q.error();
        q.value().bind(1, scenario);
        for (;;) {
            auto row = q.value().step();
            if (row.hasError())
                return row.error();
            if (!row.value())
                break;
            const std::string indicator = q.value().text(0);
            const int year = q.value().integer(1);
            if (!core::IndicatorCatalog::fromId(indicator) || year < 1949 || year > 2100)
                continue; // not a column name we can vouch for
            std::string column = indicator + "_" + std::to_string(year);
            std::replace(column.begin(), column.end(), '-', '_');
            columns.push_back({column, indicator, year});
        }
    }
    if (columns.empty())
        return columns;

    std::string create = "CREATE TABLE county_compliance (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom "
                         "MULTIPOLYGON, region_code TEXT, name TEXT, scenario TEXT";
    for (const ComplianceColumn& c : columns)
        create += ", \"" + c.column + "\" TEXT";
    create += ")";
    if (auto st = db.exec(create.c_str()); st.hasError())
        return st.error();
    const std::string copy =
        "INSERT INTO county_compliance (geom, region_code, name) SELECT geom, code, name FROM \"" + counties +
        "\" ORDER BY fid";
    if (auto st = db.exec(copy.c_str()); st.hasError())
        return st.error();
    {
        auto set = Statement::prepare(db, "UPDATE county_compliance SET scenario = ?1");
        if (set.hasError())
            return set.error();
        if (auto st = set.value().bind(1, scenario).run(); st.hasError())
            return st.error();
    }
    for (const ComplianceColumn& c : columns) {
        const std::string sql =
            "UPDATE county_compliance SET \"" + c.column +
            "\" = (SELECT status FROM results r WHERE r.region_code = county_compliance.region_code "
            "AND r.scenario = ?1 AND r.indicator = ?2 AND r.year = ?3 ORDER BY r.fid LIMIT 1)";
        auto update = Statement::prepare(db, sql.c_str());
        if (update.hasError())
            return update.error();
        if (auto st = update.value().bind(1, scenario).bind(2, c.indicator).bind(3, c.year).run();
            st.hasError())
            return st.error();
    }
    auto contents = Statement::prepare(
        db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, "
            "min_y, "
            "max_x, max_y, srs_id) SELECT 'county_compliance', 'features', 'county_compliance', ?1, "
            "strftime('%Y-%m-%dT%H:%M:%fZ','now'), min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents "
            "WHERE table_name = ?2");
    if (contents.hasError())
        return contents.error();
    if (auto st = contents.value()
                      .bind(1, std::string("Counties by compliance with each city target (scenario ") +
                                   scenario + ")")
                      .bind(2, counties)
                      .run();
        st.hasError())
        return st.error();
    auto geometry =
        Statement::prepare(db, "INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                               "geometry_type_name, srs_id, z, m) VALUES ('county_compliance', 'geom', "
                               "'MULTIPOLYGON', ?1, 0, 0)");
    if (geometry.hasError())
        return geometry.error();
    if (auto st = geometry.value().bind(1, srs).run(); st.hasError())
        return st.error();
    return columns;
}

} // namespace jieshui::store
