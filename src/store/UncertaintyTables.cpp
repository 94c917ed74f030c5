// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyTables.h"

#include "Database.h"
#include "Statement.h"

#include <charconv>
#include <cmath>
#include <optional>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

constexpr const char* kCreate = R"sql(
CREATE TABLE uncertainty_defaults (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, provenance TEXT NOT NULL UNIQUE, distribution TEXT NOT NULL,
  spread_kind TEXT NOT NULL, spread REAL NOT NULL, note TEXT);
CREATE TABLE uncertainty_rules (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, variable TEXT, region_code TEXT, from_year INTEGER NOT NULL DEFAULT 0,
  to_year INTEGER NOT NULL DEFAULT 0, distribution TEXT NOT NULL, spread_kind TEXT NOT NULL, spread REAL NOT NULL,
  note TEXT);
CREATE TABLE driver_uncertainty (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, scenario TEXT, region_code TEXT NOT NULL, driver TEXT NOT NULL,
  from_year INTEGER NOT NULL DEFAULT 0, to_year INTEGER NOT NULL DEFAULT 0, distribution TEXT NOT NULL,
  spread_kind TEXT NOT NULL, spread REAL NOT NULL, note TEXT);
)sql";

Error rowError(const char* table, long long fid, const std::string& why) {
    return Error(ErrorCode::StoreError, std::string("table ") + table + ", row " + std::to_string(fid) + ": " + why);
}

/** A column read strictly: its text must be a whole number or a decimal, nothing else. */
std::optional<double> strictNumber(const Statement& st, int column) {
    if (st.isNull(column))
        return std::nullopt;
    const std::string text = st.text(column);
    double v = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/** A rule year: 0 (open) or 1900–2200. */
std::optional<int> strictYear(const Statement& st, int column) {
    const auto v = strictNumber(st, column);
    if (!v || *v != std::floor(*v) || !(*v == 0.0 || (*v >= 1900.0 && *v <= 2200.0)))
        return std::nullopt;
    return static_cast<int>(*v);
}

/** Columns distribution, spread_kind, spread at @p first. */
core::Result<core::InputUncertainty> readUncertainty(const Statement& st, int first, const char* table, long long fid) {
    core::InputUncertainty u;
    const auto distribution = core::distributionKindFromId(st.text(first));
    if (!distribution)
        return rowError(table, fid, "unknown distribution '" + st.text(first) + "' (normal, triangular, uniform)");
    const auto kind = core::spreadKindFromId(st.text(first + 1));
    if (!kind)
        return rowError(table, fid, "unknown spread kind '" + st.text(first + 1) + "' (relative, absolute)");
    const auto spread = strictNumber(st, first + 2);
    if (!spread)
        return rowError(table, fid, "the spread is not a number");
    u.distribution = *distribution;
    u.spreadKind = *kind;
    u.spread = *spread;
    if (auto check = u.check(); check.hasError())
        return rowError(table, fid, check.error().message());
    return u;
}

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

void bindUncertainty(Statement& st, int first, const core::InputUncertainty& u) {
    st.bind(first, core::distributionKindId(u.distribution))
        .bind(first + 1, core::spreadKindId(u.spreadKind))
        .bind(first + 2, u.spread);
}

} // namespace

const char* UncertaintyTables::createSql() {
    return kCreate;
}

core::Status UncertaintyTables::insertStandardDefaults(Database& db) {
    auto ins = Statement::prepare(db, "INSERT OR REPLACE INTO uncertainty_defaults (provenance, distribution, "
                                      "spread_kind, spread, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (ins.hasError())
        return ins.error();
    for (core::ProvenanceKind kind :
         {core::ProvenanceKind::Sourced, core::ProvenanceKind::Estimate, core::ProvenanceKind::Projected}) {
        ins.value().bind(1, core::provenanceKindId(kind));
        bindUncertainty(ins.value(), 2, core::UncertaintyModel::standardDefault(kind));
        ins.value().bind(5, "standard default of Jieshui Workbench (docs/methods.md)");
        if (auto st = ins.value().run(); st.hasError())
            return st;
    }
    return core::okStatus();
}

core::Result<core::UncertaintyModel> UncertaintyTables::read(Database& db, int schemaVersion) {
    core::UncertaintyModel model;
    if (schemaVersion < 4) // the uncertainty tables came with schema 4
        return model;
    auto st = eachRow(db, "SELECT fid, provenance, distribution, spread_kind, spread FROM uncertainty_defaults",
                      [&](Statement& s) -> core::Status {
                          const long long fid = s.integer64(0);
                          const auto kind = core::provenanceKindFromId(s.text(1));
                          if (!kind)
                              return rowError("uncertainty_defaults", fid,
                                              "unknown provenance '" + s.text(1) + "'");
                          auto u = readUncertainty(s, 2, "uncertainty_defaults", fid);
                          if (u.hasError())
                              return u.error();
                          model.setProvenanceDefault(*kind, u.value());
                          return core::okStatus();
                      });
    if (st.hasError())
        return st.error();
    st = eachRow(db,
                 "SELECT fid, variable, region_code, from_year, to_year, distribution, spread_kind, spread, note "
                 "FROM uncertainty_rules ORDER BY fid",
                 [&](Statement& s) -> core::Status {
                     const long long fid = s.integer64(0);
                     core::StatisticUncertaintyRule rule;
                     rule.variable = s.text(1);
                     rule.regionCode = s.text(2);
                     const auto from = strictYear(s, 3);
                     const auto to = strictYear(s, 4);
                     if (!from || !to)
                         return rowError("uncertainty_rules", fid, "years must be 0 or lie in 1900–2200");
                     rule.fromYear = *from;
                     rule.toYear = *to;
                     auto u = readUncertainty(s, 5, "uncertainty_rules", fid);
                     if (u.hasError())
                         return u.error();
                     rule.uncertainty = u.value();
                     rule.note = s.text(8);
                     model.statisticRules().push_back(std::move(rule));
                     return core::okStatus();
                 });
    if (st.hasError())
        return st.error();
    st = eachRow(db,
                 "SELECT fid, scenario, region_code, driver, from_year, to_year, distribution, spread_kind, spread, "
                 "note FROM driver_uncertainty ORDER BY fid",
                 [&](Statement& s) -> core::Status {
                     const long long fid = s.integer64(0);
                     core::DriverUncertaintyRule rule;
                     rule.scenario = s.text(1);
                     rule.regionCode = s.text(2);
                     const auto driver = core::driverFromId(s.text(3));
                     if (!driver)
                         return rowError("driver_uncertainty", fid, "unknown driver '" + s.text(3) + "'");
                     rule.driver = *driver;
                     const auto from = strictYear(s, 4);
                     const auto to = strictYear(s, 5);
                     if (!from || !to)
                         return rowError("driver_uncertainty", fid, "years must be 0 or lie in 1900–2200");
                     rule.fromYear = *from;
                     rule.toYear = *to;
                     auto u = readUncertainty(s, 6, "driver_uncertainty", fid);
                     if (u.hasError())
                         return u.error();
                     rule.uncertainty = u.value();
                     rule.note = s.text(9);
                     model.driverRules().push_back(std::move(rule));
                     return core::okStatus();
                 });
    if (st.hasError())
        return st.error();
    return model;
}

core::Status UncertaintyTables::write(Database& db, const core::UncertaintyModel& model) {
    if (auto st = db.exec("DELETE FROM uncertainty_defaults; DELETE FROM uncertainty_rules; "
                          "DELETE FROM driver_uncertainty;");
        st.hasError())
        return st;
    auto defaults = Statement::prepare(db, "INSERT INTO uncertainty_defaults (provenance, distribution, "
                                           "spread_kind, spread) VALUES (?1, ?2, ?3, ?4)");
    if (defaults.hasError())
        return defaults.error();
    for (core::ProvenanceKind kind :
         {core::ProvenanceKind::Sourced, core::ProvenanceKind::Estimate, core::ProvenanceKind::Projected}) {
        defaults.value().bind(1, core::provenanceKindId(kind));
        bindUncertainty(defaults.value(), 2, model.provenanceDefault(kind));
        if (auto st = defaults.value().run(); st.hasError())
            return st;
    }
    auto rules = Statement::prepare(db, "INSERT INTO uncertainty_rules (variable, region_code, from_year, to_year, "
                                        "distribution, spread_kind, spread, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                                        "?7, ?8)");
    if (rules.hasError())
        return rules.error();
    for (const core::StatisticUncertaintyRule& r : model.statisticRules()) {
        rules.value().bind(1, r.variable).bind(2, r.regionCode).bind(3, r.fromYear).bind(4, r.toYear);
        bindUncertainty(rules.value(), 5, r.uncertainty);
        rules.value().bind(8, r.note);
        if (auto st = rules.value().run(); st.hasError())
            return st;
    }
    auto drivers = Statement::prepare(db, "INSERT INTO driver_uncertainty (scenario, region_code, driver, from_year, "
                                          "to_year, distribution, spread_kind, spread, note) VALUES (?1, ?2, ?3, ?4, "
                                          "?5, ?6, ?7, ?8, ?9)");
    if (drivers.hasError())
        return drivers.error();
    for (const core::DriverUncertaintyRule& r : model.driverRules()) {
        drivers.value().bind(1, r.scenario).bind(2, r.regionCode).bind(3, core::driverId(r.driver));
        drivers.value().bind(4, r.fromYear).bind(5, r.toYear);
        bindUncertainty(drivers.value(), 6, r.uncertainty);
        drivers.value().bind(9, r.note);
        if (auto st = drivers.value().run(); st.hasError())
            return st;
    }
    return core::okStatus();
}

} // namespace jieshui::store
