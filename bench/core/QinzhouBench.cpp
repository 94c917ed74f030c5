// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on the shipped Qinzhou project (data/qinzhou: 49 regions, 1,889 statistics, 35 targets, three
// scenarios), against the goals of issue 12 (CPU time, one core): one scenario evaluation — projection to
// 2035 and every target judged — ≤ 10 µs (≥ 100,000 a second, near-linear on two threads); the grid of every
// indicator × region × year ≤ 0.1 ms; goal seek on a cap ≤ 0.2 ms.
// Run: jieshui_core_bench --benchmark_filter=QinzhouReal --benchmark_min_time=0.5
#include "engine/Evaluator.h"
#include "io/ProjectDirectoryLoader.h"
#include "report/ScenarioEvaluation.h"
#include "scenario/GoalSeeker.h"
#include "scenario/Projector.h"
#include "scenario/TrendEstimator.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <memory>
#include <stdexcept>

using namespace jieshui::core;

namespace {

const std::filesystem::path kDir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
const std::vector<Indicator> kIndicators{Indicator::TotalWaterUse,
                                         Indicator::TotalWaterUseAssessment,
                                         Indicator::WaterPerGdp,
                                         Indicator::WaterPerGdpReduction,
                                         Indicator::WaterPerIva,
                                         Indicator::WaterPerIvaReduction,
                                         Indicator::IrrigationCoefficient,
                                         Indicator::IndustrialReuseRate,
                                         Indicator::LeakageRateComprehensive,
                                         Indicator::LeakageRate};

/** The project, its scenario set with the baseline trend, and the city with its counties. */
struct Qinzhou {
    LoadedProject project;
    std::unique_ptr<ScenarioSet> scenarios;
    std::vector<std::string> cityAndCounties;

    Qinzhou() {
        ProjectDirectoryLoader loader;
        auto loaded = loader.load(kDir);
        if (loaded.hasError())
            throw std::runtime_error(loaded.error().toString());
        project = std::move(loaded).value();
        scenarios = std::make_unique<ScenarioSet>(ScenarioRegions::fromDataset(project.dataset));
        scenarios->setScenarios(project.scenarios);
        auto trend = TrendEstimator(project.dataset).estimate();
        if (trend.hasError())
            throw std::runtime_error(trend.error().toString());
        scenarios->setBaseline(trend.value().drivers);
        cityAndCounties.push_back(scenarios->regions().cityCode);
        for (const std::string& c : scenarios->regions().countyCodes)
            cityAndCounties.push_back(c);
    }
};

const Qinzhou& qinzhou() {
    static const Qinzhou q;
    return q;
}

const std::string kScenario = "high-growth";

/** One scenario evaluation: the projection to 2035 and every target judged. */
void BM_QinzhouRealScenarioEvaluation(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const Projector projector(q.project.dataset, *q.scenarios);
    EvaluationOptions options;
    options.scenario = kScenario;
    std::size_t verdicts = 0;
    for (auto _ : state) {
        auto projected = projector.project(kScenario);
        const Evaluator evaluator(projected.value());
        auto card = evaluator.scorecard(options);
        verdicts = card.size();
        benchmark::DoNotOptimize(card);
    }
    state.counters["targets"] = static_cast<double>(verdicts);
    state.SetItemsProcessed(state.iterations()); // items/s = scenario evaluations a second
}
BENCHMARK(BM_QinzhouRealScenarioEvaluation)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QinzhouRealScenarioEvaluation)->Unit(benchmark::kMicrosecond)->Threads(2)->UseRealTime();

/** The whole pipeline a front end calls: trend estimate, projection, scorecard. */
void BM_QinzhouRealPipelineRun(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const ScenarioEvaluation pipeline(q.project.dataset, q.project.scenarios);
    for (auto _ : state) {
        auto run = pipeline.run(kScenario);
        if (run.hasError())
            state.SkipWithError(run.error().toString().c_str());
        benchmark::DoNotOptimize(run);
    }
}
BENCHMARK(BM_QinzhouRealPipelineRun)->Unit(benchmark::kMicrosecond);

/** Every indicator × city and county × year 2015–2035 of one scenario (observed and projected years). */
void BM_QinzhouRealGrid(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const Projector projector(q.project.dataset, *q.scenarios);
    const Dataset projected = projector.project(kScenario).value();
    const Evaluator evaluator(projected);
    std::size_t values = 0;
    for (auto _ : state) {
        auto grids = evaluator.computeGrid(kIndicators, q.cityAndCounties, 2015, 2035, 2015);
        values = 0;
        for (const auto& g : grids)
            for (const auto& c : g.cells)
                values += c.isOk() ? 1 : 0;
        benchmark::DoNotOptimize(grids);
    }
    state.counters["values"] = static_cast<double>(values);
}
BENCHMARK(BM_QinzhouRealGrid)->Unit(benchmark::kMicrosecond);

/** Every city target applied to the four counties (the compliance maps of the whole plan), one scenario. */
void BM_QinzhouRealCountyVerdicts(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const Projector projector(q.project.dataset, *q.scenarios);
    const Dataset projected = projector.project(kScenario).value();
    const Evaluator evaluator(projected);
    const std::vector<std::string> counties = q.scenarios->regions().countyCodes;
    std::vector<const PlanTarget*> cityTargets;
    for (const PlanTarget& t : q.project.dataset.targets())
        if (t.regionCode == q.scenarios->regions().cityCode)
            cityTargets.push_back(&t);
    const Allocation* allocation2035 = nullptr;
    for (const Allocation& a : q.project.allocations)
        if (a.year == 2035)
            allocation2035 = &a;
    for (auto _ : state) {
        for (const PlanTarget* t : cityTargets) {
            auto verdicts = evaluator.judgeRegions(*t, counties, {}, t->year == 2035 ? allocation2035 : nullptr);
            benchmark::DoNotOptimize(verdicts);
        }
    }
    state.counters["verdicts"] = static_cast<double>(cityTargets.size() * counties.size());
}
BENCHMARK(BM_QinzhouRealCountyVerdicts)->Unit(benchmark::kMicrosecond);

/** Goal seek on the 2035 cap (12 亿m³, assessment scope) through the projection. */
void BM_QinzhouRealGoalSeekCap(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    int evaluations = 0;
    for (auto _ : state) {
        auto r = GoalSeeker::seekTotalUseCap(q.project.dataset, *q.scenarios, "baseline", 2035,
                                             hundredMillionCubicMetres(12.0));
        evaluations = r.isOk() ? r.value().evaluations : -1;
        benchmark::DoNotOptimize(r);
    }
    state.counters["projections"] = evaluations;
}
BENCHMARK(BM_QinzhouRealGoalSeekCap)->Unit(benchmark::kMicrosecond);

/** Goal seek on the 2035 cap judged by the engine at every step. */
void BM_QinzhouRealGoalSeekTarget(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    PlanTarget cap;
    for (const PlanTarget& t : q.project.dataset.targets())
        if (t.id == "QZ-2035-TOTAL")
            cap = t;
    cap.value = hundredMillionCubicMetres(12.0).value();
    int evaluations = 0;
    for (auto _ : state) {
        auto r = GoalSeeker::seekTarget(q.project.dataset, *q.scenarios, "baseline", cap);
        if (r.hasError())
            state.SkipWithError(r.error().toString().c_str());
        else
            evaluations = r.value().evaluations;
        benchmark::DoNotOptimize(r);
    }
    state.counters["evaluations"] = evaluations;
}
BENCHMARK(BM_QinzhouRealGoalSeekTarget)->Unit(benchmark::kMicrosecond);

} // namespace
