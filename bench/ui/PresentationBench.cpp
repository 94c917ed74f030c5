// SPDX-License-Identifier: GPL-3.0-or-later
// A year step in presentation mode: the embedded Qinzhou project on the stage, full screen. Run under a
// real X server of the projector's size for figures that mean something:
//   xvfb-run -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb build/bench/ui/jieshui_ui_bench
// (offscreen otherwise, with an 800×600 screen). Wall-clock time: the map is drawn on a worker thread.
#include "MainWindow.h"
#include "MapCanvas.h"
#include "PresentationMode.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <benchmark/benchmark.h>
#include <iostream>
#include <memory>

using namespace jieshui;

namespace {

std::unique_ptr<ui::MainWindow> g_window; // destroyed before the application

ui::MainWindow& stage() {
    if (!g_window) {
        g_window = [] {
            auto w = std::make_unique<ui::MainWindow>(std::make_unique<ui::StoreProjectRepository>());
            if (w->controller()->openEmbedded().hasError())
                std::abort();
            w->controller()->setIndicator(core::Indicator::TotalWaterUse);
            w->controller()->setYear(2020);
            w->show();
            w->presentationMode()->setActive(true);
            // Without a window manager nobody makes the window full screen: the screen's size by hand.
            w->setGeometry(w->screen()->geometry());
            for (int i = 0; i < 20; ++i)
                QApplication::processEvents();
            w->mapCanvas()->waitForRender();
            std::cerr << "stage " << w->width() << "x" << w->height() << ", map " << w->mapCanvas()->width()
                      << "x" << w->mapCanvas()->height() << " on "
                      << QGuiApplication::platformName().toStdString() << "\n";
            return w;
        }();
    }
    return *g_window;
}

/** Page Down to the new year's map on screen: evaluation lookup, map document, render, first paint. */
void BM_YearStepToNewMap(benchmark::State& state) {
    ui::MainWindow& window = stage();
    ui::MapCanvas* canvas = window.mapCanvas();
    int year = 2020;
    for (auto _ : state) {
        year = year == 2020 ? 2022 : 2020; // two target years: compliance maps both
        QElapsedTimer timer;
        timer.start();
        window.controller()->setYear(year);
        canvas->waitForRender();
        canvas->repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) * 1e-9);
    }
    state.counters["map_px"] = double(canvas->width()) * canvas->height();
}
BENCHMARK(BM_YearStepToNewMap)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);

/** One frame of the fade between two years' maps: the canvas paints both images and the overlays. */
void BM_FadeFrame(benchmark::State& state) {
    ui::MainWindow& window = stage();
    ui::MapCanvas* canvas = window.mapCanvas();
    int year = 2020;
    for (auto _ : state) {
        state.PauseTiming();
        year = year == 2020 ? 2022 : 2020;
        window.controller()->setYear(year);
        canvas->waitForRender(); // the fade starts
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        canvas->repaint();
        state.SetIterationTime(double(timer.nsecsElapsed()) * 1e-9);
        if (!canvas->isFading())
            state.SkipWithError("the fade had ended before the frame was painted");
    }
}
BENCHMARK(BM_FadeFrame)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("JieshuiBench"));
    QSettings().clear();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_window.reset();
    return 0;
}
