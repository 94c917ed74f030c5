// SPDX-License-Identifier: GPL-3.0-or-later
// The probability of meeting each target (issue 12): 10,000 Monte Carlo draws of the shipped Qinzhou project's
// baseline — every uncertain input of data/qinzhou/uncertainty.csv (≈1,900 statistics and the driver ranges),
// the projection to 2035 and every target and county judged in each draw, plus the one-at-a-time sensitivity of
// every input — on one thread and on two; goal: under a second on one core. The variants without sensitivity
// and with the fans of the window's trajectory chart show what each part costs.
// Run: jieshui_core_bench --benchmark_filter=Uncertainty --benchmark_min_time=2
// (wall time is the figure for the two-thread runs: CPU time counts only the calling thread)
#include "io/ProjectDirectoryLoader.h"
#include "report/EvaluationService.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <set>
#include <stdexcept>

using namespace jieshui::core;

namespace {

const LoadedProject& qinzhou() {
    static const LoadedProject project = [] {
        ProjectDirectoryLoader loader;
        auto loaded = loader.load(std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou");
        if (loaded.hasError())
            throw std::runtime_error(loaded.error().toString());
        return std::move(loaded).value();
    }();
    return project;
}

/** The fans the window asks for: every indicator with a city target, for the city and each county. */
std::vector<TrajectoryRequest> windowFans(const Dataset& dataset) {
    std::set<Indicator> indicators;
    for (const PlanTarget& t : dataset.targets())
        if (t.indicator != Indicator::TaskMilestone && t.regionCode == dataset.root()->code)
            indicators.insert(t.indicator);
    std::vector<TrajectoryRequest> out;
    for (Indicator i : indicators) {
        out.push_back({i, dataset.root()->code});
        for (const Region* c : dataset.children(dataset.root()->code))
            if (c->kind == RegionKind::County)
                out.push_back({i, c->code});
    }
    return out;
}

void run(benchmark::State& state, bool sensitivity, bool fans) {
    const LoadedProject& p = qinzhou();
    const EvaluationService service(p.dataset, p.scenarios, p.allocations);
    UncertaintyOptions options;
    options.draws = 10000;
    options.threads = static_cast<unsigned>(state.range(0));
    options.sensitivity = sensitivity;
    if (fans)
        options.trajectories = windowFans(p.dataset);
    std::size_t inputs = 0;
    for (auto _ : state) {
        auto result = service.uncertainty("baseline", p.uncertainty, options);
        if (result.hasError())
            throw std::runtime_error(result.error().toString());
        inputs = result.value().inputs().size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["inputs"] = static_cast<double>(inputs);
    state.counters["draws/s"] = benchmark::Counter(10000.0 * static_cast<double>(state.iterations()),
                                                   benchmark::Counter::kIsRate);
}

void BM_Uncertainty10kDraws(benchmark::State& state) {
    run(state, true, false);
}
void BM_Uncertainty10kDrawsNoSensitivity(benchmark::State& state) {
    run(state, false, false);
}
void BM_Uncertainty10kDrawsWithWindowFans(benchmark::State& state) {
    run(state, true, true);
}

} // namespace

BENCHMARK(BM_Uncertainty10kDraws)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Uncertainty10kDrawsNoSensitivity)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Uncertainty10kDrawsWithWindowFans)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
