// SPDX-License-Identifier: GPL-3.0-or-later
// The map leads: layout rules of the window at the two screen sizes users have (1920×1080, 1366×768).
#include "DockLayout.h"
#include "IndicatorChooser.h"
#include "LessonPlayer.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapStage.h"
#include "PresentationMode.h"
#include "ProjectController.h"
#include "RegionDetailsPanel.h"
#include "StoreProjectRepository.h"
#include "TableFit.h"
#include "TrajectoryChart.h"
#include "YearStepper.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

class WindowLayout : public ::testing::TestWithParam<QSize> {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->resize(GetParam());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->resetLayout();
        QTest::qWait(50);
        window->mapCanvas()->waitForRender();
    }
    void TearDown() override { window->controller()->setReadOnly(true); }
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_P(WindowLayout, theWindowFitsTheScreenInBothModes) {
    const QSize screen = GetParam();
    EXPECT_LE(window->minimumSizeHint().width(), screen.width());
    EXPECT_LE(window->minimumSizeHint().height(), screen.height());
    EXPECT_EQ(window->size(), screen);
    // The stage (large stepper, verdicts, a lesson's caption, two maps) fits the screen as well
    window->presentationMode()->setActive(true);
    ASSERT_TRUE(window->lessonPlayer()->start(0));
    window->lessonPlayer()->goTo(window->lessonPlayer()->stepCount() - 1); // two maps side by side
    ASSERT_TRUE(window->mapStage()->isComparing());
    EXPECT_LE(window->minimumSizeHint().width(), screen.width());
    EXPECT_LE(window->minimumSizeHint().height(), screen.height());
    window->presentationMode()->setActive(false);
}

TEST_P(WindowLayout, theMapTakesMostOfTheWidthAndTheFullHeightBelowTheToolbar) {
    const QSize screen = GetParam();
    MapCanvas* canvas = window->mapCanvas();
    const QRect map(canvas->mapTo(window.get(), QPoint(0, 0)), canvas->size());
    // At least 60 % of the width on either screen
    EXPECT_GE(double(map.width()) / screen.width(), 0.60) << map.width();
    // From just below the toolbar to just above the status bar: no dock above or below the map
    const int toolbarBottom = window->selectionToolBar()->geometry().bottom();
    EXPECT_LE(map.top() - toolbarBottom, 4);
    EXPECT_GE(map.bottom(), window->statusBar()->geometry().top() - 4);
    // And no dock overlaps it
    for (QDockWidget* dock : window->dockLayout()->docks()) {
        if (dock->isVisible()) {
            EXPECT_FALSE(dock->geometry().intersects(map)) << dock->objectName().toStdString();
        }
    }
}

TEST_P(WindowLayout, everyToolbarItemIsShownWithoutOverflow) {
    for (QToolBar* bar : {window->selectionToolBar(), window->mapToolBar()}) {
        for (QAction* action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget* widget = bar->widgetForAction(action);
            ASSERT_NE(widget, nullptr);
            // An item that does not fit is hidden behind the toolbar's » extension button
            EXPECT_TRUE(widget->isVisible()) << action->text().toStdString();
            EXPECT_LE(widget->geometry().right(), bar->width());
        }
    }
}

TEST_P(WindowLayout, noKeyColumnIsCutInAnyTable) {
    // Every dock of the results column in turn, in a target year with every kind of row
    window->controller()->setYear(2022);
    window->controller()->setSelectedRegion(QStringLiteral("450721"));
    for (QDockWidget* dock : window->dockLayout()->docks()) {
        dock->raise();
        QTest::qWait(20);
        for (TableFit* fit : window->fittedTables()) {
            auto* view = qobject_cast<QTableView*>(fit->parent());
            ASSERT_NE(view, nullptr);
            if (!view->isVisible())
                continue;
            fit->fit();
            EXPECT_TRUE(fit->keyColumnsVisible()) << dock->objectName().toStdString();
        }
    }
}

TEST_P(WindowLayout, everyDockTabShowsItsWholeTitle) {
    // Twelve docks share two tab columns: titles are never elided ("Sc…" for both Scorecard and Scenarios);
    // the tab bar scrolls instead.
    const QList<QTabBar*> bars = window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly);
    ASSERT_FALSE(bars.isEmpty());
    for (QTabBar* bar : bars) {
        EXPECT_EQ(bar->elideMode(), Qt::ElideNone);
        EXPECT_TRUE(bar->usesScrollButtons());
        for (int i = 0; i < bar->count(); ++i)
            EXPECT_GE(bar->tabRect(i).width(), bar->fontMetrics().horizontalAdvance(bar->tabText(i)))
                << bar->tabText(i).toStdString();
    }
}

TEST_P(WindowLayout, theChartLegendNamesEveryRegionInFull) {
    QDockWidget* dock = window->dockLayout()->dockOf(window->trajectoryChart());
    ASSERT_NE(dock, nullptr);
    dock->raise();
    window->controller()->setIndicator(core::Indicator::TotalWaterUse);
    QTest::qWait(20);
    QLabel* legend = window->trajectoryChart()->legendLabel();
    for (const QString& name : {QStringLiteral("Qinzhou City"), QStringLiteral("Qinnan District"),
                                QStringLiteral("Qinbei District"), QStringLiteral("Lingshan County"),
                                QStringLiteral("Pubei County"), QStringLiteral("Target")})
        EXPECT_TRUE(legend->text().contains(name)) << name.toStdString();
    // The wrapped text fits the space it was given
    EXPECT_LE(legend->heightForWidth(legend->width()), legend->height());
    EXPECT_TRUE(window->trajectoryChart()->rect().contains(legend->geometry()));
}

TEST_P(WindowLayout, theIndicatorChooserShowsEveryNameWholeWithTheToolbarsInView) {
    IndicatorChooser* chooser = window->indicatorChooser();
    for (int i = 0; i < chooser->count(); ++i) {
        chooser->setCurrentIndex(i);
        QTest::qWait(10);
        const int text = chooser->fontMetrics().horizontalAdvance(chooser->currentText());
        // As wide as the name (no "Reduction of water use per…"), and the tooltip names it whole
        if (text <= IndicatorChooser::maximumTextWidth) {
            EXPECT_GE(chooser->width(), chooser->sizeHint().width()) << chooser->currentText().toStdString();
            EXPECT_GE(chooser->width(), text + 20) << chooser->currentText().toStdString();
        }
        EXPECT_TRUE(chooser->toolTip().contains(chooser->currentText()));
        // And nothing of the toolbars hides behind »
        for (QToolBar* bar : {window->selectionToolBar(), window->mapToolBar()}) {
            for (QAction* action : bar->actions()) {
                if (!action->isSeparator()) {
                    EXPECT_TRUE(bar->widgetForAction(action)->isVisible())
                        << chooser->currentText().toStdString() << ": " << action->text().toStdString();
                }
            }
        }
    }
}

TEST_P(WindowLayout, theChartKeepsItsYearLabelsUnderItsLegend) {
    QDockWidget* dock = window->dockLayout()->dockOf(window->trajectoryChart());
    dock->raise();
    window->controller()->setIndicator(core::Indicator::TotalWaterUse);
    QTest::qWait(20);
    TrajectoryChart* view = window->trajectoryChart();
    QChart* chart = view->chart();
    // The x axis's year labels fit between the plot and the legend under it
    const auto* years = qobject_cast<QAbstractAxis*>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_NE(years, nullptr);
    const int labelHeight = QFontMetrics(years->labelsFont()).height();
    EXPECT_LE(chart->plotArea().bottom() + labelHeight, chart->size().height())
        << "plot bottom " << chart->plotArea().bottom() << ", chart height " << chart->size().height();
    EXPECT_GE(chart->plotArea().height(), 60.0);
    EXPECT_LE(view->legendLabel()->geometry().top(), view->height());
}

INSTANTIATE_TEST_SUITE_P(ScreenSizes, WindowLayout, ::testing::Values(QSize(1920, 1080), QSize(1366, 768)),
                         [](const ::testing::TestParamInfo<QSize>& param) {
                             return "screen" + std::to_string(param.param.width()) + "x" +
                                    std::to_string(param.param.height());
                         });

TEST(WindowStartup, theFirstStartOpensMaximisedAndResetLayoutPutsEveryDockBack) {
    QSettings().clear();
    {
        MainWindow window(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window.controller()->openEmbedded().isOk());
        // First start (nothing saved): maximised on its screen
        window.showAtStartup();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_TRUE(window.isMaximized());
        // A dock torn off and another closed...
        QList<QDockWidget*> docks = window.dockLayout()->docks();
        ASSERT_GE(docks.size(), 6);
        docks[0]->setFloating(true);
        docks[1]->close();
        // ...are back in their column after Window → Reset Layout
        window.resetLayout();
        for (QDockWidget* dock : docks) {
            EXPECT_FALSE(dock->isFloating()) << dock->objectName().toStdString();
            EXPECT_EQ(window.dockWidgetArea(dock), Qt::RightDockWidgetArea)
                << dock->objectName().toStdString();
        }
        EXPECT_FALSE(window.tabifiedDockWidgets(docks[0]).isEmpty());
        window.controller()->setReadOnly(true);
        window.close(); // saves the layout
    }
    // Later starts restore the layout as it was left instead
    MainWindow again(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(again.controller()->openEmbedded().isOk());
    again.showAtStartup();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_TRUE(QSettings().contains(QStringLiteral("window/state")));
    again.controller()->setReadOnly(true);
}
