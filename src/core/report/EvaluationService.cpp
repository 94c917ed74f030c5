// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/EvaluationService.h"

#include "model/PlanYears.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"
#include "scenario/WaterLedger.h"

#include <algorithm>
#include <set>

namespace jieshui::core {

EvaluationService::EvaluationService(const Dataset& observed, const std::vector<Scenario>& scenarios,
                                     const std::vector<Allocation>& allocations, EvaluationSettings settings)
    : m_observed(observed), m_scenarios(scenarios), m_allocations(allocations), m_settings(settings) {}

void EvaluationService::observedChanged() {
    const std::lock_guard lock(m_trendMutex);
    m_trend.reset();
}

std::vector<std::string> EvaluationService::scenarioNames() const {
    std::vector<std::string> names;
    names.reserve(m_scenarios.size());
    for (const Scenario& s : m_scenarios)
        names.push_back(s.name);
    return names;
}

std::string EvaluationService::defaultScenario() const {
    for (const Scenario& s : m_scenarios)
        if (s.parent.empty())
            return s.name;
    return m_scenarios.empty() ? std::string() : m_scenarios.front().name;
}

const Allocation* EvaluationService::allocationFor(std::string_view scenario, int year) const {
    const auto own = [&](std::string_view name) -> const Allocation* {
        for (const Allocation& a : m_allocations)
            if (a.year == year && a.scenario == name)
                return &a;
        return nullptr;
    };
    // Walk up the inheritance chain; the visited set stops a cycle (validate() reports it elsewhere).
    std::set<std::string, std::less<>> visited;
    std::string_view name = scenario;
    while (!name.empty() && visited.insert(std::string(name)).second) {
        if (const Allocation* a = own(name))
            return a;
        const auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                                     [&](const Scenario& s) { return s.name == name; });
        if (it == m_scenarios.end())
            break;
        name = it->parent;
    }
    return own(std::string_view()); // stored without a scenario: the project's own split
}

int EvaluationService::baseYear() const {
    const int year = PlanYears::of(m_observed).baseYear;
    return year != 0 ? year : 2015;
}

int EvaluationService::horizonYear() const {
    if (m_settings.horizonYear != 0)
        return m_settings.horizonYear;
    const int last = PlanYears::of(m_observed).lastYear;
    return last != 0 ? last : 2035;
}

Result<TrendEstimate> EvaluationService::trend() const {
    std::shared_ptr<const Result<TrendEstimate>> cached;
    {
        const std::lock_guard lock(m_trendMutex);
        if (!m_trend) {
            TrendOptions options;
            options.horizonYear = horizonYear();
            m_trend =
                std::make_shared<const Result<TrendEstimate>>(TrendEstimator(m_observed).estimate(options));
        }
        cached = m_trend;
    }
    return *cached;
}

Result<ScenarioResult> EvaluationService::evaluate(std::string_view scenario) const {
    std::string name(scenario.empty() ? defaultScenario() : std::string(scenario));
    if (m_scenarios.empty()) {
        if (!name.empty())
            return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
        return evaluateObserved();
    }
    ScenarioSet set(ScenarioRegions::fromDataset(m_observed));
    set.setScenarios(m_scenarios);
    if (auto problems = set.validate(); !problems.empty())
        return problems.front();
    if (set.scenario(name) == nullptr)
        return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
    auto estimate = trend();
    if (estimate.hasError())
        return estimate.error();
    set.setBaseline(estimate.value().drivers);
    ProjectionOptions projection;
    projection.horizonYear = horizonYear();
    const Projector projector(m_observed, set);
    auto series = projector.projectSeries(name, projection);
    if (series.hasError())
        return series.error();
    auto data = std::make_shared<Dataset>(m_observed);
    if (auto st = Projector::apply(series.value(), *data); st.hasError())
        return st.error();
    ScenarioResult result = judge(name, std::move(data), series.value().firstYear() - 1);
    result.m_notes = estimate.value().notes;
    return result;
}

Result<ScenarioResult> EvaluationService::evaluateObserved() const {
    // The observed dataset itself, without a copy: an aliasing pointer that owns nothing.
    std::shared_ptr<const Dataset> data(std::shared_ptr<const Dataset>(), &m_observed);
    return judge(std::string(), std::move(data), 0);
}

ScenarioResult EvaluationService::judge(std::string scenario, std::shared_ptr<const Dataset> data,
                                        int lastObservedYear) const {
    ScenarioResult out;
    out.m_scenario = std::move(scenario);
    out.m_lastObservedYear = lastObservedYear;
    out.m_baseYear = baseYear();
    out.m_observed = &m_observed;
    out.m_evaluator = std::make_shared<const Evaluator>(*data, m_settings.engine);
    out.m_data = std::move(data);

    std::set<int> allocationYears;
    for (const Allocation& a : m_allocations)
        allocationYears.insert(a.year);
    for (int year : allocationYears)
        if (const Allocation* a = allocationFor(out.m_scenario, year))
            out.m_allocations.push_back(*a);

    EvaluationOptions options;
    options.scenario = out.m_scenario;
    options.atRiskMargin = m_settings.atRiskMargin;
    options.assessmentScopeForCaps = m_settings.assessmentScopeForCaps;
    out.m_verdicts = out.m_evaluator->scorecard(options);

    std::vector<std::string> counties;
    for (const Region* county : m_observed.regionsOfKind(RegionKind::County))
        counties.push_back(county->code);
    const Region* root = m_observed.root();
    out.m_countyVerdicts.resize(out.m_verdicts.size());
    for (std::size_t i = 0; i < out.m_verdicts.size(); ++i) {
        const PlanTarget& target = out.m_verdicts[i].target;
        if (root == nullptr || target.regionCode != root->code ||
            target.indicator == Indicator::TaskMilestone || counties.empty())
            continue;
        options.year = target.year;
        out.m_countyVerdicts[i] =
            out.m_evaluator->judgeRegions(target, counties, options, out.allocation(target.year));
    }
    return out;
}

} // namespace jieshui::core
