// SPDX-License-Identifier: GPL-3.0-or-later
// How long the core loaders take on the shipped Qinzhou project (data/qinzhou), read from memory so that
// the figure is the parsing and checking, not the disk.
#include "io/CsvReader.h"
#include "io/MemoryFileProvider.h"
#include "io/ProjectDirectoryLoader.h"
#include "io/StatisticsLoader.h"

#include <benchmark/benchmark.h>
#include <filesystem>

using namespace jieshui::core;

namespace {

const std::filesystem::path kDir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";

MemoryFileProvider shippedProject() {
    MemoryFileProvider files;
    for (const char* name :
         {"project.csv", "regions.csv", "irrigation_districts.csv", "statistics.csv", "plan_targets.csv",
          "tasks.csv", "task_milestones.csv", "scenarios.csv", "scenario_overrides.csv", "allocations.csv"}) {
        auto text = CsvReader::readFile(kDir / name);
        if (text.isOk())
            files.set(name, std::move(text).value());
    }
    return files;
}

void loadWholeProject(benchmark::State& state) {
    const MemoryFileProvider files = shippedProject();
    for (auto _ : state) {
        ProjectDirectoryLoader loader;
        auto project = loader.load(files);
        if (project.hasError()) {
            state.SkipWithError(project.error().toString().c_str());
            break;
        }
        benchmark::DoNotOptimize(project);
    }
}
BENCHMARK(loadWholeProject)->Unit(benchmark::kMillisecond);

void parseStatisticsCsv(benchmark::State& state) {
    const MemoryFileProvider files = shippedProject();
    const std::string text = files.read("statistics.csv").isOk() ? files.read("statistics.csv").value() : "";
    std::size_t records = 0;
    for (auto _ : state) {
        auto table = CsvReader::parse(text, "statistics.csv");
        records = table.isOk() ? table.value().records().size() : 0;
        benchmark::DoNotOptimize(table);
    }
    state.counters["records"] = static_cast<double>(records);
}
BENCHMARK(parseStatisticsCsv)->Unit(benchmark::kMicrosecond);

void loadStatistics(benchmark::State& state) {
    ProjectDirectoryLoader base;
    MemoryFileProvider files = shippedProject();
    const std::string text = files.read("statistics.csv").isOk() ? files.read("statistics.csv").value() : "";
    files.remove("statistics.csv");
    auto project = base.load(files);
    if (project.hasError()) {
        state.SkipWithError(project.error().toString().c_str());
        return;
    }
    for (auto _ : state) {
        StatisticsLoader loader(project.value().dataset);
        auto rows = loader.fromText(text, "statistics.csv");
        benchmark::DoNotOptimize(rows);
    }
}
BENCHMARK(loadStatistics)->Unit(benchmark::kMicrosecond);

} // namespace
