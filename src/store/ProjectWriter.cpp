// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectWriter.h"

#include "Database.h"
#include "GpkgGeometryCodec.h"
#include "ProjectSchema.h"
#include "Statement.h"
#include "UncertaintyTables.h"
#include "units/UnitParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

namespace jieshui::store {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += ';';
        out += item;
    }
    return out;
}

// Table names are generated from the fixed role ids or a position, never from user text.
std::string layerTableName(const geo::FeatureLayer& layer, int position, std::set<std::string>& used) {
    std::string name;
    if (layer.role != geo::LayerRole::Other) {
        name = geo::layerRoleId(layer.role);
        for (char& c : name)
            if (c == '-')
                c = '_';
    }
    if (name.empty() || used.count(name) != 0)
        name = "layer_" + std::to_string(position + 1);
    used.insert(name);
    return name;
}

const char* geometryKindId(geo::GeometryKind kind) {
    switch (kind) {
    case geo::GeometryKind::Polygon:
        return "polygon";
    case geo::GeometryKind::Line:
        return "line";
    case geo::GeometryKind::Point:
        return "point";
    }
    return "polygon";
}

// A feature keeps its id as its fid, so that a save changes only the rows of the features that changed (the
// server matches rows by fid: removing one region must not shift every later feature). The reader returns
// features in fid order, so fids rise with the layer's order: an id not above the previous feature's fid (0,
// a GDAL id from 0, a feature moved up) becomes the previous fid + 1.
std::vector<qint64> featureIds(const geo::FeatureLayer& layer) {
    std::vector<qint64> fids;
    fids.reserve(static_cast<std::size_t>(layer.features.size()));
    qint64 previous = 0;
    for (const geo::Feature& f : layer.features) {
        previous = f.id > previous ? f.id : previous + 1;
        fids.push_back(previous);
    }
    return fids;
}

core::Status dropLayerTables(Database& db) {
    auto list = Statement::prepare(db, "SELECT table_name FROM jieshui_layers");
    if (list.hasError())
        return list.error();
    std::vector<std::string> tables;
    for (;;) {
        auto row = list.value().step();
        if (row.hasError())
            return row.error();
        if (!row.value())
            break;
        tables.push_back(list.value().text(0));
    }
    for (const auto& table : tables) {
        // The name comes from our own registry and is checked to be a generated identifier.
        for (char c : table)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
                return core::Error(core::ErrorCode::StoreError,
                                   "unexpected layer table name in jieshui_layers");
        const std::string drop = "DROP TABLE IF EXISTS \"" + table + "\"";
        if (auto st = db.exec(drop.c_str()); st.hasError())
            return st;
        for (const char* sql : {"DELETE FROM gpkg_geometry_columns WHERE table_name = ?1",
                                "DELETE FROM gpkg_contents WHERE table_name = ?1"}) {
            auto del = Statement::prepare(db, sql);
            if (del.hasError())
                return del.error();
            if (auto st = del.value().bind(1, table).run(); st.hasError())
                return st;
        }
    }
    return db.exec("DELETE FROM jieshui_layers;");
}

} // namespace

core::Status ProjectWriter::writeAll(Database& db, const ProjectData& data) {
    for (auto step :
         {+[](Database&d, const ProjectData&p) { return writeMetadata(d, p.metadata); },
          +[](Database&d, const ProjectData&p) { return writeRegions(d, p.dataset); },
          +[](Database&d, const ProjectData&p) { return writeStatistics(d, p.dataset); },
          +[](Database&d, const ProjectData&p) { return writeTargets(d, p.dataset); },
          +[](Database&d, const ProjectData&p) { return writeTasks(d, p.dataset); },
          +[](Database&d, const ProjectData&p) { return writeScenarios(d, p.scenarios); },
          +[](Database&d, const ProjectData&p) { return writeAllocations(d, p.allocations); },
          +[](Database&d, const ProjectData&p) { return UncertaintyTables::write(d, p.uncertainty); },
          +[](Database&d, const ProjectData&p) { return writeLayers(d, p.layers); },
          +[](Database&d, const ProjectData&p) { return writeLessons(d, p.lessons); },
          +[](Database&d, const ProjectData&p) { return writeResults(d, std::string(), p.results); }})
        if (auto st = step(db, data); st.hasError())
            return st;
    return core::okStatus();
}

core::Status ProjectWriter::writeMetadata(Database& db, const core::ProjectMetadata& m) {
    const std::pair<const char*, std::string> rows[] = {
        {"name_zh", m.nameZh},
        {"name_en", m.nameEn},
        {"base_year",
         m.baseYear == 0 ? std::string() : std::to_string(m.baseYear)}, // 0 = not set: read back as 0
        {"storage_crs", m.storageCrs},
        {"display_crs", m.displayCrs},
        {"root_region", m.rootRegion},
        {"application_version", JIESHUI_VERSION},
    };
    for (const auto& [key, value] : rows)
        if (auto st = ProjectSchema::setMetadata(db, key, value); st.hasError())
            return st;
    // Further project.csv keys are kept under a prefix so they never collide with ours.
    if (auto st = db.exec("DELETE FROM jieshui_metadata WHERE key LIKE 'project.%';"); st.hasError())
        return st;
    for (const auto& [key, value] : m.extra)
        if (auto st = ProjectSchema::setMetadata(db, "project." + key, value); st.hasError())
            return st;
    return core::okStatus();
}

core::Status ProjectWriter::writeRegions(Database& db, const core::Dataset& dataset) {
    if (auto st = db.exec("DELETE FROM regions;"); st.hasError())
        return st;
    auto ins = Statement::prepare(
        db,
        "INSERT INTO regions (code, kind, name_zh, name_en, parent_code, county_codes, source, estimate, "
        "district_class, source_type, well_method, design_area_m2, effective_area_m2, district_county_code) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (ins.hasError())
        return ins.error();
    Statement& st = ins.value();
    for (const core::Region& r : dataset.regions()) {
        st.reset();
        st.bind(1, r.code).bind(2, core::regionKindId(r.kind)).bind(3, r.nameZh).bind(4, r.nameEn);
        st.bind(5, r.parentCode).bind(6, joined(r.countyCodes)).bind(7, r.provenance.source);
        st.bind(8, r.provenance.isEstimate());
        if (r.irrigation) {
            const auto& p = *r.irrigation;
            st.bind(9, core::districtClassId(p.districtClass)).bind(10, core::sourceTypeId(p.sourceType));
            st.bind(11, core::wellMethodId(p.wellMethod)).bind(12, p.designArea.value());
            st.bind(13, p.effectiveArea.value()).bind(14, p.countyCode);
        }
        if (auto s = st.run(); s.hasError())
            return s;
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeStatistics(Database& db, const core::Dataset& dataset) {
    if (auto st = db.exec("DELETE FROM statistics;"); st.hasError())
        return st;
    auto ins = Statement::prepare(
        db, "INSERT INTO statistics (region_code, year, variable, value_base, unit, source, "
            "estimate, provenance, vintage, value, base_unit) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (ins.hasError())
        return ins.error();
    Statement& st = ins.value();
    for (const core::Statistic* s : dataset.statistics()) {
        st.bind(1, s->regionCode).bind(2, s->year).bind(3, s->variable).bind(4, s->value).bind(5, s->unit);
        // The value in the row's own unit, for readers of the file (QGIS, Excel); the program reads
        // value_base.
        const std::optional<double> own = ProjectSchema::inOwnUnit(s->value, s->unit);
        if (own)
            st.bind(10, *own);
        else
            st.bindNull(10);
        const auto spec = core::UnitParser::parse(s->unit);
        if (spec.isOk())
            st.bind(11, ProjectSchema::baseUnitName(spec.value().dimension));
        else
            st.bindNull(11);
        st.bind(6, s->provenance.source).bind(7, s->provenance.isEstimate());
        st.bind(8, core::provenanceKindId(s->provenance.kind)).bind(9, s->vintage);
        if (auto r = st.run(); r.hasError())
            return r;
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeTargets(Database& db, const core::Dataset& dataset) {
    if (auto st = db.exec("DELETE FROM plan_targets;"); st.hasError())
        return st;
    auto ins = Statement::prepare(
        db, "INSERT INTO plan_targets (id, indicator, region_code, year, comparator, value, unit, base_year, "
            "price_base_year, variable, task_number, source, clause) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (ins.hasError())
        return ins.error();
    Statement& st = ins.value();
    for (const core::PlanTarget& t : dataset.targets()) {
        st.bind(1, t.id)
            .bind(2, std::string(core::IndicatorCatalog::info(t.indicator).id))
            .bind(3, t.regionCode);
        st.bind(4, t.year).bind(5, core::comparatorSymbol(t.comparator)).bind(6, t.value).bind(7, t.unit);
        st.bind(8, t.baseYear).bind(9, t.priceBaseYear).bind(10, t.variable).bind(11, t.taskNumber);
        st.bind(12, t.source).bind(13, t.clause);
        if (auto r = st.run(); r.hasError())
            return r;
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeTasks(Database& db, const core::Dataset& dataset) {
    if (auto st = db.exec("DELETE FROM key_tasks; DELETE FROM task_milestones;"); st.hasError())
        return st;
    auto task =
        Statement::prepare(db, "INSERT INTO key_tasks (number, title_zh, title_en, lead_department, "
                               "partner_departments, clause, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto milestone =
        Statement::prepare(db, "INSERT INTO task_milestones (task_number, year, text_zh, text_en, "
                               "target_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (task.hasError())
        return task.error();
    if (milestone.hasError())
        return milestone.error();
    for (const core::KeyTask& t : dataset.tasks()) {
        task.value().bind(1, t.number).bind(2, t.titleZh).bind(3, t.titleEn).bind(4, t.leadDepartment);
        task.value().bind(5, t.partnerDepartments).bind(6, t.clause).bind(7, core::taskStatusId(t.status));
        if (auto r = task.value().run(); r.hasError())
            return r;
        for (const auto& m : t.milestones) {
            milestone.value().bind(1, t.number).bind(2, m.year).bind(3, m.textZh).bind(4, m.textEn);
            milestone.value().bind(5, m.targetId);
            if (auto r = milestone.value().run(); r.hasError())
                return r;
        }
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeScenarios(Database& db, const std::vector<core::Scenario>& scenarios) {
    if (auto st = db.exec("DELETE FROM scenarios; DELETE FROM scenario_overrides;"); st.hasError())
        return st;
    auto scenario = Statement::prepare(
        db, "INSERT INTO scenarios (name, parent, description_zh, description_en, name_zh, "
            "name_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto override = Statement::prepare(db, "INSERT INTO scenario_overrides (scenario, region_code, driver, "
                                           "from_year, value) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (scenario.hasError())
        return scenario.error();
    if (override.hasError())
        return override.error();
    for (const core::Scenario& s : scenarios) {
        scenario.value().bind(1, s.name).bind(2, s.parent).bind(3, s.descriptionZh).bind(4, s.descriptionEn);
        scenario.value().bind(5, s.nameZh).bind(6, s.nameEn);
        if (auto r = scenario.value().run(); r.hasError())
            return r;
        for (const auto& o : s.overrides) {
            override.value().bind(1, s.name).bind(2, o.regionCode).bind(3, core::driverId(o.driver));
            override.value().bind(4, o.fromYear).bind(5, o.value);
            if (auto r = override.value().run(); r.hasError())
                return r;
        }
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeAllocations(Database& db, const std::vector<core::Allocation>& allocations) {
    if (auto st = db.exec("DELETE FROM allocations; DELETE FROM allocation_shares;"); st.hasError())
        return st;
    auto alloc = Statement::prepare(db, "INSERT INTO allocations (id, scenario, parent_region, year, cap_m3, "
                                        "method, base_year, rounding_unit_m3, remainder_m3) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto share =
        Statement::prepare(db, "INSERT INTO allocation_shares (allocation_id, region_code, volume_m3, "
                               "manual) VALUES (?1, ?2, ?3, ?4)");
    if (alloc.hasError())
        return alloc.error();
    if (share.hasError())
        return share.error();
    for (const core::Allocation& a : allocations) {
        alloc.value()
            .bind(1, a.id)
            .bind(2, a.scenario)
            .bind(3, a.parentRegion)
            .bind(4, a.year)
            .bind(5, a.cap);
        alloc.value().bind(6, core::allocationMethodId(a.method)).bind(7, a.baseYear).bind(8, a.roundingUnit);
        alloc.value().bind(9, a.remainder);
        if (auto r = alloc.value().run(); r.hasError())
            return r;
        for (const auto& s : a.shares) {
            share.value().bind(1, a.id).bind(2, s.regionCode).bind(3, s.volume).bind(4, s.manual);
            if (auto r = share.value().run(); r.hasError())
                return r;
        }
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeLessons(Database& db, const std::vector<core::Lesson>& lessons) {
    if (auto st = db.exec("DELETE FROM lessons; DELETE FROM lesson_steps;"); st.hasError())
        return st;
    auto lesson = Statement::prepare(
        db, "INSERT INTO lessons (id, title_zh, title_en, position) VALUES (?1, ?2, ?3, ?4)");
    auto step = Statement::prepare(
        db, "INSERT INTO lesson_steps (lesson_id, step, indicator, year, scenario, compare_scenario, "
            "region_code, caption_zh, caption_en, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (lesson.hasError())
        return lesson.error();
    if (step.hasError())
        return step.error();
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const core::Lesson& l = lessons[i];
        lesson.value().bind(1, l.id).bind(2, l.titleZh).bind(3, l.titleEn).bind(4, static_cast<int>(i));
        if (auto r = lesson.value().run(); r.hasError())
            return r;
        for (std::size_t n = 0; n < l.steps.size(); ++n) {
            const core::LessonStep& s = l.steps[n];
            step.value()
                .bind(1, l.id)
                .bind(2, static_cast<int>(n + 1))
                .bind(3, std::string(core::IndicatorCatalog::info(s.indicator).id))
                .bind(4, s.year)
                .bind(5, s.scenario);
            step.value().bind(6, s.compareScenario).bind(7, s.regionCode).bind(8, s.captionZh);
            step.value().bind(9, s.captionEn).bind(10, s.source);
            if (auto r = step.value().run(); r.hasError())
                return r;
        }
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeLayers(Database& db, const QVector<geo::FeatureLayer>& layers) {
    if (auto st = dropLayerTables(db); st.hasError())
        return st;
    std::set<std::string> used;
    for (int position = 0; position < layers.size(); ++position) {
        const geo::FeatureLayer& layer = layers[position];
        const std::string table = layerTableName(layer, position, used);
        auto srs = ProjectSchema::ensureSrs(db, layer.crs.toStdString());
        if (srs.hasError())
            return srs.error();
        const char* type = GpkgGeometryCodec::geometryTypeName(layer.geometryKind);
        // Identifier and type come from our generated table name and a fixed set of type names.
        const std::string create = "CREATE TABLE \"" + table +
                                   "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " + type +
                                   ", code TEXT, name TEXT, attributes TEXT)";
        if (auto st = db.exec(create.c_str()); st.hasError())
            return st;

        // Extent from the points themselves: a point layer's rects have no area, so united() would drop them.
        double minX = std::numeric_limits<double>::infinity();
        double minY = minX;
        double maxX = -minX;
        double maxY = -minX;
        for (const auto& f : layer.features)
            for (const auto& ring : f.rings)
                for (const QPointF& p : ring) {
                    minX = std::min(minX, p.x());
                    maxX = std::max(maxX, p.x());
                    minY = std::min(minY, p.y());
                    maxY = std::max(maxY, p.y());
                }
        auto contents = Statement::prepare(
            db, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, "
                "min_x, min_y, max_x, max_y, srs_id) VALUES (?1, 'features', ?1, ?2, "
                "strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?3, ?4, ?5, ?6, ?7)");
        if (contents.hasError())
            return contents.error();
        contents.value().bind(1, table).bind(2, layer.name.toStdString());
        if (minX <= maxX) {
            contents.value().bind(3, minX).bind(4, minY).bind(5, maxX);
            contents.value().bind(6, maxY);
        }
        contents.value().bind(7, srs.value());
        if (auto st = contents.value().run(); st.hasError())
            return st;
        auto columns =
            Statement::prepare(db, "INSERT INTO gpkg_geometry_columns (table_name, column_name, "
                                   "geometry_type_name, srs_id, z, m) VALUES (?1, 'geom', ?2, ?3, 0, 0)");
        if (columns.hasError())
            return columns.error();
        if (auto st = columns.value().bind(1, table).bind(2, type).bind(3, srs.value()).run(); st.hasError())
            return st;
        auto registry =
            Statement::prepare(db, "INSERT INTO jieshui_layers (table_name, name, role, geometry_kind, "
                                   "crs, schematic, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (registry.hasError())
            return registry.error();
        registry.value()
            .bind(1, table)
            .bind(2, layer.name.toStdString())
            .bind(3, geo::layerRoleId(layer.role));
        registry.value().bind(4, geometryKindId(layer.geometryKind)).bind(5, layer.crs.toStdString());
        registry.value().bind(6, layer.schematic).bind(7, position);
        if (auto st = registry.value().run(); st.hasError())
            return st;

        const std::string insertSql =
            "INSERT INTO \"" + table + "\" (fid, geom, code, name, attributes) VALUES (?5, ?1, ?2, ?3, ?4)";
        auto insert = Statement::prepare(db, insertSql.c_str());
        if (insert.hasError())
            return insert.error();
        const std::vector<qint64> fids = featureIds(layer);
        for (int i = 0; i < layer.features.size(); ++i) {
            const geo::Feature& f = layer.features[i];
            insert.value().bind(5, static_cast<long long>(fids[static_cast<std::size_t>(i)]));
            insert.value().bindBlob(1, GpkgGeometryCodec::encode(f, layer.geometryKind, srs.value()));
            insert.value().bind(2, f.regionCode.toStdString()).bind(3, f.name.toStdString());
            if (f.attributes.isEmpty())
                insert.value().bindNull(4);
            else
                insert.value().bind(4, QJsonDocument(QJsonObject::fromVariantMap(f.attributes))
                                           .toJson(QJsonDocument::Compact)
                                           .toStdString());
            if (auto st = insert.value().run(); st.hasError())
                return st;
        }
    }
    return core::okStatus();
}

core::Status ProjectWriter::writeResults(Database& db, const std::string& scenario,
                                         const std::vector<ResultRow>& rows) {
    if (scenario.empty()) {
        if (auto st = db.exec("DELETE FROM results;"); st.hasError())
            return st;
    } else {
        auto del = Statement::prepare(db, "DELETE FROM results WHERE scenario = ?1");
        if (del.hasError())
            return del.error();
        if (auto st = del.value().bind(1, scenario).run(); st.hasError())
            return st;
    }
    auto ins = Statement::prepare(
        db,
        "INSERT INTO results (scenario, indicator, region_code, year, target_id, value, unit, comparator, "
        "target_value, status, gap, required_annual_rate, provenance, method, explanation, evaluated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    if (ins.hasError())
        return ins.error();
    Statement& st = ins.value();
    for (const ResultRow& r : rows) {
        st.bind(1, r.scenario).bind(2, r.indicator).bind(3, r.regionCode).bind(4, r.year).bind(5, r.targetId);
        st.bind(6, r.value).bind(7, r.unit).bind(8, r.comparator).bind(9, r.targetValue).bind(10, r.status);
        st.bind(11, r.gap).bind(12, r.requiredAnnualRate).bind(13, r.provenance).bind(14, r.method);
        st.bind(15, r.explanation).bind(16, r.evaluatedAt);
        if (auto s = st.run(); s.hasError())
            return s;
    }
    return core::okStatus();
}

} // namespace jieshui::store
