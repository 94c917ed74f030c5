// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/UncertaintyModel.h"

#include "model/Dataset.h"
#include "model/Variable.h"
#include "scenario/ScenarioSet.h"

#include <algorithm>

namespace jieshui::core {

namespace {

bool yearOk(int year) {
    return year == 0 || (year >= 1900 && year <= 2200);
}

std::optional<Error> checkYears(int from, int to, const ErrorLocation& where, const std::string& what) {
    if (!yearOk(from) || !yearOk(to))
        return Error(ErrorCode::InvalidValue, what + ": years must lie in 1900–2200 (0 = open)", where);
    if (from != 0 && to != 0 && from > to)
        return Error(ErrorCode::InvalidValue,
                     what + ": the first year " + std::to_string(from) + " is after the last " + std::to_string(to),
                     where);
    return std::nullopt;
}

} // namespace

bool StatisticUncertaintyRule::matches(const std::string& variableId, const std::string& region, int year) const {
    return (variable.empty() || variable == variableId) && (regionCode.empty() || regionCode == region) &&
           (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
}

int StatisticUncertaintyRule::specificity() const {
    return (variable.empty() ? 0 : 4) + (regionCode.empty() ? 0 : 2) + (fromYear != 0 || toYear != 0 ? 1 : 0);
}

UncertaintyModel::UncertaintyModel()
    : m_defaults{standardDefault(ProvenanceKind::Sourced), standardDefault(ProvenanceKind::Estimate),
                 standardDefault(ProvenanceKind::Projected)} {}

InputUncertainty UncertaintyModel::standardDefault(ProvenanceKind kind) {
    switch (kind) {
    case ProvenanceKind::Sourced:
        return {DistributionKind::Normal, SpreadKind::Relative, 0.03};
    case ProvenanceKind::Estimate:
        return {DistributionKind::Normal, SpreadKind::Relative, 0.10};
    case ProvenanceKind::Projected:
        return {DistributionKind::Normal, SpreadKind::Relative, 0.15};
    }
    return {};
}

UncertaintyModel::Resolution UncertaintyModel::resolve(const Statistic& statistic, Dimension dimension) const {
    if (dimension == Dimension::Flag)
        return {};
    int best = -1;
    int bestSpecificity = -1;
    for (std::size_t i = 0; i < m_statisticRules.size(); ++i) {
        const StatisticUncertaintyRule& rule = m_statisticRules[i];
        if (!rule.matches(statistic.variable, statistic.regionCode, statistic.year))
            continue;
        // A key-task quantity is uncertain only where a rule names it.
        if (rule.variable.empty() && VariableCatalog::isTaskVariable(statistic.variable))
            continue;
        if (rule.specificity() >= bestSpecificity) {
            best = static_cast<int>(i);
            bestSpecificity = rule.specificity();
        }
    }
    if (best >= 0)
        return {m_statisticRules[static_cast<std::size_t>(best)].uncertainty, best};
    if (VariableCatalog::isTaskVariable(statistic.variable))
        return {};
    return {provenanceDefault(statistic.provenance.kind), -1};
}

std::vector<Error> UncertaintyModel::validate(const Dataset& dataset, const std::vector<Scenario>& scenarios) const {
    std::vector<Error> problems;
    for (ProvenanceKind kind : {ProvenanceKind::Sourced, ProvenanceKind::Estimate, ProvenanceKind::Projected})
        if (auto st = provenanceDefault(kind).check(); st.hasError())
            problems.push_back(Error(ErrorCode::InvalidValue,
                                     std::string("the default uncertainty of ") + provenanceKindId(kind) +
                                         " values: " + st.error().message(),
                                     ErrorLocation{.field = "spread"}));

    for (std::size_t i = 0; i < m_statisticRules.size(); ++i) {
        const StatisticUncertaintyRule& rule = m_statisticRules[i];
        const std::string what = "statistics uncertainty rule " + std::to_string(i + 1);
        ErrorLocation where{.field = rule.variable, .region = rule.regionCode, .year = rule.fromYear};
        if (!rule.variable.empty() && !dataset.variableDimension(rule.variable))
            problems.push_back(
                Error(ErrorCode::UnknownVariable, what + ": unknown variable '" + rule.variable + "'", where));
        if (!rule.regionCode.empty() && dataset.region(rule.regionCode) == nullptr)
            problems.push_back(
                Error(ErrorCode::UnknownRegion, what + ": unknown region '" + rule.regionCode + "'", where));
        if (auto e = checkYears(rule.fromYear, rule.toYear, where, what))
            problems.push_back(*e);
        if (auto st = rule.uncertainty.check(); st.hasError())
            problems.push_back(Error(ErrorCode::InvalidValue, what + ": " + st.error().message(), where));
        if (rule.variable.empty() && rule.uncertainty.spreadKind == SpreadKind::Absolute)
            problems.push_back(Error(ErrorCode::InvalidValue,
                                     what + ": an absolute spread needs a variable (its unit depends on it)", where));
    }

    const ScenarioRegions regions = ScenarioRegions::fromDataset(dataset);
    for (std::size_t i = 0; i < m_driverRules.size(); ++i) {
        const DriverUncertaintyRule& rule = m_driverRules[i];
        const std::string what = "driver uncertainty rule " + std::to_string(i + 1);
        ErrorLocation where{.field = driverId(rule.driver), .region = rule.regionCode, .year = rule.fromYear};
        if (!rule.scenario.empty() &&
            std::none_of(scenarios.begin(), scenarios.end(), [&](const Scenario& s) { return s.name == rule.scenario; }))
            problems.push_back(
                Error(ErrorCode::InvalidValue, what + ": the project has no scenario '" + rule.scenario + "'", where));
        const bool county = std::find(regions.countyCodes.begin(), regions.countyCodes.end(), rule.regionCode) !=
                            regions.countyCodes.end();
        if (!county && rule.regionCode != regions.cityCode)
            problems.push_back(Error(ErrorCode::UnknownRegion,
                                     what + ": drivers are per county or for the whole city; '" + rule.regionCode +
                                         "' is neither",
                                     where));
        if (auto e = checkYears(rule.fromYear, rule.toYear, where, what))
            problems.push_back(*e);
        if (auto st = rule.uncertainty.check(); st.hasError())
            problems.push_back(Error(ErrorCode::InvalidValue, what + ": " + st.error().message(), where));
    }
    return problems;
}

} // namespace jieshui::core
