// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario speed: the planner sees a recomputation as she types, so one projection of Qinzhou must take
// well under 1 ms, and projection + scorecard (a "scenario evaluation") not much more.
// Run: jieshui_core_bench --benchmark_filter=Scenario --benchmark_min_time=0.2
#include "SyntheticDataset.h"
#include "engine/Evaluator.h"
#include "scenario/GoalSeeker.h"
#include "scenario/Projector.h"
#include "scenario/QuotaAllocator.h"
#include "scenario/TrendEstimator.h"

#include <benchmark/benchmark.h>
#include <stdexcept>

using namespace jieshui;
using namespace jieshui::core;

namespace {

constexpr int lastObserved = 2022;

/** The synthetic dataset cut at 2022: the years after are what the scenarios project. */
Dataset observedOnly(Dataset d) {
    std::vector<std::tuple<std::string, std::string, int>> future;
    for (const Statistic* s : d.statistics())
        if (s->year > lastObserved)
            future.emplace_back(s->regionCode, s->variable, s->year);
    for (const auto& [region, variable, year] : future)
        d.removeStatistic(region, variable, year);
    return d;
}

/** Scenarios like the shipped ones: baseline (trend), strict saving, high growth with a county override. */
struct Fixture {
    Dataset observed;
    ScenarioSet scenarios;

    explicit Fixture(Dataset d)
        : observed(observedOnly(std::move(d))), scenarios(ScenarioRegions::fromDataset(observed)) {
        auto trend = TrendEstimator(observed).estimate({.lastYear = lastObserved});
        if (trend.hasError())
            throw std::runtime_error(trend.error().toString());
        scenarios.setBaseline(trend.value().drivers);
        const std::string city = scenarios.regions().cityCode;
        const std::string first = scenarios.regions().countyCodes.front();
        check(scenarios.addScenario({.name = "baseline"}));
        check(scenarios.addScenario(
            {.name = "strict-saving",
             .parent = "baseline",
             .overrides = {
                 {.regionCode = city,
                  .driver = Driver::IrrigationCoefficient,
                  .fromYear = 2023,
                  .value = 0.55},
                 {.regionCode = city, .driver = Driver::LeakageRate, .fromYear = 2023, .value = 0.08},
                 {.regionCode = city, .driver = Driver::AgricultureIntensityChange, .value = -0.035},
                 {.regionCode = city, .driver = Driver::IndustryIntensityChange, .value = -0.07},
                 {.regionCode = city, .driver = Driver::DomesticIntensityChange, .value = -0.065}}}));
        check(scenarios.addScenario(
            {.name = "high-growth",
             .parent = "strict-saving",
             .overrides = {{.regionCode = city, .driver = Driver::GdpRealGrowth, .value = 0.075},
                           {.regionCode = first, .driver = Driver::IvaRealGrowth, .value = 0.12}}}));
    }
    static void check(const Status& s) {
        if (s.hasError())
            throw std::runtime_error(s.error().toString());
    }
};

const Fixture& qinzhou() {
    static const Fixture f(bench::SyntheticDataset::qinzhouLike());
    return f;
}
const Fixture& counties2843() {
    static const Fixture f(bench::SyntheticDataset::counties(2843));
    return f;
}

const ProjectionOptions options{.horizonYear = 2035, .lastObservedYear = lastObserved};

void projectSeries(benchmark::State& state, const Fixture& f) {
    const Projector projector(f.observed, f.scenarios);
    for (auto _ : state) {
        auto p = projector.projectSeries("high-growth", options);
        if (p.hasError())
            state.SkipWithError(p.error().toString().c_str());
        benchmark::DoNotOptimize(p);
    }
    state.SetItemsProcessed(state.iterations());
}

void projectDataset(benchmark::State& state, const Fixture& f) {
    const Projector projector(f.observed, f.scenarios);
    for (auto _ : state) {
        auto d = projector.project("high-growth", options);
        if (d.hasError())
            state.SkipWithError(d.error().toString().c_str());
        benchmark::DoNotOptimize(d);
    }
    state.SetItemsProcessed(state.iterations());
}

/** Live recalculation: the projection written over the same keys of a working copy kept between edits. */
void projectIntoWorkingCopy(benchmark::State& state, const Fixture& f) {
    const Projector projector(f.observed, f.scenarios);
    Dataset working = f.observed;
    for (auto _ : state) {
        auto p = projector.projectSeries("high-growth", options);
        auto st = Projector::apply(p.value(), working);
        if (st.hasError())
            state.SkipWithError(st.error().toString().c_str());
        benchmark::DoNotOptimize(working);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ScenarioQinzhouProjectSeries(benchmark::State& state) {
    projectSeries(state, qinzhou());
}
BENCHMARK(BM_ScenarioQinzhouProjectSeries)->Unit(benchmark::kMicrosecond);

void BM_ScenarioQinzhouProjectDataset(benchmark::State& state) {
    projectDataset(state, qinzhou());
}
BENCHMARK(BM_ScenarioQinzhouProjectDataset)->Unit(benchmark::kMicrosecond);

void BM_ScenarioQinzhouProjectIntoWorkingCopy(benchmark::State& state) {
    projectIntoWorkingCopy(state, qinzhou());
}
BENCHMARK(BM_ScenarioQinzhouProjectIntoWorkingCopy)->Unit(benchmark::kMicrosecond);

/** One "scenario evaluation": project into a dataset, then the engine's full scorecard on it. */
void BM_ScenarioQinzhouProjectAndScorecard(benchmark::State& state) {
    const Fixture& f = qinzhou();
    const Projector projector(f.observed, f.scenarios);
    std::size_t verdicts = 0;
    for (auto _ : state) {
        auto d = projector.project("high-growth", options);
        const Evaluator evaluator(d.value());
        auto card = evaluator.scorecard({.scenario = "high-growth"});
        verdicts = card.size();
        benchmark::DoNotOptimize(card);
    }
    state.counters["verdicts"] = static_cast<double>(verdicts);
    state.SetItemsProcessed(state.iterations()); // items/s = scenario evaluations per second
}
BENCHMARK(BM_ScenarioQinzhouProjectAndScorecard)->Unit(benchmark::kMicrosecond);

void BM_ScenarioQinzhouGoalSeekTotalCap(benchmark::State& state) {
    const Fixture& f = qinzhou();
    int evaluations = 0;
    for (auto _ : state) {
        auto r = GoalSeeker::seekTotalUseCap(f.observed, f.scenarios, "baseline", 2035,
                                             hundredMillionCubicMetres(12.0));
        evaluations = r.isOk() ? r.value().evaluations : -1;
        benchmark::DoNotOptimize(r);
    }
    state.counters["projections"] = evaluations;
}
BENCHMARK(BM_ScenarioQinzhouGoalSeekTotalCap)->Unit(benchmark::kMicrosecond);

/** The same cap judged by the engine on a projected dataset at every step (14 × project + judge). */
void BM_ScenarioQinzhouGoalSeekTargetViaEngine(benchmark::State& state) {
    const Fixture& f = qinzhou();
    PlanTarget cap;
    for (const PlanTarget& t : f.observed.targets())
        if (t.indicator == Indicator::TotalWaterUse && t.year == 2035)
            cap = t;
    cap.value = hundredMillionCubicMetres(12.0).value();
    for (auto _ : state) {
        auto r = GoalSeeker::seekTarget(f.observed, f.scenarios, "baseline", cap);
        if (r.hasError())
            state.SkipWithError(r.error().toString().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ScenarioQinzhouGoalSeekTargetViaEngine)->Unit(benchmark::kMillisecond);

void BM_ScenarioQinzhouTrendEstimate(benchmark::State& state) {
    const Fixture& f = qinzhou();
    for (auto _ : state) {
        auto t = TrendEstimator(f.observed).estimate({.lastYear = lastObserved});
        benchmark::DoNotOptimize(t);
    }
}
BENCHMARK(BM_ScenarioQinzhouTrendEstimate)->Unit(benchmark::kMicrosecond);

void BM_ScenarioCountiesProjectSeries(benchmark::State& state) {
    projectSeries(state, counties2843());
}
BENCHMARK(BM_ScenarioCountiesProjectSeries)->Unit(benchmark::kMillisecond);

void BM_ScenarioCountiesProjectDataset(benchmark::State& state) {
    projectDataset(state, counties2843());
}
BENCHMARK(BM_ScenarioCountiesProjectDataset)->Unit(benchmark::kMillisecond);

void BM_ScenarioCountiesProjectIntoWorkingCopy(benchmark::State& state) {
    projectIntoWorkingCopy(state, counties2843());
}
BENCHMARK(BM_ScenarioCountiesProjectIntoWorkingCopy)->Unit(benchmark::kMillisecond);

void BM_ScenarioCountiesProjectorConstruction(benchmark::State& state) {
    const Fixture& f = counties2843();
    for (auto _ : state) {
        Projector projector(f.observed, f.scenarios);
        benchmark::DoNotOptimize(projector);
    }
}
BENCHMARK(BM_ScenarioCountiesProjectorConstruction)->Unit(benchmark::kMillisecond);

/** The root's 2022 cap split among 2,843 counties by equal intensity reduction (base 2015). */
void BM_ScenarioCountiesAllocateEqualIntensity(benchmark::State& state) {
    const Fixture& f = counties2843();
    const QuotaAllocator allocator(f.observed);
    for (auto _ : state) {
        auto a = allocator.allocate({.parentRegion = "100000",
                                     .year = 2022,
                                     .cap = hundredMillionCubicMetres(6000.0).value(),
                                     .method = AllocationMethod::EqualIntensityReduction});
        if (a.hasError())
            state.SkipWithError(a.error().toString().c_str());
        benchmark::DoNotOptimize(a);
    }
}
BENCHMARK(BM_ScenarioCountiesAllocateEqualIntensity)->Unit(benchmark::kMillisecond);

} // namespace
