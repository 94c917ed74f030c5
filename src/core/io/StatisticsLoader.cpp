// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/StatisticsLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "model/ValueRules.h"
#include "model/Variable.h"
#include "units/UnitParser.h"

#include <cmath>
#include <map>
#include <tuple>

namespace jieshui::core {

namespace {

/** Checks a base-unit value against what its variable allows (ValueRules); adds a located error otherwise. */
void checkValue(CsvFields& f, std::string_view variable, Dimension dimension, double value) {
    if (auto problem = ValueRules::valueProblem(variable, dimension, value))
        f.error(ErrorCode::InvalidValue, *problem, "value");
}

bool sameStatistic(const Statistic& a, const Statistic& b) {
    const double scale = std::max(std::abs(a.value), std::abs(b.value));
    const bool sameValue = std::abs(a.value - b.value) <= 1e-12 * scale;
    return sameValue && a.unit == b.unit && a.provenance.kind == b.provenance.kind &&
           a.provenance.source == b.provenance.source && a.vintage == b.vintage;
}

} // namespace

Result<std::vector<StatisticsLoader::Row>> StatisticsLoader::readRows(std::string_view text,
                                                                      const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    return checkRows(parsed.value());
}

Result<std::vector<StatisticsLoader::Row>> StatisticsLoader::checkRows(const CsvTable& table) {
    if (!CsvFields::checkColumns(table,
                                 {"region_code", "year", "variable", "value", "unit", "source", "estimate"},
                                 {"vintage"}, m_report))
        return m_report.combined();

    std::map<std::string, Dimension, std::less<>> taskDimensions = m_context.taskVariables();
    std::map<std::tuple<std::string, std::string, int>, int> seen; // (region, variable, year) → line
    std::vector<Row> rows;
    rows.reserve(table.records().size());
    for (const CsvRecord& record : table.records()) {
        LoadReport rowReport;
        CsvFields f(table, record, rowReport);
        Row row;
        RejectedStatisticRow& info = row.rejection;
        info.line = record.line;
        info.regionCode = f.text("region_code");
        info.variable = f.text("variable");
        f.setRegion(info.regionCode);
        Statistic s;
        s.regionCode = info.regionCode;
        s.variable = info.variable;
        if (auto year = f.year("year")) {
            s.year = info.year = *year;
            f.setYear(*year);
        }
        if (s.regionCode.empty())
            f.error(ErrorCode::ParseError, "a region code is required", "region_code");
        else if (m_context.region(s.regionCode) == nullptr)
            f.error(ErrorCode::UnknownRegion, "unknown region code '" + s.regionCode + "'", "region_code");

        // The dimension: the catalogue's, or for task.* the unit's (and the same for all its rows).
        std::optional<Dimension> dimension;
        const std::string unitText = f.text("unit");
        auto unit = UnitParser::parse(unitText);
        if (unit.hasError())
            f.error(ErrorCode::UnknownUnit, unit.error().message(), "unit");
        if (const VariableInfo* known = VariableCatalog::find(s.variable)) {
            dimension = known->dimension;
        } else if (VariableCatalog::isTaskVariable(s.variable)) {
            if (auto it = taskDimensions.find(s.variable); it != taskDimensions.end())
                dimension = it->second;
            else if (unit.isOk() && VariableCatalog::isTaskVariableDimension(unit.value().dimension))
                dimension = unit.value().dimension;
            else if (unit.isOk())
                f.error(ErrorCode::UnitMismatch,
                        "unit '" + unit.value().symbol +
                            "' cannot measure a key-task quantity (use an area, count, "
                            "% or flag unit)",
                        "unit");
        } else {
            f.error(ErrorCode::UnknownVariable,
                    "unknown variable '" + s.variable +
                        "' (see docs/data-formats.md for the vocabulary, or task.<NN>.<name>)",
                    "variable");
        }

        auto value = f.number("value");
        if (dimension && unit.isOk()) {
            if (unit.value().dimension != *dimension) {
                f.error(ErrorCode::UnitMismatch,
                        "unit '" + unit.value().symbol + "' is a " + dimensionId(unit.value().dimension) +
                            " unit, but '" + s.variable + "' is a " + dimensionId(*dimension) + " variable",
                        "unit");
            } else if (value) {
                s.value = *value * unit.value().toBase;
                s.unit = unit.value().symbol;
                checkValue(f, s.variable, *dimension, s.value);
            }
        }
        s.provenance.source = f.text("source");
        if (auto estimate = f.flag("estimate"))
            s.provenance.kind = *estimate ? ProvenanceKind::Estimate : ProvenanceKind::Sourced;
        s.vintage = f.text("vintage");

        if (!rowReport.hasErrors() && s.year != 0) {
            auto [it, inserted] = seen.emplace(std::tuple{s.regionCode, s.variable, s.year}, record.line);
            if (!inserted)
                f.error(ErrorCode::DuplicateRow,
                        "the same region, year and variable as line " + std::to_string(it->second),
                        "variable");
        }
        if (rowReport.hasErrors()) {
            info.reasons = rowReport.errors();
        } else {
            if (VariableCatalog::isTaskVariable(s.variable))
                taskDimensions.emplace(s.variable, *dimension);
            row.statistic = std::move(s);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<Statistic>> StatisticsLoader::fromText(std::string_view text,
                                                          const std::string& displayName) {
    return collect(readRows(text, displayName));
}

Result<std::vector<Statistic>> StatisticsLoader::fromTable(const CsvTable& table) {
    m_report.clear();
    return collect(checkRows(table));
}

Result<std::vector<Statistic>> StatisticsLoader::collect(Result<std::vector<Row>> rows) {
    if (rows.hasError())
        return rows.error();
    std::vector<Statistic> out;
    out.reserve(rows.value().size());
    for (Row& row : rows.value()) {
        if (row.statistic)
            out.push_back(std::move(*row.statistic));
        for (const Error& e : row.rejection.reasons)
            m_report.add(e);
    }
    if (m_report.hasErrors())
        return m_report.combined();
    return out;
}

Result<std::vector<Statistic>> StatisticsLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<StatisticsImportPlan> StatisticsLoader::planFromText(std::string_view text,
                                                            const std::string& displayName) {
    return sort(readRows(text, displayName));
}

Result<StatisticsImportPlan> StatisticsLoader::planFromTable(const CsvTable& table) {
    m_report.clear();
    return sort(checkRows(table));
}

Result<StatisticsImportPlan> StatisticsLoader::sort(Result<std::vector<Row>> rows) {
    if (rows.hasError())
        return rows.error();
    StatisticsImportPlan plan;
    for (Row& row : rows.value()) {
        if (!row.statistic) {
            plan.rejected.push_back(std::move(row.rejection));
            continue;
        }
        Statistic& s = *row.statistic;
        const Statistic* existing = m_context.statistic(s.regionCode, s.variable, s.year);
        if (existing == nullptr)
            plan.additions.push_back(std::move(s));
        else if (sameStatistic(*existing, s))
            plan.unchanged.push_back(std::move(s));
        else
            plan.replacements.push_back({*existing, std::move(s)});
    }
    return plan;
}

Result<StatisticsImportPlan> StatisticsLoader::planFromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return planFromText(text.value(), path.string());
}

Status StatisticsLoader::addTo(Dataset& dataset, const std::vector<Statistic>& statistics) {
    Dataset copy = dataset;
    for (const Statistic& s : statistics)
        if (auto st = copy.addStatistic(s); st.hasError())
            return st;
    dataset = std::move(copy);
    return okStatus();
}

} // namespace jieshui::core
