// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the project file: new, save, open(+load), evaluate-and-write, for the embedded Qinzhou
// project and for Qinzhou with 100 scenarios (each with its own overrides and results).
#include "engine/Evaluator.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <iostream>
#include <map>

using namespace jieshui;
using store::ProjectData;
using store::ProjectFile;

namespace {

const ProjectData& qinzhou() {
    static const ProjectData data = [] {
        auto d = store::EmbeddedProject::qinzhou();
        if (d.hasError()) {
            std::cerr << d.error().toString() << '\n';
            std::exit(1);
        }
        return std::move(d.value());
    }();
    return data;
}

std::vector<core::Verdict> verdictsOf(const ProjectData& data, const std::string& scenario) {
    core::Evaluator evaluator(data.dataset);
    core::EvaluationOptions options;
    options.scenario = scenario;
    return evaluator.scorecard(options);
}

// Qinzhou plus scenarios up to 100 in all, each with two overrides and a full scorecard of results.
const ProjectData& hundredScenarios() {
    static const ProjectData data = [] {
        ProjectData d = qinzhou();
        const core::Scenario base = d.scenarios.back();
        for (int i = static_cast<int>(d.scenarios.size()); i < 100; ++i) {
            core::Scenario s = base;
            s.name = "variant-" + std::to_string(i);
            s.parent = "baseline";
            s.overrides.push_back({"450702", core::Driver::GdpRealGrowth, 2021, 0.05 + i * 1e-4});
            s.overrides.push_back({"450700", core::Driver::LeakageRate, 0, 0.09});
            d.scenarios.push_back(std::move(s));
        }
        d.results.clear();
        for (const auto& s : d.scenarios) {
            auto rows = ProjectFile::toResultRows(verdictsOf(d, s.name), "2026-01-01T00:00:00Z");
            d.results.insert(d.results.end(), rows.begin(), rows.end());
        }
        return d;
    }();
    return data;
}

const ProjectData& dataFor(int which) {
    return which == 0 ? qinzhou() : hundredScenarios();
}

void label(benchmark::State& state, const ProjectData& data) {
    state.SetLabel(std::string(state.range(0) == 0 ? "qinzhou" : "100-scenarios") + ", " +
                   std::to_string(data.dataset.statisticCount()) + " statistics, " +
                   std::to_string(data.results.size()) + " results");
}

void BM_New(benchmark::State& state) {
    const ProjectData& data = dataFor(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    int n = 0;
    for (auto _ : state) {
        const std::string path = dir.filePath(QStringLiteral("new-%1.gpkg").arg(n++)).toStdString();
        auto st = ProjectFile::create(path, data);
        if (st.hasError())
            state.SkipWithError(st.error().toString().c_str());
    }
    label(state, data);
}

void BM_Save(benchmark::State& state) {
    const ProjectData& data = dataFor(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("save.gpkg")).toStdString();
    if (auto st = ProjectFile::create(path, data); st.hasError())
        state.SkipWithError(st.error().toString().c_str());
    auto file = ProjectFile::open(path);
    if (file.hasError()) {
        state.SkipWithError(file.error().toString().c_str());
        return;
    }
    for (auto _ : state) {
        auto st = file.value().save(data);
        if (st.hasError())
            state.SkipWithError(st.error().toString().c_str());
    }
    label(state, data);
}

void BM_OpenAndLoad(benchmark::State& state) {
    const ProjectData& data = dataFor(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("open.gpkg")).toStdString();
    if (auto st = ProjectFile::create(path, data); st.hasError())
        state.SkipWithError(st.error().toString().c_str());
    for (auto _ : state) {
        auto file = ProjectFile::open(path, store::OpenMode::ReadWrite);
        if (file.hasError()) {
            state.SkipWithError(file.error().toString().c_str());
            break;
        }
        auto loaded = file.value().load();
        benchmark::DoNotOptimize(loaded);
    }
    label(state, data);
}

void BM_EvaluateAndWrite(benchmark::State& state) {
    const ProjectData& data = dataFor(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("eval.gpkg")).toStdString();
    if (auto st = ProjectFile::create(path, data); st.hasError())
        state.SkipWithError(st.error().toString().c_str());
    auto file = ProjectFile::open(path);
    if (file.hasError()) {
        state.SkipWithError(file.error().toString().c_str());
        return;
    }
    for (auto _ : state) {
        // Every scenario: judge all targets, then replace all results in one transaction.
        std::map<std::string, std::vector<core::Verdict>> byScenario;
        for (const auto& s : data.scenarios)
            byScenario[s.name] = verdictsOf(data, s.name);
        auto st = file.value().writeResults(byScenario);
        if (st.hasError())
            state.SkipWithError(st.error().toString().c_str());
    }
    label(state, data);
}

} // namespace

BENCHMARK(BM_New)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenAndLoad)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateAndWrite)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
