// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's panels at the screen sizes users have, in Chinese and English: none scrolls sideways in its
// dock (the tables scroll within themselves), and the difference map has a usable size.
#include "AllocationEditor.h"
#include "MainWindow.h"
#include "MapPreview.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioComparisonPanel.h"
#include "ScenarioManager.h"
#include "StoreProjectRepository.h"
#include "i18n/Translators.h"

#include <QDockWidget>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

struct Screen {
    QSize size;
    const char* language;
};

class PlannerLayout : public ::testing::TestWithParam<Screen> {
protected:
    void TearDown() override {
        i18n::removeTranslators(*QCoreApplication::instance());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QDockWidget* dockOf(MainWindow& window, QWidget* panel) {
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->widget() && dock->widget()->isAncestorOf(panel))
            return dock;
    return nullptr;
}

} // namespace

TEST_P(PlannerLayout, panelsNeverScrollSidewaysAndTheDifferenceMapIsUsable) {
    const Screen screen = GetParam();
    const QString language = QString::fromLatin1(screen.language);
    i18n::removeTranslators(*QCoreApplication::instance());
    i18n::installTranslators(*QCoreApplication::instance(), language);
    QLocale::setDefault(
        QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.resize(screen.size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.resetLayout();
    window.controller()->setScenario(QStringLiteral("strict-saving"));
    PlannerActions* planner = window.plannerActions();
    planner->allocationEditor()->setYear(2035);
    planner->comparison()->compare(QStringLiteral("baseline"),
                                   {QStringLiteral("strict-saving"), QStringLiteral("high-growth")}, 2035);
    for (QWidget* panel : std::initializer_list<QWidget*>{
             planner->scenarioManager(), planner->allocationEditor(), planner->comparison()}) {
        QDockWidget* dock = dockOf(window, panel);
        ASSERT_NE(dock, nullptr);
        dock->show();
        dock->raise();
        QTest::qWait(100);
        auto* area = qobject_cast<QScrollArea*>(dock->widget());
        ASSERT_NE(area, nullptr) << panel->metaObject()->className();
        // Then the panel fits the dock's width: no sideways scrolling, nothing cut at the right edge
        EXPECT_EQ(area->horizontalScrollBar()->maximum(), 0)
            << panel->metaObject()->className() << " needs " << panel->minimumSizeHint().width()
            << " px in a dock " << area->viewport()->width() << " px wide (" << screen.language << ")";
    }
    // And the difference map, on its tab, is at least 240 × 300 pixels
    planner->comparison()->viewTabs()->setCurrentIndex(1);
    QTest::qWait(50);
    const QSize map = planner->comparison()->mapPreview()->size();
    EXPECT_GE(map.width(), 240) << screen.language;
    EXPECT_GE(map.height(), 300) << screen.language;
}

INSTANTIATE_TEST_SUITE_P(Screens, PlannerLayout,
                         ::testing::Values(Screen{QSize(1366, 768), "zh"}, Screen{QSize(1366, 768), "en"},
                                           Screen{QSize(1920, 1080), "zh"}, Screen{QSize(1920, 1080), "en"}),
                         [](const ::testing::TestParamInfo<Screen>& screen) {
                             return std::string(screen.param.language) + "_" +
                                    std::to_string(screen.param.size.width());
                         });
