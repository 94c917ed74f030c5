// SPDX-License-Identifier: GPL-3.0-or-later
// Engine speed (product quality bar): the whole Qinzhou set well under 1 ms, 2,843 counties well under
// 100 ms. Run: jieshui_core_bench --benchmark_min_time=0.2
#include "SyntheticDataset.h"
#include "engine/Evaluator.h"

#include <benchmark/benchmark.h>

using namespace jieshui;
using namespace jieshui::core;

namespace {

constexpr Indicator kIndicators[] = {Indicator::TotalWaterUse,
                                     Indicator::TotalWaterUseAssessment,
                                     Indicator::WaterPerGdp,
                                     Indicator::WaterPerGdpReduction,
                                     Indicator::WaterPerIva,
                                     Indicator::WaterPerIvaReduction,
                                     Indicator::IrrigationCoefficient,
                                     Indicator::IndustrialReuseRate,
                                     Indicator::LeakageRateComprehensive,
                                     Indicator::LeakageRate};

const Dataset& qinzhou() {
    static const Dataset d = bench::SyntheticDataset::qinzhouLike();
    return d;
}
const Dataset& counties2843() {
    static const Dataset d = bench::SyntheticDataset::counties(2843);
    return d;
}

std::vector<std::string> regionCodes(const Dataset& d, RegionKind kind) {
    std::vector<std::string> out;
    for (const Region& r : d.regions())
        if (r.kind == kind)
            out.push_back(r.code);
    return out;
}

/** Every indicator × region × year, one compute() each. */
void computeEverything(benchmark::State& state, const Dataset& d, const std::vector<std::string>& regions) {
    const Evaluator evaluator(d);
    std::size_t ok = 0;
    for (auto _ : state) {
        ok = 0;
        for (const std::string& region : regions)
            for (Indicator indicator : kIndicators)
                for (int y = bench::SyntheticDataset::firstYear; y <= bench::SyntheticDataset::lastYear;
                     ++y) {
                    auto r = evaluator.compute(indicator, region, y, 2015);
                    ok += r.isOk() ? 1 : 0;
                    benchmark::DoNotOptimize(r);
                }
    }
    state.counters["values"] = static_cast<double>(ok);
}

/** Every indicator × region as a 2015–2035 series. */
void computeSeries(benchmark::State& state, const Dataset& d, const std::vector<std::string>& regions) {
    const Evaluator evaluator(d);
    std::size_t ok = 0;
    for (auto _ : state) {
        ok = 0;
        for (const std::string& region : regions)
            for (Indicator indicator : kIndicators) {
                auto series = evaluator.computeSeries(indicator, region, bench::SyntheticDataset::firstYear,
                                                      bench::SyntheticDataset::lastYear, 2015);
                for (const auto& r : series)
                    ok += r.isOk() ? 1 : 0;
                benchmark::DoNotOptimize(series);
            }
    }
    state.counters["values"] = static_cast<double>(ok);
}

/** Every indicator × region × year as grids (the batch path). */
void computeGrid(benchmark::State& state, const Dataset& d, const std::vector<std::string>& regions) {
    const Evaluator evaluator(d);
    const std::vector<Indicator> indicators(std::begin(kIndicators), std::end(kIndicators));
    std::size_t ok = 0;
    for (auto _ : state) {
        auto grids = evaluator.computeGrid(indicators, regions, bench::SyntheticDataset::firstYear,
                                           bench::SyntheticDataset::lastYear, 2015);
        ok = 0;
        for (const auto& g : grids)
            for (const auto& c : g.cells)
                ok += c.isOk() ? 1 : 0;
        benchmark::DoNotOptimize(grids);
    }
    state.counters["values"] = static_cast<double>(ok);
}

void BM_QinzhouScorecard(benchmark::State& state) {
    const Evaluator evaluator(qinzhou());
    for (auto _ : state) {
        auto verdicts = evaluator.scorecard();
        benchmark::DoNotOptimize(verdicts);
    }
    state.counters["targets"] = static_cast<double>(qinzhou().targets().size());
}
BENCHMARK(BM_QinzhouScorecard)->Unit(benchmark::kMicrosecond);

void BM_QinzhouComputeEveryIndicatorRegionYear(benchmark::State& state) {
    std::vector<std::string> regions = regionCodes(qinzhou(), RegionKind::County);
    regions.insert(regions.begin(), "450700");
    computeEverything(state, qinzhou(), regions);
}
BENCHMARK(BM_QinzhouComputeEveryIndicatorRegionYear)->Unit(benchmark::kMicrosecond);

void BM_QinzhouSeriesEveryIndicatorRegion(benchmark::State& state) {
    std::vector<std::string> regions = regionCodes(qinzhou(), RegionKind::County);
    regions.insert(regions.begin(), "450700");
    computeSeries(state, qinzhou(), regions);
}
BENCHMARK(BM_QinzhouSeriesEveryIndicatorRegion)->Unit(benchmark::kMicrosecond);

void BM_QinzhouGridEveryIndicatorRegionYear(benchmark::State& state) {
    std::vector<std::string> regions = regionCodes(qinzhou(), RegionKind::County);
    regions.insert(regions.begin(), "450700");
    computeGrid(state, qinzhou(), regions);
}
BENCHMARK(BM_QinzhouGridEveryIndicatorRegionYear)->Unit(benchmark::kMicrosecond);

void BM_CountiesGridEveryIndicatorCountyYear(benchmark::State& state) {
    computeGrid(state, counties2843(), regionCodes(counties2843(), RegionKind::County));
}
BENCHMARK(BM_CountiesGridEveryIndicatorCountyYear)->Unit(benchmark::kMillisecond);

void BM_CountiesComputeEveryIndicatorCountyYear(benchmark::State& state) {
    computeEverything(state, counties2843(), regionCodes(counties2843(), RegionKind::County));
}
BENCHMARK(BM_CountiesComputeEveryIndicatorCountyYear)->Unit(benchmark::kMillisecond);

void BM_CountiesSeriesEveryIndicatorCounty(benchmark::State& state) {
    computeSeries(state, counties2843(), regionCodes(counties2843(), RegionKind::County));
}
BENCHMARK(BM_CountiesSeriesEveryIndicatorCounty)->Unit(benchmark::kMillisecond);

/** The compliance map: the 10 plan targets applied to every county. */
void BM_CountiesJudgeRegionsForThePlan(benchmark::State& state) {
    const Dataset& d = counties2843();
    const Evaluator evaluator(d);
    const std::vector<std::string> regions = regionCodes(d, RegionKind::County);
    Dataset plan = bench::SyntheticDataset::qinzhouLike();
    std::vector<PlanTarget> targets;
    for (const PlanTarget& t : plan.targets())
        if (t.regionCode == "450700")
            targets.push_back(t);
    for (auto _ : state) {
        for (const PlanTarget& t : targets) {
            auto verdicts = evaluator.judgeRegions(t, regions);
            benchmark::DoNotOptimize(verdicts);
        }
    }
}
BENCHMARK(BM_CountiesJudgeRegionsForThePlan)->Unit(benchmark::kMillisecond);

void BM_CountiesEvaluatorConstruction(benchmark::State& state) {
    const Dataset& d = counties2843();
    for (auto _ : state) {
        Evaluator evaluator(d);
        benchmark::DoNotOptimize(evaluator);
    }
}
BENCHMARK(BM_CountiesEvaluatorConstruction)->Unit(benchmark::kMillisecond);

} // namespace
