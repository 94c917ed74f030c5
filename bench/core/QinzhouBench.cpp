// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on the shipped Qinzhou project (data/qinzhou: 49 regions, 1,889 statistics, 35 targets, three
// scenarios), against the goals of issue 12 (CPU time, one core): one scenario evaluation — projection to
// 2035 and every target judged — ≤ 10 µs (≥ 100,000 a second, near-linear on two threads); the grid of every
// indicator × region × year ≤ 0.1 ms; goal seek on a cap ≤ 0.2 ms.
// Run: jieshui_core_bench --benchmark_filter=QinzhouReal --benchmark_min_time=0.5
#include "engine/Evaluator.h"
#include "io/ProjectDirectoryLoader.h"
#include "report/EvaluationService.h"
#include "scenario/GoalSeeker.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioModel.h"
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
    std::shared_ptr<const CompiledProject> compiled;
    std::unique_ptr<Projector> projector;

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
        compiled = CompiledProject::compile(project.dataset);
        projector = std::make_unique<Projector>(compiled, *scenarios);
    }
    std::vector<const Allocation*> allocations() const {
        std::vector<const Allocation*> out;
        for (const Allocation& a : project.allocations)
            out.push_back(&a);
        return out;
    }
};

/** A scenario's projection and the engine over it, without a copy of the data. */
struct ProjectedScenario {
    Projection projection;
    ValueOverlay overlay;
    std::unique_ptr<Evaluator> engine;
    explicit ProjectedScenario(const Qinzhou& q, const std::string& name)
        : projection(q.projector->projectSeries(name).value()), overlay(q.projector->overlayLayout()) {
        overlay.setTable(projection.data(), projection.firstYear(), projection.lastYear());
        engine = std::make_unique<Evaluator>(q.compiled, &overlay);
    }
};

const Qinzhou& qinzhou() {
    static const Qinzhou q;
    return q;
}

const std::string kScenario = "high-growth";

/** The path before the compiled form: the projection written into a copy of the dataset, then the scorecard. */
void BM_QinzhouRealScenarioEvaluationViaDatasetCopy(benchmark::State& state) {
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
BENCHMARK(BM_QinzhouRealScenarioEvaluationViaDatasetCopy)->Unit(benchmark::kMicrosecond);

/**
 * One scenario evaluation, numbers only (ScenarioModel: what Monte Carlo runs): the projection to 2035 into
 * the scratch buffer, every target judged (35) and every city target applied to the four counties (40).
 * With two threads each has its own scratch; items/s = evaluations a second over both.
 */
void BM_QinzhouRealScenarioEvaluation(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    static const ScenarioModel model = [&] {
        ScenarioModel::Options options;
        options.allocations = q.allocations();
        return ScenarioModel::create(*q.projector, kScenario, options).value();
    }();
    ScenarioModel::Scratch scratch = model.scratch();
    for (auto _ : state) {
        const bool ok = model.evaluate(scratch);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(scratch.targets().data());
    }
    state.counters["targets"] = static_cast<double>(model.targets().size());
    state.counters["county_verdicts"] = static_cast<double>(scratch.counties().size());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QinzhouRealScenarioEvaluation)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QinzhouRealScenarioEvaluation)->Unit(benchmark::kMicrosecond)->Threads(2)->UseRealTime();

/** The definition exactly: the projection to 2035 and every target judged (no county verdicts). */
void BM_QinzhouRealScenarioEvaluationTargetsOnly(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    static const ScenarioModel model = [&] {
        ScenarioModel::Options options;
        options.judgeCounties = false;
        return ScenarioModel::create(*q.projector, kScenario, options).value();
    }();
    ScenarioModel::Scratch scratch = model.scratch();
    for (auto _ : state) {
        const bool ok = model.evaluate(scratch);
        benchmark::DoNotOptimize(ok);
        benchmark::DoNotOptimize(scratch.targets().data());
    }
    state.counters["targets"] = static_cast<double>(model.targets().size());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QinzhouRealScenarioEvaluationTargetsOnly)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QinzhouRealScenarioEvaluationTargetsOnly)->Unit(benchmark::kMicrosecond)->Threads(2)->UseRealTime();

/** The same with a Monte Carlo draw: four statistics of the last observed year and GDP growth perturbed. */
void BM_QinzhouRealScenarioEvaluationPerturbed(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    ScenarioModel::Options options;
    options.allocations = q.allocations();
    const ScenarioModel model = ScenarioModel::create(*q.projector, kScenario, options).value();
    PerturbationPlan plan;
    for (const std::string& county : q.scenarios->regions().countyCodes)
        plan.statistics.push_back({.regionCode = county, .variable = "water.industry", .year = 2022});
    plan.drivers.push_back({.regionCode = q.scenarios->regions().cityCode, .driver = Driver::GdpRealGrowth});
    ScenarioModel::Scratch scratch = model.scratch(model.prepare(plan).value());
    std::size_t i = 0;
    for (auto _ : state) {
        for (std::size_t k = 0; k + 1 < scratch.inputs().size(); ++k)
            scratch.inputs()[k] = 0.9 + 0.001 * static_cast<double>((i + k) % 200);
        scratch.inputs().back() = -0.01 + 0.0001 * static_cast<double>(i % 200);
        ++i;
        const bool ok = model.evaluate(scratch);
        benchmark::DoNotOptimize(ok);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_QinzhouRealScenarioEvaluationPerturbed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_QinzhouRealScenarioEvaluationPerturbed)->Unit(benchmark::kMicrosecond)->Threads(2)->UseRealTime();

/** What the window shows: the projection into a buffer and every target judged with its explanation. */
void BM_QinzhouRealScenarioScorecardWithText(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    ProjectedScenario s(q, kScenario);
    const ResolvedDrivers drivers = q.projector->resolveDrivers(kScenario, q.projector->lastObservedYear(), 2035).value();
    EvaluationOptions options;
    options.scenario = kScenario;
    for (auto _ : state) {
        Projector::run(q.projector->start(), drivers, q.projector->hasCity(), s.projection);
        auto card = s.engine->scorecard(options);
        benchmark::DoNotOptimize(card);
    }
}
BENCHMARK(BM_QinzhouRealScenarioScorecardWithText)->Unit(benchmark::kMicrosecond);

/**
 * The evaluation service, as the window calls it after an edit of a driver: the scenario projected and
 * every target and every county verdict judged with its explanation (the trend is cached by the service).
 */
void BM_QinzhouRealServiceEvaluate(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const EvaluationService service(q.project.dataset, q.project.scenarios, q.project.allocations);
    for (auto _ : state) {
        auto result = service.evaluate(kScenario);
        if (result.hasError())
            state.SkipWithError(result.error().toString().c_str());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_QinzhouRealServiceEvaluate)->Unit(benchmark::kMicrosecond);

/** Every indicator × city and county × year 2015–2035 of one scenario (observed and projected years). */
void BM_QinzhouRealGrid(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    const ProjectedScenario s(q, kScenario);
    const Evaluator& evaluator = *s.engine;
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
    const ProjectedScenario s(q, kScenario);
    const Evaluator& evaluator = *s.engine;
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

/** The same on the project compiled once (what the evaluation service does): only the 14 projections. */
void BM_QinzhouRealGoalSeekCapCompiled(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    int evaluations = 0;
    for (auto _ : state) {
        auto r = GoalSeeker::seekTotalUseCap(*q.projector, "baseline", 2035, hundredMillionCubicMetres(12.0));
        evaluations = r.isOk() ? r.value().evaluations : -1;
        benchmark::DoNotOptimize(r);
    }
    state.counters["projections"] = evaluations;
}
BENCHMARK(BM_QinzhouRealGoalSeekCapCompiled)->Unit(benchmark::kMicrosecond);

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

void BM_QinzhouRealGoalSeekTargetCompiled(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    PlanTarget cap;
    for (const PlanTarget& t : q.project.dataset.targets())
        if (t.id == "QZ-2035-TOTAL")
            cap = t;
    cap.value = hundredMillionCubicMetres(12.0).value();
    for (auto _ : state) {
        auto r = GoalSeeker::seekTarget(*q.projector, "baseline", cap);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_QinzhouRealGoalSeekTargetCompiled)->Unit(benchmark::kMicrosecond);

/** Compiling the project (once per change of the observed data). */
void BM_QinzhouRealCompile(benchmark::State& state) {
    const Qinzhou& q = qinzhou();
    for (auto _ : state)
        benchmark::DoNotOptimize(CompiledProject::compile(q.project.dataset));
}
BENCHMARK(BM_QinzhouRealCompile)->Unit(benchmark::kMicrosecond);

} // namespace
