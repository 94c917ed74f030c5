// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the probability views on the embedded Qinzhou project for docs/images when
// JIESHUI_SCREENSHOT_DIR is set (run under xvfb-run for the platform's fonts and style): the whole window at
// 1920×1080 and 1366×768 in Chinese and English, the fan chart and the probability map.
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "render/MapExporter.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "TrajectoryChart.h"
#include "UncertaintyController.h"
#include "UncertaintyPanel.h"
#include "i18n/Translators.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

void raiseDockOf(MainWindow& window, QWidget* widget) {
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->widget() == widget || dock->widget()->isAncestorOf(widget))
            dock->raise();
}

void shoot(const QString& language, QSize size, const QString& prefix, bool parts) {
    i18n::removeTranslators(*QCoreApplication::instance());
    i18n::installTranslators(*QCoreApplication::instance(), language);
    QLocale::setDefault(
        QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ProjectController* controller = window.controller();
    controller->setIndicator(core::Indicator::TotalWaterUse);
    controller->setYear(2035);
    controller->uncertainty()->run();
    controller->uncertainty()->waitForFinished();
    ASSERT_NE(controller->uncertainty()->result(), nullptr) << controller->uncertainty()->problem().toStdString();
    window.uncertaintyPanel()->probabilityMapAction()->setChecked(true);
    raiseDockOf(window, window.uncertaintyPanel());
    controller->setSelectedRegion(QStringLiteral("450721"));
    QTest::qWait(300);
    window.mapCanvas()->waitForRender();
    QTest::qWait(200);
    const QDir dir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR"));
    EXPECT_TRUE(window.grab().save(dir.filePath(prefix + QStringLiteral(".png"))));
    if (!parts)
        return;
    // The fan of the city's total water use to 2035, on its own.
    controller->setSelectedRegion(QString());
    QTest::qWait(300);
    window.trajectoryChart()->resize(900, 520);
    EXPECT_TRUE(window.trajectoryChart()->grab().save(dir.filePath(QStringLiteral("fan-chart-%1.png").arg(language))));
    // The probability map of the 2020 leakage target, exported as a page with its legend.
    controller->setIndicator(core::Indicator::LeakageRate);
    controller->setYear(2020);
    QTest::qWait(300);
    window.mapCanvas()->waitForRender();
    render::ExportOptions options;
    options.size = QSize(1200, 900);
    options.decorations.language = language;
    options.decorations.title = window.mapPresenter()->themeDescription();
    auto page = render::MapExporter::renderPage(window.mapCanvas()->document(), options);
    ASSERT_TRUE(page.isOk()) << page.error().toString();
    EXPECT_TRUE(page.value().save(dir.filePath(QStringLiteral("probability-map-%1.png").arg(language))));
    EXPECT_TRUE(window.uncertaintyPanel()->grab().save(dir.filePath(QStringLiteral("tornado-%1.png").arg(language))));
}

} // namespace

TEST(UncertaintyScreenshot, writesTheProbabilityViews) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    shoot(QStringLiteral("zh"), {1920, 1080}, QStringLiteral("probability-window-zh-1920"), true);
    shoot(QStringLiteral("en"), {1920, 1080}, QStringLiteral("probability-window-en-1920"), true);
    shoot(QStringLiteral("zh"), {1366, 768}, QStringLiteral("probability-window-zh-1366"), false);
    shoot(QStringLiteral("en"), {1366, 768}, QStringLiteral("probability-window-en-1366"), false);
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
