// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/EvaluationService.h"

#include "engine/CompiledProject.h"
#include "model/PlanYears.h"
#include "model/Variable.h"
#include "report/GoalSeekPlanner.h"
#include "scenario/Projector.h"
#include "scenario/QuotaAllocator.h"
#include "scenario/ScenarioModel.h"
#include "scenario/ScenarioSet.h"
#include "uncertainty/MonteCarlo.h"
#include "uncertainty/UncertainInputs.h"

#include <algorithm>
#include <set>

namespace jieshui::core {

EvaluationService::EvaluationService(const Dataset& observed, const std::vector<Scenario>& scenarios,
                                     const std::vector<Allocation>& allocations, EvaluationSettings settings)
    : m_observed(observed), m_scenarios(scenarios), m_allocations(allocations), m_settings(settings) {}

void EvaluationService::observedChanged() {
    const std::lock_guard lock(m_mutex);
    m_derived = {};
}

EvaluationService::Derived EvaluationService::derived(bool withTrend) const {
    const std::lock_guard lock(m_mutex);
    if (!m_derived.compiled)
        m_derived.compiled = CompiledProject::compile(m_observed, m_settings.engine);
    if (withTrend && !m_derived.trend) {
        TrendOptions options;
        options.horizonYear = horizonYear();
        m_derived.trend = std::make_shared<const Result<TrendEstimate>>(
            TrendEstimator(m_derived.compiled).estimate(options));
    }
    return m_derived;
}

std::shared_ptr<const CompiledProject> EvaluationService::compiled() const {
    return derived(false).compiled;
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

Status EvaluationService::fillScenarioSet(const std::string& name, ScenarioSet& set) const {
    set.setScenarios(m_scenarios);
    if (auto problems = set.validate(); !problems.empty())
        return problems.front();
    if (set.scenario(name) == nullptr)
        return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
    return okStatus();
}

Result<ScenarioResult> EvaluationService::evaluate(std::string_view scenario) const {
    std::string name(scenario.empty() ? defaultScenario() : std::string(scenario));
    if (m_scenarios.empty()) {
        if (!name.empty())
            return Error(ErrorCode::InvalidValue, "the project has no scenario '" + name + "'");
        return evaluateObserved();
    }
    ScenarioSet set(ScenarioRegions::fromDataset(m_observed));
    if (auto st = fillScenarioSet(name, set); st.hasError())
        return st.error();
    const Derived data = derived(true);
    const Result<TrendEstimate>& estimate = *data.trend;
    if (estimate.hasError()) {
        // Nothing to project from (no county has a current-price GDP yet, as in a project just made from
        // boundaries): the observed years are still judged, and the result says why nothing was projected.
        if (estimate.error().code() == ErrorCode::MissingData &&
            estimate.error().location().field == var::GdpCurrent &&
            estimate.error().location().region.empty()) {
            ScenarioResult observed = judge(name, data.compiled, nullptr, nullptr);
            observed.m_notes.push_back({"nothing was projected: no county has a current-price GDP "
                                        "(econ.gdp_current); the observed years are judged",
                                        "未作预测：各县区均无现价地区生产总值（econ.gdp_current），仅评价已观测年份"});
            return observed;
        }
        return estimate.error();
    }
    set.setBaseline(estimate.value().drivers);
    ProjectionOptions projection;
    projection.horizonYear = horizonYear();
    const Projector projector(data.compiled, set);
    auto series = projector.projectSeries(name, projection);
    if (series.hasError())
        return series.error();
    ScenarioResult result =
        judge(name, data.compiled, std::make_shared<const Projection>(std::move(series).value()),
              &projector.overlayLayout());
    result.m_notes = estimate.value().notes;
    return result;
}

Result<ScenarioResult> EvaluationService::evaluateObserved() const {
    return judge(std::string(), derived(false).compiled, nullptr, nullptr);
}

ScenarioResult EvaluationService::judge(std::string scenario, std::shared_ptr<const CompiledProject> compiled,
                                        std::shared_ptr<const Projection> projection,
                                        const ValueOverlay* layout) const {
    ScenarioResult out;
    out.m_scenario = std::move(scenario);
    out.m_lastObservedYear = projection ? projection->firstYear() - 1 : 0;
    out.m_baseYear = baseYear();
    out.m_project = std::move(compiled);
    if (projection && layout != nullptr) {
        auto overlay = std::make_shared<ValueOverlay>(*layout);
        overlay->setTable(projection->data(), projection->firstYear(), projection->lastYear());
        out.m_overlay = std::move(overlay);
        out.m_projection = std::move(projection);
    }
    out.m_evaluator = std::make_shared<const Evaluator>(out.m_project, out.m_overlay.get());

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
    for (const Region& region : out.m_project->regions())
        if (region.kind == RegionKind::County)
            counties.push_back(region.code);
    const RegionId root = out.m_project->root();
    out.m_countyVerdicts.resize(out.m_verdicts.size());
    for (std::size_t i = 0; i < out.m_verdicts.size(); ++i) {
        const PlanTarget& target = out.m_verdicts[i].target;
        if (root == kNoRegion || target.regionCode != out.m_project->regionCode(root) ||
            target.indicator == Indicator::TaskMilestone || counties.empty())
            continue;
        options.year = target.year;
        out.m_countyVerdicts[i] =
            out.m_evaluator->judgeRegions(target, counties, options, out.allocation(target.year));
    }
    return out;
}

Result<UncertaintyResult> EvaluationService::uncertainty(std::string_view scenario,
                                                         const UncertaintyModel& model,
                                                         const UncertaintyOptions& options,
                                                         Feedback* feedback) const {
    const std::string name(scenario.empty() ? defaultScenario() : std::string(scenario));
    if (m_scenarios.empty())
        return Error(
            ErrorCode::InvalidValue,
            "the probability of meeting the targets is computed for a scenario; the project has none");
    if (auto problems = model.validate(m_observed, m_scenarios); !problems.empty())
        return problems.front();
    // The same set, trend and projection as evaluate(), on the compiled engine's many-evaluations path.
    ScenarioSet set(ScenarioRegions::fromDataset(m_observed));
    if (auto st = fillScenarioSet(name, set); st.hasError())
        return st.error();
    const Derived data = derived(true);
    const Result<TrendEstimate>& estimate = *data.trend;
    if (estimate.hasError())
        return estimate.error();
    set.setBaseline(estimate.value().drivers);
    const Projector projector(data.compiled, set);

    ScenarioModel::Options modelOptions;
    modelOptions.horizonYear = horizonYear();
    modelOptions.evaluation.scenario = name;
    modelOptions.evaluation.atRiskMargin = m_settings.atRiskMargin;
    modelOptions.evaluation.assessmentScopeForCaps = m_settings.assessmentScopeForCaps;
    std::set<int> years;
    for (const PlanTarget& t : m_observed.targets())
        years.insert(t.year);
    for (int year : years)
        if (const Allocation* a = allocationFor(name, year))
            modelOptions.allocations.push_back(a);
    auto prepared = ScenarioModel::create(projector, name, modelOptions);
    if (prepared.hasError())
        return prepared.error();
    auto inputs =
        UncertainInputs::build(model, m_observed, set, name, projector.lastObservedYear() + 1, horizonYear());
    if (inputs.hasError())
        return inputs.error();
    return MonteCarlo::run(prepared.value(), inputs.value(), options, baseYear(), feedback);
}

Result<ScenarioResult> EvaluationService::evaluateVariant(const std::vector<Scenario>& variant,
                                                          std::string_view scenario) const {
    EvaluationService trial(m_observed, variant, m_allocations, m_settings);
    // The same observed data: the compiled form and the trend are shared, not made again.
    trial.m_derived = derived(true);
    return trial.evaluate(scenario);
}

Result<DriverOrigin> EvaluationService::driverOrigin(std::string_view scenario, std::string_view regionCode,
                                                     Driver driver, int year) const {
    ScenarioSet set(ScenarioRegions::fromDataset(m_observed));
    set.setScenarios(m_scenarios);
    const Derived data = derived(true);
    const Result<TrendEstimate>& estimate = *data.trend;
    if (estimate.hasError())
        return estimate.error();
    set.setBaseline(estimate.value().drivers);
    return set.effectiveOrigin(scenario, regionCode, driver, year);
}

namespace {

std::vector<std::string> countyCodes(const Dataset& dataset) {
    std::vector<std::string> codes;
    for (const Region* county : dataset.regionsOfKind(RegionKind::County))
        codes.push_back(county->code);
    return codes;
}

} // namespace

Result<Allocation> EvaluationService::allocate(std::string_view scenario, Allocation request) const {
    auto evaluated = m_scenarios.empty() && scenario.empty() ? evaluateObserved() : evaluate(scenario);
    if (evaluated.hasError())
        return evaluated.error();
    const ScenarioResult& result = evaluated.value();
    const Region* root = m_observed.root();
    if (request.parentRegion.empty() && root != nullptr)
        request.parentRegion = root->code;
    request.scenario = result.scenario();
    return QuotaAllocator(result.engine()).allocate(std::move(request), countyCodes(m_observed));
}

QuotaCheck EvaluationService::checkQuotas(const ScenarioResult& result, const Allocation& allocation) const {
    QuotaCheck out;
    out.allocation = allocation;
    const Region* root = m_observed.root();
    // The plan's cap of the year when there is one (its scope and wording), else the allocation's own
    // cap.
    PlanTarget cap{.indicator = Indicator::TotalWaterUse,
                   .regionCode = root != nullptr ? root->code : allocation.parentRegion,
                   .year = allocation.year,
                   .comparator = Comparator::AtMost,
                   .value = allocation.cap};
    for (Indicator indicator : {Indicator::TotalWaterUse, Indicator::TotalWaterUseAssessment})
        if (const auto index = result.cityTargetIndex(indicator, allocation.year); index && !out.planCap) {
            cap = result.verdicts()[*index].target;
            out.planCap = true;
        }
    EvaluationOptions options;
    options.scenario = result.scenario();
    options.year = allocation.year;
    options.atRiskMargin = m_settings.atRiskMargin;
    options.assessmentScopeForCaps = m_settings.assessmentScopeForCaps;
    const std::vector<std::string> counties = countyCodes(m_observed);
    const std::vector<Verdict> verdicts =
        result.m_evaluator->judgeRegions(cap, counties, options, &allocation);
    for (const AllocationShare& share : allocation.shares)
        out.sum += share.volume;
    out.remainder = allocation.cap - out.sum;
    for (std::size_t i = 0; i < counties.size(); ++i) {
        QuotaRow row{.regionCode = counties[i], .verdict = verdicts[i]};
        for (const AllocationShare& share : allocation.shares)
            if (share.regionCode == counties[i]) {
                row.quota = share.volume;
                row.share = allocation.cap > 0.0 ? share.volume / allocation.cap : 0.0;
                row.manual = share.manual;
            }
        out.rows.push_back(std::move(row));
    }
    return out;
}

Result<GoalSeekOutcome> EvaluationService::goalSeek(std::string_view scenario,
                                                    std::string_view targetId) const {
    return GoalSeekPlanner(*this).seek(scenario, targetId);
}

} // namespace jieshui::core
