// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ScenarioEvaluation.h"

#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"
#include "scenario/TrendEstimator.h"

namespace jieshui::core {

ScenarioEvaluation::ScenarioEvaluation(const Dataset& observed, const std::vector<Scenario>& scenarios)
    : m_observed(observed), m_scenarios(scenarios) {}

std::vector<std::string> ScenarioEvaluation::scenarioNames() const {
    std::vector<std::string> names;
    for (const auto& s : m_scenarios)
        if (s.parent.empty())
            names.push_back(s.name);
    for (const auto& s : m_scenarios)
        if (!s.parent.empty())
            names.push_back(s.name);
    if (names.empty())
        names.emplace_back("baseline");
    return names;
}

Result<ScenarioRun> ScenarioEvaluation::run(std::string_view scenario, EvaluationOptions options,
                                            int horizonYear) const {
    std::string name(scenario);
    if (name.empty())
        name = scenarioNames().front();
    options.scenario = name;

    ScenarioRun out;
    out.scenario = name;
    if (m_scenarios.empty()) {
        if (name != "baseline")
            return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
        out.dataset = m_observed;
    } else {
        ScenarioSet set(ScenarioRegions::fromDataset(m_observed));
        set.setScenarios(m_scenarios);
        if (auto problems = set.validate(); !problems.empty())
            return problems.front();
        if (set.scenario(name) == nullptr)
            return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
        TrendOptions trendOptions;
        trendOptions.horizonYear = horizonYear;
        auto trend = TrendEstimator(m_observed).estimate(trendOptions);
        if (trend.hasError())
            return trend.error();
        set.setBaseline(trend.value().drivers);
        out.notes = trend.value().notes;
        ProjectionOptions projection;
        projection.horizonYear = horizonYear;
        auto projected = Projector(m_observed, set).project(name, projection);
        if (projected.hasError())
            return projected.error();
        out.dataset = std::move(projected).value();
    }
    out.verdicts = Evaluator(out.dataset).scorecard(options);
    return out;
}

} // namespace jieshui::core
