// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the planner's views on the embedded Qinzhou project for docs/images when
// JIESHUI_SCREENSHOT_DIR is set (run under xvfb-run for the platform's fonts and style), at
// JIESHUI_SCREENSHOT_SIZE (default 1920x1080).
#include "AllocationEditor.h"
#include "GoalSeekDialog.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioComparisonPanel.h"
#include "ScenarioManager.h"
#include "StoreProjectRepository.h"
#include "i18n/Translators.h"

#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

void raiseDockOf(MainWindow& window, QWidget* widget) {
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->widget() == widget || dock->widget()->isAncestorOf(widget)) {
            dock->show();
            dock->raise();
        }
}

void save(QWidget& widget, const QString& file) {
    QTest::qWait(250);
    const QString path = QDir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR")).filePath(file);
    EXPECT_TRUE(widget.grab().save(path)) << path.toStdString();
}

/** The planner's views in @p language, or, when @p switchTo is given, after switching to it at run time. */
void shoot(const QString& language, QSize size, const QString& switchTo = QString()) {
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
    window
        .resetLayout(); // the docks as a first start lays them out for this size (MainWindow::showAtStartup)
    if (!switchTo.isEmpty())
        window.setLanguage(switchTo == QLatin1String("zh") ? QStringLiteral("zh_CN") : switchTo);
    const QString suffix =
        QStringLiteral("-%1-%2.png")
            .arg(switchTo.isEmpty() ? language : QStringLiteral("%1-to-%2").arg(language, switchTo))
            .arg(size.width());
    PlannerActions* planner = window.plannerActions();

    // The scenario manager on strict saving
    window.controller()->setScenario(QStringLiteral("strict-saving"));
    raiseDockOf(window, planner->scenarioManager());
    window.mapCanvas()->waitForRender();
    save(window, QStringLiteral("planner-scenarios") + suffix);

    // The quota editor on the 2035 cap of strict saving, with a hand-typed quota
    raiseDockOf(window, planner->allocationEditor());
    planner->allocationEditor()->setYear(2035);
    planner->allocationEditor()->setQuota(QStringLiteral("450702"), 3.0e8);
    QTest::qWait(200);
    window.mapCanvas()->waitForRender();
    save(window, QStringLiteral("planner-quotas") + suffix);
    window.controller()->undoStack()->undo();

    // The comparison of every scenario in 2035 with the difference map of total use
    raiseDockOf(window, planner->comparison());
    planner->comparison()->compare(QStringLiteral("baseline"),
                                   {QStringLiteral("strict-saving"), QStringLiteral("high-growth")}, 2035);
    planner->comparison()->setMapIndicator(core::Indicator::TotalWaterUse);
    planner->comparison()->setMapScenario(QStringLiteral("high-growth"));
    QTest::qWait(100);
    save(window, QStringLiteral("planner-compare") + suffix);
    // Its difference map, on its own tab
    planner->comparison()->viewTabs()->setCurrentIndex(1);
    QTest::qWait(100);
    save(window, QStringLiteral("planner-compare-map") + suffix);
    planner->comparison()->viewTabs()->setCurrentIndex(0);

    // What does it take? for the 2035 cap in high growth
    window.controller()->setScenario(QStringLiteral("high-growth"));
    GoalSeekDialog dialog(window.controller(), QStringLiteral("QZ-2035-TOTAL"), &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, QStringLiteral("planner-goal-seek") + suffix);
}

/** JIESHUI_SCREENSHOT_SIZE ("1366x768"), else 1920×1080. */
QSize screenshotSize() {
    const QStringList parts = qEnvironmentVariable("JIESHUI_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    return parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize(1920, 1080);
}

} // namespace

TEST(PlannerScreenshot, writesTheDocumentationImages) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    const QSize size = screenshotSize();
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")})
        shoot(language, size);
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST(PlannerScreenshot, writesThePlannersDocksAfterALanguageSwitch) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    const QSize size = screenshotSize();
    // Started in Chinese, switched to English: nothing of the Chinese may stay (issue 11).
    shoot(QStringLiteral("zh"), size, QStringLiteral("en"));
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
