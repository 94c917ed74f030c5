// SPDX-License-Identifier: GPL-3.0-or-later
// How long an analyst waits: the full Qinzhou compliance report (14 A4 pages, 10 maps, 4 county sections)
// and the scorecard, key tasks and appendix as one XLSX workbook. Run by hand; figures in docs/benchmarks.md.
#include "output/ComplianceReport.h"
#include "output/ReportTables.h"
#include "output/XlsxWriter.h"
#include "store/EmbeddedProject.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace jieshui;

namespace {

struct Qinzhou {
    store::ProjectData project = store::EmbeddedProject::qinzhou().value();
    core::EvaluationService service{project.dataset, project.scenarios, project.allocations};
};

Qinzhou& qinzhou() {
    static Qinzhou q;
    return q;
}

void BM_FullQinzhouReport(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const output::ComplianceReport report(qinzhou().project, qinzhou().service);
    output::ReportOptions options;
    options.language =
        output::ReportLanguage(state.range(0) == 0 ? QStringLiteral("zh") : QStringLiteral("en"));
    int pages = 0;
    for (auto _ : state) {
        auto written = report.write(options, path);
        if (written.hasError()) {
            state.SkipWithError(written.error().toString().c_str());
            return;
        }
        pages = written.value().pages;
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_FullQinzhouReport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_QinzhouTablesAsXlsx(benchmark::State& state) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    const core::ScenarioResult result = qinzhou().service.evaluate().value();
    for (auto _ : state) {
        const output::ReportTables tables(result, qinzhou().project.dataset, output::ReportLanguage());
        const auto written = output::XlsxWriter::write(
            {tables.scorecard(0, true), tables.keyTasks(), tables.evidence()}, path);
        benchmark::DoNotOptimize(written.isOk());
    }
}
BENCHMARK(BM_QinzhouTablesAsXlsx)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
