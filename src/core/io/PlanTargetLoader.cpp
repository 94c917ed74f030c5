// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PlanTargetLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "model/ValueRules.h"
#include "model/Variable.h"
#include "units/UnitParser.h"

#include <map>
#include <set>

namespace jieshui::core {

namespace {

std::string indicatorIds() {
    std::string out;
    for (const auto& info : IndicatorCatalog::all())
        out += (out.empty() ? "" : ", ") + std::string(info.id);
    return out;
}

} // namespace

Result<std::vector<PlanTarget>> PlanTargetLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<std::vector<PlanTarget>> PlanTargetLoader::fromText(std::string_view text,
                                                           const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table,
                                 {"id", "indicator", "region_code", "year", "comparator", "value", "unit",
                                  "base_year", "price_base_year", "variable", "task_number", "source",
                                  "clause"},
                                 {}, m_report))
        return m_report.combined();

    std::set<std::string, std::less<>> ids;
    for (const PlanTarget& t : m_context.targets())
        ids.insert(t.id);
    std::map<std::string, Dimension, std::less<>> taskDimensions = m_context.taskVariables();
    std::vector<PlanTarget> targets;
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        PlanTarget t;
        t.regionCode = f.text("region_code");
        f.setRegion(t.regionCode);
        if (auto year = f.year("year")) {
            t.year = *year;
            f.setYear(*year);
        }
        if (auto id = f.requiredText("id")) {
            t.id = *id;
            if (!ids.insert(t.id).second)
                f.error(ErrorCode::DuplicateRow, "target id '" + t.id + "' is used twice", "id");
        }
        const std::string indicatorText = f.text("indicator");
        const auto indicator = IndicatorCatalog::fromId(indicatorText);
        if (!indicator)
            f.error(ErrorCode::UnknownIndicator,
                    "unknown indicator '" + indicatorText + "'; known: " + indicatorIds(), "indicator");
        else
            t.indicator = *indicator;
        if (m_context.region(t.regionCode) == nullptr)
            f.error(ErrorCode::UnknownRegion, "unknown region code '" + t.regionCode + "'", "region_code");
        const std::string comparatorText = f.text("comparator");
        if (auto c = comparatorFromSymbol(comparatorText))
            t.comparator = *c;
        else
            f.error(ErrorCode::ParseError,
                    "comparator '" + comparatorText + "' must be <= or >=", "comparator");
        if (auto baseYear = f.optionalYear("base_year"))
            t.baseYear = *baseYear;
        if (auto priceBase = f.optionalYear("price_base_year"))
            t.priceBaseYear = *priceBase;
        t.variable = f.text("variable");
        if (auto number = f.optionalInteger("task_number"))
            t.taskNumber = *number;
        t.source = f.text("source");
        t.clause = f.text("clause");

        const bool isReduction =
            indicator == Indicator::WaterPerGdpReduction || indicator == Indicator::WaterPerIvaReduction;
        if (isReduction && t.baseYear == 0 && f.text("base_year").empty())
            f.error(ErrorCode::MissingData, "a reduction target needs its base_year", "base_year");
        if (isReduction && t.baseYear != 0 && t.year != 0 && t.baseYear >= t.year)
            f.error(ErrorCode::InvalidValue, "the base year must come before the target year", "base_year");

        // The dimension of the value: the indicator's, or for task milestones the unit's.
        std::optional<Dimension> dimension;
        const std::string unitText = f.text("unit");
        auto unit = UnitParser::parse(unitText);
        if (unit.hasError())
            f.error(ErrorCode::UnknownUnit, unit.error().message(), "unit");
        if (indicator == Indicator::TaskMilestone) {
            const auto name = VariableCatalog::parseTaskVariable(t.variable);
            if (!name)
                f.error(ErrorCode::UnknownVariable,
                        "a task-milestone target names its variable as task.<NN>.<name> (got '" + t.variable +
                            "')",
                        "variable");
            else if (t.taskNumber != name->taskNumber)
                f.error(ErrorCode::InvalidValue,
                        "task_number " + std::to_string(t.taskNumber) + " differs from the variable's task " +
                            std::to_string(name->taskNumber),
                        "task_number");
            if (auto it = taskDimensions.find(t.variable); it != taskDimensions.end())
                dimension = it->second;
            else if (unit.isOk() && VariableCatalog::isTaskVariableDimension(unit.value().dimension))
                dimension = unit.value().dimension;
            else if (unit.isOk())
                f.error(ErrorCode::UnitMismatch,
                        "unit '" + unit.value().symbol + "' cannot measure a key task", "unit");
        } else if (indicator) {
            dimension = IndicatorCatalog::info(*indicator).dimension;
            if (!t.variable.empty())
                f.error(ErrorCode::InvalidValue, "only task-milestone targets name a variable", "variable");
        }

        auto value = f.number("value");
        if (dimension && unit.isOk()) {
            if (unit.value().dimension != *dimension) {
                f.error(ErrorCode::UnitMismatch,
                        "unit '" + unit.value().symbol + "' is a " + dimensionId(unit.value().dimension) +
                            " unit, but this target needs a " + dimensionId(*dimension) + " unit",
                        "unit");
            } else if (value) {
                t.value = *value * unit.value().toBase;
                t.unit = unit.value().symbol;
                if (auto problem = ValueRules::magnitudeProblem(*dimension, t.value))
                    f.error(ErrorCode::InvalidValue, *problem, "value");
                else if (*dimension == Dimension::Fraction && (t.value < 0 || t.value > 1))
                    f.error(ErrorCode::InvalidValue,
                            "a rate or coefficient target must lie in [0, 1] (0–100 %)", "value");
                else if (*dimension != Dimension::Fraction && t.value < 0)
                    f.error(ErrorCode::InvalidValue, "the target value cannot be negative", "value");
                else if (indicator == Indicator::IrrigationCoefficient && t.value == 0)
                    f.error(ErrorCode::InvalidValue, "an irrigation coefficient target must lie in (0, 1]",
                            "value");
            }
        }
        if (m_report.totalCount() != errorsBefore)
            continue;
        if (t.indicator == Indicator::TaskMilestone)
            taskDimensions.emplace(t.variable, *dimension);
        targets.push_back(std::move(t));
    }
    if (m_report.hasErrors())
        return m_report.combined();
    return targets;
}

Status PlanTargetLoader::addTo(Dataset& dataset, const std::vector<PlanTarget>& targets) {
    Dataset copy = dataset;
    for (const PlanTarget& t : targets) {
        if (t.indicator == Indicator::TaskMilestone) {
            const auto unit = UnitParser::parse(t.unit);
            if (unit.isOk())
                if (auto st = copy.declareTaskVariable(t.variable, unit.value().dimension); st.hasError())
                    return st.error().locatedIn({.region = t.regionCode, .year = t.year});
        }
        if (auto st = copy.addTarget(t); st.hasError())
            return st;
    }
    dataset = std::move(copy);
    return okStatus();
}

} // namespace jieshui::core
