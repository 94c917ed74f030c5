// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectReader.h"

#include "Database.h"
#include "GpkgGeometryCodec.h"
#include "ProjectSchema.h"
#include "Statement.h"
#include "model/ValueRules.h"
#include "model/Variable.h"
#include "units/UnitParser.h"
#include "UncertaintyTables.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

Error rowError(const std::string& table, const std::string& key, const std::string& why) {
    return Error(ErrorCode::StoreError, "table " + table + ", row " + key + ": " + why);
}

/**
 * Checked reads of one row: a project file is input like a CSV (someone may have edited it), so years,
 * numbers and their ranges get the same rules (core::ValueRules). The first problem is kept.
 */
class RowCheck {
public:
    RowCheck(const Statement& st, std::string table, std::string key)
        : m_st(st), m_table(std::move(table)), m_key(std::move(key)) {}

    /** A year in 1949–2100; 0 (or NULL) also when @p optional. */
    int year(int column, const char* name, bool optional = false) {
        if (optional && (m_st.isNull(column) || (m_st.isNumber(column) && m_st.integer64(column) == 0)))
            return 0;
        if (!m_st.isNumber(column)) {
            fail(std::string(name) + ": the year is not a number");
            return 0;
        }
        const long long y = m_st.integer64(column);
        if (auto problem = core::ValueRules::yearProblem(y)) {
            fail(std::string(name) + ": " + *problem);
            return 0;
        }
        return static_cast<int>(y);
    }
    /** A number that is finite and sane for @p dimension (when known); NULL is refused unless @p optional. */
    double number(int column, const char* name, std::optional<core::Dimension> dimension,
                  bool optional = false) {
        if (optional && m_st.isNull(column))
            return 0.0;
        if (!m_st.isNumber(column)) {
            fail(std::string(name) + ": not a number");
            return 0.0;
        }
        const double v = m_st.real(column);
        const auto problem =
            dimension ? core::ValueRules::magnitudeProblem(*dimension, v)
                      : (std::isfinite(v) ? std::nullopt : std::optional<std::string>("not a finite number"));
        if (problem)
            fail(std::string(name) + ": " + *problem);
        return v;
    }
    /** A statistic's value by the rules of its variable. */
    void statisticValue(const core::Statistic& s, std::optional<core::Dimension> dimension) {
        if (!dimension) {
            (void)number(3, "value", std::nullopt);
            return;
        }
        if (auto problem = core::ValueRules::valueProblem(s.variable, *dimension, s.value))
            fail(std::string("value: ") + *problem);
    }
    void fail(const std::string& why) {
        if (!m_error)
            m_error = rowError(m_table, m_key, why);
    }
    core::Status status() const { return m_error ? core::Status(*m_error) : core::okStatus(); }

private:
    const Statement& m_st;
    std::string m_table;
    std::string m_key;
    std::optional<Error> m_error;
};

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t end = text.find(';', start);
        const std::string item =
            text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!item.empty())
            out.push_back(item);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

// Runs a query and calls @p onRow for each row; stops at the first error onRow returns.
template <typename F> core::Status eachRow(Database& db, const char* sql, F onRow) {
    auto st = Statement::prepare(db, sql);
    if (st.hasError())
        return st.error();
    for (;;) {
        auto row = st.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            return core::okStatus();
        if (core::Status s = onRow(st.value()); s.hasError())
            return s;
    }
}

core::Status readMetadata(Database& db, core::ProjectMetadata& m) {
    m.nameZh = ProjectSchema::metadata(db, "name_zh");
    m.nameEn = ProjectSchema::metadata(db, "name_en");
    const std::string baseYear = ProjectSchema::metadata(db, "base_year");
    m.baseYear = 0;
    if (!baseYear.empty()) {
        long long y = 0;
        const auto [end, ec] = std::from_chars(baseYear.data(), baseYear.data() + baseYear.size(), y);
        if (ec != std::errc() || end != baseYear.data() + baseYear.size() ||
            !core::ValueRules::isValidYear(y))
            return rowError("jieshui_metadata", "base_year", "'" + baseYear + "' is not a year in 1949–2100");
        m.baseYear = static_cast<int>(y);
    }
    m.storageCrs = ProjectSchema::metadata(db, "storage_crs");
    m.displayCrs = ProjectSchema::metadata(db, "display_crs");
    m.rootRegion = ProjectSchema::metadata(db, "root_region");
    return eachRow(
        db, "SELECT substr(key, 9), value FROM jieshui_metadata WHERE key LIKE 'project.%' ORDER BY key",
        [&](Statement& st) -> core::Status {
            m.extra[st.text(0)] = st.text(1);
            return core::okStatus();
        });
}

core::Status readRegions(Database& db, core::Dataset& dataset) {
    return eachRow(
        db,
        "SELECT code, kind, name_zh, name_en, parent_code, county_codes, source, estimate, district_class, "
        "source_type, well_method, design_area_m2, effective_area_m2, district_county_code "
        "FROM regions ORDER BY fid",
        [&](Statement& st) -> core::Status {
            core::Region r;
            r.code = st.text(0);
            const auto kind = core::regionKindFromId(st.text(1));
            if (!kind)
                return rowError("regions", r.code, "unknown kind '" + st.text(1) + "'");
            r.kind = *kind;
            r.nameZh = st.text(2);
            r.nameEn = st.text(3);
            r.parentCode = st.text(4);
            r.countyCodes = split(st.text(5));
            r.provenance.source = st.text(6);
            r.provenance.kind =
                st.integer(7) != 0 ? core::ProvenanceKind::Estimate : core::ProvenanceKind::Sourced;
            if (!st.isNull(8)) {
                core::IrrigationDistrictProfile p;
                const auto cls = core::districtClassFromId(st.text(8));
                if (!cls)
                    return rowError("regions", r.code, "unknown district class '" + st.text(8) + "'");
                p.districtClass = *cls;
                p.sourceType = core::sourceTypeFromId(st.text(9)).value_or(core::SourceType::Gravity);
                p.wellMethod = core::wellMethodFromId(st.text(10)).value_or(core::WellMethod::EarthCanal);
                RowCheck check(st, "regions", r.code);
                p.designArea = core::squareMetres(check.number(11, "design_area_m2", core::Dimension::Area));
                p.effectiveArea =
                    core::squareMetres(check.number(12, "effective_area_m2", core::Dimension::Area));
                if (core::Status bad = check.status(); bad.hasError())
                    return bad;
                p.countyCode = st.text(13);
                r.irrigation = p;
            }
            return dataset.addRegion(std::move(r));
        });
}

core::Status readStatistics(Database& db, core::Dataset& dataset, int schemaVersion) {
    // From v3 `value` is in the row's unit (what QGIS and Excel users see and edit) and `value_base` the
    // exact base value the program wrote beside it. The base value is read; an edited `value` wins over it.
    const bool v3 = schemaVersion >= 3;
    const char* sql =
        v3 ? "SELECT region_code, year, variable, value_base, unit, source, estimate, provenance, "
             "vintage, value FROM statistics ORDER BY fid"
           : "SELECT region_code, year, variable, value, unit, source, estimate, provenance, "
             "vintage FROM statistics ORDER BY fid";
    return eachRow(db, sql,
                   [&](Statement& st) -> core::Status {
                       core::Statistic s;
                       s.regionCode = st.text(0);
                       s.variable = st.text(2);
                       RowCheck check(st, "statistics",
                                      s.regionCode + " " + s.variable + " " +
                                          std::to_string(st.integer64(1)));
                       s.year = check.year(1, "year");
                       s.value = check.number(3, v3 ? "value_base" : "value", std::nullopt);
                       s.unit = st.text(4);
                       if (v3 && !st.isNull(9) && check.status().isOk()) {
                           const double own = check.number(9, "value", std::nullopt);
                           const auto spec = core::UnitParser::parse(s.unit);
                           if (check.status().isOk() && spec.isOk()) {
                               const double converted = own * spec.value().toBase;
                               if (std::abs(converted - s.value) > 1e-9 * std::max(1.0, std::abs(s.value)))
                                   s.value = converted;
                           }
                       }
                       std::optional<core::Dimension> dimension;
                       if (const auto* known = core::VariableCatalog::find(s.variable))
                           dimension = known->dimension;
                       else if (auto unit = core::UnitParser::parse(s.unit); unit.isOk())
                           dimension = unit.value().dimension;
                       if (check.status().isOk())
                           check.statisticValue(s, dimension);
                       if (core::Status bad = check.status(); bad.hasError())
                           return bad;
                       s.provenance.source = st.text(5);
                       s.provenance.kind = core::provenanceKindFromId(st.text(7))
                                               .value_or(st.integer(6) != 0 ? core::ProvenanceKind::Estimate
                                                                            : core::ProvenanceKind::Sourced);
                       s.vintage = st.text(8);
                       // set, not add: the core vocabulary decides what is valid; the file is trusted for
                       // keys.
                       return dataset.setStatistic(std::move(s));
                   });
}

core::Status readTargets(Database& db, core::Dataset& dataset) {
    return eachRow(
        db,
        "SELECT id, indicator, region_code, year, comparator, value, unit, base_year, price_base_year, "
        "variable, task_number, source, clause FROM plan_targets ORDER BY fid",
        [&](Statement& st) -> core::Status {
            core::PlanTarget t;
            t.id = st.text(0);
            const auto indicator = core::IndicatorCatalog::fromId(st.text(1));
            if (!indicator)
                return rowError("plan_targets", t.id, "unknown indicator '" + st.text(1) + "'");
            t.indicator = *indicator;
            t.regionCode = st.text(2);
            RowCheck check(st, "plan_targets", t.id);
            t.year = check.year(3, "year");
            t.baseYear = check.year(7, "base_year", true);
            t.priceBaseYear = check.year(8, "price_base_year", true);
            t.value = check.number(5, "value", core::IndicatorCatalog::info(t.indicator).dimension);
            if (core::Status bad = check.status(); bad.hasError())
                return bad;
            const auto comparator = core::comparatorFromSymbol(st.text(4));
            if (!comparator)
                return rowError("plan_targets", t.id, "bad comparator '" + st.text(4) + "'");
            t.comparator = *comparator;
            t.unit = st.text(6);
            t.variable = st.text(9);
            t.taskNumber = st.integer(10);
            t.source = st.text(11);
            t.clause = st.text(12);
            return dataset.addTarget(std::move(t));
        });
}

core::Status readTasks(Database& db, core::Dataset& dataset, int schemaVersion) {
    std::map<int, std::vector<core::TaskMilestoneText>> milestones;
    auto st =
        eachRow(db, "SELECT task_number, year, text_zh, text_en, target_id FROM task_milestones ORDER BY fid",
                [&](Statement& s) -> core::Status {
                    RowCheck check(s, "task_milestones", std::to_string(s.integer64(0)));
                    const int year = check.year(1, "year");
                    if (core::Status bad = check.status(); bad.hasError())
                        return bad;
                    milestones[s.integer(0)].push_back(
                        {.year = year, .textZh = s.text(2), .textEn = s.text(3), .targetId = s.text(4)});
                    return core::okStatus();
                });
    if (st.hasError())
        return st;
    const char* sql = schemaVersion >= 2
                          ? "SELECT number, title_zh, title_en, lead_department, partner_departments, "
                            "clause, status FROM key_tasks ORDER BY fid"
                          : "SELECT number, title_zh, title_en, lead_department, partner_departments, "
                            "clause, 'not-started' FROM key_tasks ORDER BY fid";
    return eachRow(db, sql, [&](Statement& s) -> core::Status {
        core::KeyTask t;
        t.number = s.integer(0);
        t.titleZh = s.text(1);
        t.titleEn = s.text(2);
        t.leadDepartment = s.text(3);
        t.partnerDepartments = s.text(4);
        t.clause = s.text(5);
        const auto status = core::taskStatusFromId(s.text(6));
        if (!status)
            return rowError("key_tasks", std::to_string(t.number), "unknown status '" + s.text(6) + "'");
        t.status = *status;
        t.milestones = milestones[t.number];
        return dataset.addTask(std::move(t));
    });
}

core::Status readScenarios(Database& db, int schemaVersion, std::vector<core::Scenario>& scenarios) {
    // Names came with schema 3; a file opened read-only without migrating has none (shown by description).
    const std::string sql = std::string("SELECT name, parent, description_zh, description_en, ") +
                            (schemaVersion >= 6 ? "name_zh, name_en" : "'', ''") +
                            " FROM scenarios ORDER BY fid";
    auto st = eachRow(db, sql.c_str(), [&](Statement& s) -> core::Status {
        scenarios.push_back({.name = s.text(0),
                             .parent = s.text(1),
                             .descriptionZh = s.text(2),
                             .descriptionEn = s.text(3),
                             .nameZh = s.text(4),
                             .nameEn = s.text(5)});
        return core::okStatus();
    });
    if (st.hasError())
        return st;
    return eachRow(
        db, "SELECT scenario, region_code, driver, from_year, value FROM scenario_overrides ORDER BY fid",
        [&](Statement& s) -> core::Status {
            const std::string name = s.text(0);
            auto it = std::find_if(scenarios.begin(), scenarios.end(),
                                   [&](const core::Scenario& c) { return c.name == name; });
            if (it == scenarios.end())
                return rowError("scenario_overrides", name, "override of an unknown scenario");
            const auto driver = core::driverFromId(s.text(2));
            if (!driver)
                return rowError("scenario_overrides", name, "unknown driver '" + s.text(2) + "'");
            RowCheck check(s, "scenario_overrides", name);
            const int fromYear = check.year(3, "from_year", true); // 0: from the start
            const double value = check.number(4, "value", std::nullopt);
            if (core::Status bad = check.status(); bad.hasError())
                return bad;
            it->overrides.push_back(
                {.regionCode = s.text(1), .driver = *driver, .fromYear = fromYear, .value = value});
            return core::okStatus();
        });
}

core::Status readAllocations(Database& db, std::vector<core::Allocation>& allocations) {
    auto st =
        eachRow(db,
                "SELECT id, scenario, parent_region, year, cap_m3, method, base_year, rounding_unit_m3, "
                "remainder_m3 FROM allocations ORDER BY fid",
                [&](Statement& s) -> core::Status {
                    core::Allocation a;
                    a.id = s.text(0);
                    a.scenario = s.text(1);
                    a.parentRegion = s.text(2);
                    RowCheck check(s, "allocations", a.id);
                    a.year = check.year(3, "year");
                    a.cap = check.number(4, "cap_m3", core::Dimension::Volume);
                    a.baseYear = check.year(6, "base_year", true);
                    a.roundingUnit = check.number(7, "rounding_unit_m3", core::Dimension::Volume, true);
                    a.remainder = check.number(8, "remainder_m3", core::Dimension::Volume, true);
                    if (core::Status bad = check.status(); bad.hasError())
                        return bad;
                    const auto method = core::allocationMethodFromId(s.text(5));
                    if (!method)
                        return rowError("allocations", a.id, "unknown method '" + s.text(5) + "'");
                    a.method = *method;
                    allocations.push_back(std::move(a));
                    return core::okStatus();
                });
    if (st.hasError())
        return st;
    return eachRow(
        db, "SELECT allocation_id, region_code, volume_m3, manual FROM allocation_shares ORDER BY fid",
        [&](Statement& s) -> core::Status {
            const std::string id = s.text(0);
            auto it = std::find_if(allocations.begin(), allocations.end(),
                                   [&](const core::Allocation& a) { return a.id == id; });
            if (it == allocations.end())
                return rowError("allocation_shares", id, "share of an unknown allocation");
            RowCheck check(s, "allocation_shares", id);
            const double volume = check.number(2, "volume_m3", core::Dimension::Volume, true);
            if (core::Status bad = check.status(); bad.hasError())
                return bad;
            it->shares.push_back({.regionCode = s.text(1), .volume = volume, .manual = s.integer(3) != 0});
            return core::okStatus();
        });
}

core::Status readLessons(Database& db, int schemaVersion, std::vector<core::Lesson>& lessons) {
    if (schemaVersion < 5) // lessons came with schema 5
        return core::okStatus();
    auto st = eachRow(db, "SELECT id, title_zh, title_en FROM lessons ORDER BY position, fid",
                      [&](Statement& s) -> core::Status {
                          lessons.push_back(core::Lesson{
                              .id = s.text(0), .titleZh = s.text(1), .titleEn = s.text(2), .steps = {}});
                          return core::okStatus();
                      });
    if (st.hasError())
        return st;
    // Before schema 7 a step had one source, in Chinese.
    const std::string sources = schemaVersion < 7 ? "source, ''" : "source_zh, source_en";
    const std::string query =
        "SELECT lesson_id, step, indicator, year, scenario, compare_scenario, region_code, caption_zh, "
        "caption_en, " +
        sources + " FROM lesson_steps ORDER BY lesson_id, step";
    return eachRow(
        db, query.c_str(), [&](Statement& s) -> core::Status {
            const std::string id = s.text(0);
            auto it = std::find_if(lessons.begin(), lessons.end(),
                                   [&](const core::Lesson& l) { return l.id == id; });
            if (it == lessons.end())
                return rowError("lesson_steps", id, "step of an unknown lesson");
            // Steps are numbered 1, 2, … without gaps: the order a trainer pages through.
            if (s.integer(1) != static_cast<int>(it->steps.size()) + 1)
                return rowError("lesson_steps", id + " step " + std::to_string(s.integer(1)),
                                "steps must be numbered 1, 2, … without gaps");
            const auto indicator = core::IndicatorCatalog::fromId(s.text(2));
            if (!indicator)
                return rowError("lesson_steps", id, "unknown indicator '" + s.text(2) + "'");
            it->steps.push_back({.indicator = *indicator,
                                 .year = s.integer(3),
                                 .scenario = s.text(4),
                                 .compareScenario = s.text(5),
                                 .regionCode = s.text(6),
                                 .captionZh = s.text(7),
                                 .captionEn = s.text(8),
                                 .sourceZh = s.text(9),
                                 .sourceEn = s.text(10)});
            return core::okStatus();
        });
}

geo::GeometryKind geometryKindFrom(const std::string& id) {
    if (id == "line")
        return geo::GeometryKind::Line;
    if (id == "point")
        return geo::GeometryKind::Point;
    return geo::GeometryKind::Polygon;
}

} // namespace

core::Result<QVector<geo::FeatureLayer>> ProjectReader::readLayers(Database& db) {
    struct Entry {
        std::string table;
        geo::FeatureLayer layer;
    };
    std::vector<Entry> entries;
    auto st = eachRow(db,
                      "SELECT table_name, name, role, geometry_kind, crs, schematic FROM jieshui_layers "
                      "ORDER BY position",
                      [&](Statement& s) -> core::Status {
                          Entry e;
                          e.table = s.text(0);
                          for (char c : e.table)
                              if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
                                  return rowError("jieshui_layers", e.table, "not a layer table name");
                          e.layer.name = QString::fromStdString(s.text(1));
                          geo::LayerRole role = geo::LayerRole::Other;
                          geo::layerRoleFromId(QString::fromStdString(s.text(2)), &role);
                          e.layer.role = role;
                          e.layer.geometryKind = geometryKindFrom(s.text(3));
                          e.layer.crs = QString::fromStdString(s.text(4));
                          e.layer.schematic = s.integer(5) != 0;
                          entries.push_back(std::move(e));
                          return core::okStatus();
                      });
    if (st.hasError())
        return st.error();
    QVector<geo::FeatureLayer> layers;
    for (auto& e : entries) {
        // The table name was checked above to be one of our generated identifiers.
        const std::string sql =
            "SELECT fid, geom, code, name, attributes FROM \"" + e.table + "\" ORDER BY fid";
        auto rows = eachRow(db, sql.c_str(), [&](Statement& s) -> core::Status {
            geo::Feature f;
            f.id = s.integer64(0);
            if (!s.isNull(1)) {
                auto g = GpkgGeometryCodec::decode(s.blob(1));
                if (g.hasError())
                    return rowError(e.table, std::to_string(f.id), g.error().message());
                f.rings = std::move(g.value().rings);
                f.partStarts = std::move(g.value().partStarts);
            }
            f.regionCode = QString::fromStdString(s.text(2));
            f.name = QString::fromStdString(s.text(3));
            if (!s.isNull(4))
                f.attributes = QJsonDocument::fromJson(s.blob(4)).object().toVariantMap();
            e.layer.features.append(std::move(f));
            return core::okStatus();
        });
        if (rows.hasError())
            return rows.error();
        e.layer.updateBounds();
        layers.append(std::move(e.layer));
    }
    return layers;
}

core::Result<std::vector<ResultRow>> ProjectReader::readResults(Database& db, int schemaVersion,
                                                                const std::string& scenario) {
    std::string sql = "SELECT scenario, indicator, region_code, year, target_id, value, unit, comparator, "
                      "target_value, status, gap, ";
    sql += schemaVersion >= 2 ? "required_annual_rate" : "NULL";
    sql += ", provenance, method, explanation, evaluated_at FROM results WHERE (?1 = '' OR scenario = ?1) "
           "ORDER BY fid";
    auto st = Statement::prepare(db, sql.c_str());
    if (st.hasError())
        return st.error();
    st.value().bind(1, scenario);
    std::vector<ResultRow> rows;
    for (;;) {
        auto row = st.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        const Statement& s = st.value();
        rows.push_back({.scenario = s.text(0),
                        .indicator = s.text(1),
                        .regionCode = s.text(2),
                        .year = s.integer(3),
                        .targetId = s.text(4),
                        .value = s.optionalReal(5),
                        .unit = s.text(6),
                        .comparator = s.text(7),
                        .targetValue = s.optionalReal(8),
                        .status = s.text(9),
                        .gap = s.optionalReal(10),
                        .requiredAnnualRate = s.optionalReal(11),
                        .provenance = s.text(12),
                        .method = s.text(13),
                        .explanation = s.text(14),
                        .evaluatedAt = s.text(15)});
    }
    return rows;
}

core::Result<ProjectData> ProjectReader::readAll(Database& db, int schemaVersion) {
    ProjectData data;
    for (auto st : {readMetadata(db, data.metadata), readRegions(db, data.dataset),
                    readStatistics(db, data.dataset, schemaVersion), readTargets(db, data.dataset),
                    readTasks(db, data.dataset, schemaVersion), readScenarios(db, schemaVersion, data.scenarios),
                    readAllocations(db, data.allocations), readLessons(db, schemaVersion, data.lessons)})
        if (st.hasError())
            return st.error();
    // A lesson names regions and scenarios of the project: check them like any other value read back.
    std::vector<std::string> scenarioNames;
    for (const core::Scenario& s : data.scenarios)
        scenarioNames.push_back(s.name);
    if (auto st = core::checkLessons(data.lessons, data.dataset, scenarioNames, "lessons"); st.hasError())
        return Error(ErrorCode::StoreError, "table lesson_steps: " + st.error().message(),
                     st.error().location());
    auto layers = readLayers(db);
    if (layers.hasError())
        return layers.error();
    data.layers = std::move(layers.value());
    auto results = readResults(db, schemaVersion);
    if (results.hasError())
        return results.error();
    data.results = std::move(results.value());
    auto uncertainty = UncertaintyTables::read(db, schemaVersion);
    if (uncertainty.hasError())
        return uncertainty.error();
    data.uncertainty = std::move(uncertainty.value());
    // Rules that name what the project does not have (an edited file) are refused like a bad CSV row.
    if (const auto problems = data.uncertainty.validate(data.dataset, data.scenarios); !problems.empty())
        return Error(ErrorCode::StoreError, "uncertainty of the inputs: " + problems.front().toString());
    return data;
}

} // namespace jieshui::store
