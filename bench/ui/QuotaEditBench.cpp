// SPDX-License-Identifier: GPL-3.0-or-later
// How long a quota edit takes to reach the repainted map: the window on the embedded Qinzhou project at
// 1920×1080 (offscreen platform), strict saving's 2035 split, 钦南区's quota typed in the quota editor —
// one undo command, the scenario re-evaluated by the service, every dock refreshed, the map document
// rebuilt, rendered off the UI thread, and painted. The bar (product.md) is one frame, 16 ms.
#include "AllocationEditor.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>
#include <benchmark/benchmark.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

struct Workbench {
    MainWindow window{std::make_unique<StoreProjectRepository>()};
    AllocationEditor* editor = nullptr;
    MapCanvas* canvas = nullptr;
    double quota = 3e8;

    Workbench() {
        if (window.controller()->openEmbedded().hasError())
            return;
        window.resize(1920, 1080);
        window.show();
        QApplication::processEvents();
        window.controller()->setScenario(QStringLiteral("strict-saving"));
        editor = window.plannerActions()->allocationEditor();
        editor->setYear(2035);
        canvas = window.mapCanvas();
        canvas->waitForRender();
    }
    /** Alternates 3 and 5 亿m³ so that 钦南区 flips between at risk and met on every edit. */
    void edit() {
        quota = quota == 3e8 ? 5e8 : 3e8;
        editor->setQuota(QStringLiteral("450702"), quota);
    }
};

Workbench& workbench() {
    static Workbench instance;
    return instance;
}

void BM_QuotaEditToRepaintedMap(benchmark::State& state) {
    Workbench& w = workbench();
    if (!w.editor) {
        state.SkipWithError("the embedded project did not open");
        return;
    }
    for (auto _ : state) {
        w.edit();
        w.canvas->waitForRender();
        w.canvas->repaint(); // the new image on screen
    }
    // The maps of both quotas as the edits draw them, to compare before and after a speed change pixel by
    // pixel.
    if (const QString dir = qEnvironmentVariable("JIESHUI_BENCH_IMAGE_DIR"); !dir.isEmpty()) {
        for (int i = 0; i < 2; ++i) {
            w.edit();
            w.canvas->waitForRender();
            w.canvas->renderedImage().save(
                QDir(dir).filePath(QStringLiteral("QuotaEditMap_%1.png").arg(w.quota / 1e8)));
        }
    }
    w.window.controller()->undoStack()->clear();
}
BENCHMARK(BM_QuotaEditToRepaintedMap)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

void BM_QuotaEditRecolouringTheRecycledMap(benchmark::State& state) {
    // The render job draws over a map it delivered a few renders back, only where that map differs.
    // Alternating one county's quota, that map often already shows the wanted colours and is reused whole;
    // here 钦南区's and 钦北区's quotas take turns, so that the recycled map never shows the new colours and
    // every edit draws a rectangle anew (measured: 钦南区's, about a fifth of the map, on every render).
    Workbench& w = workbench();
    if (!w.editor) {
        state.SkipWithError("the embedded project did not open");
        return;
    }
    const QString qinbei = QStringLiteral("450703");
    double qinbeiQuota = 50e8;
    int step = 0;
    for (auto _ : state) {
        if (step++ % 2 == 0) {
            w.edit();
        } else {
            qinbeiQuota = qinbeiQuota == 50e8 ? 0.5e8 : 50e8;
            w.editor->setQuota(qinbei, qinbeiQuota);
        }
        w.canvas->waitForRender();
        w.canvas->repaint();
    }
    w.window.controller()->undoStack()->clear();
}
BENCHMARK(BM_QuotaEditRecolouringTheRecycledMap)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime();

void BM_QuotaEditOnTheUiThread(benchmark::State& state) {
    // The synchronous part: command, evaluation, every dock and the map document (the render then runs
    // on its own thread).
    Workbench& w = workbench();
    if (!w.editor) {
        state.SkipWithError("the embedded project did not open");
        return;
    }
    for (auto _ : state) {
        w.edit();
        state.PauseTiming();
        w.canvas->waitForRender();
        state.ResumeTiming();
    }
    w.window.controller()->undoStack()->clear();
}
BENCHMARK(BM_QuotaEditOnTheUiThread)->Unit(benchmark::kMillisecond);

void BM_ScenarioEvaluation(benchmark::State& state) {
    // The evaluation alone (EvaluationService::evaluate of strict saving): the part the edit cannot skip.
    Workbench& w = workbench();
    if (!w.editor) {
        state.SkipWithError("the embedded project did not open");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(w.window.controller()->service().evaluate("strict-saving"));
}
BENCHMARK(BM_ScenarioEvaluation)->Unit(benchmark::kMillisecond);

void BM_GoalSeekOfThe2035Cap(benchmark::State& state) {
    Workbench& w = workbench();
    if (!w.editor) {
        state.SkipWithError("the embedded project did not open");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(w.window.controller()->service().goalSeek("high-growth", "QZ-2035-TOTAL"));
}
BENCHMARK(BM_GoalSeekOfThe2035Cap)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
