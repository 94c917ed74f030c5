// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DockLayout.h"
#include "IndicatorChooser.h"
#include "KeyTaskModel.h"
#include "MapCanvas.h"
#include "MapStage.h"
#include "PresentationMode.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "RegionDetailsPanel.h"
#include "ScenarioChooser.h"
#include "ScorecardModel.h"
#include "TestProject.h"
#include "TrajectoryChart.h"
#include "YearStepper.h"
#include "geo/CoordinateTransformer.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

/** A shown window on the test project, its map drawn. */
class MainWindowFixture : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear(); // test-mode settings: no last project, default layout
        window = std::make_unique<MainWindow>(std::make_unique<uitest::InMemoryRepository>());
        window->resize(1400, 900);
        window->projectActions()->openStartupProject();
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        // Shortcuts (Page Up, Ctrl+Z, F11) reach only the active window.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->mapCanvas()->waitForRender();
    }

    /** Screen position (canvas pixels) of a lon/lat point, through the display CRS. */
    QPoint screenPointOf(double lon, double lat) const {
        auto transformer =
            geo::CoordinateTransformer::create(QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4545"));
        EXPECT_TRUE(transformer.isOk());
        const QPointF map = transformer.value().transform(QPointF(lon, lat));
        return window->mapCanvas()->viewport().mapToScreen(map).toPoint();
    }

    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowFixture, opensTheEmbeddedProjectAndDrawsTheMapOffTheUiThread) {
    // Then the title names the project and the canvas holds a rendered image of its size
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("Test project")));
    const QImage& image = window->mapCanvas()->renderedImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.deviceIndependentSize().toSize(), window->mapCanvas()->size());
    EXPECT_FALSE(window->mapCanvas()->isRendering());
}

TEST_F(MainWindowFixture, identifiesACountyByClickAndShowsItsDetails) {
    // When 钦南区 is clicked on the map
    QTest::mouseClick(window->mapCanvas(), Qt::LeftButton, {},
                      screenPointOf(uitest::qinnanLon, uitest::qinnanLat));
    // Then it is the selected region and the details panel shows it
    EXPECT_EQ(window->controller()->selectedRegion(), QStringLiteral("450702"));
    EXPECT_EQ(window->regionDetails()->heading(), QStringLiteral("Qinnan District"));
    // And its reuse rate in 2020 is 95/(95+5) = 95.0 %, meeting the city's ≥ 90 %
    window->controller()->setYear(2020);
    const int row = window->regionDetails()->rowOf(core::Indicator::IndustrialReuseRate);
    ASSERT_GE(row, 0);
    QTableWidget* table = window->regionDetails()->table();
    EXPECT_EQ(table->item(row, RegionDetailsPanel::SelectedYearColumn)->text(), QStringLiteral("95.0 %"));
    EXPECT_TRUE(table->item(row, RegionDetailsPanel::StatusColumn)->text().startsWith(QStringLiteral("Met")));
    // When 钦北区 is clicked: 80 %, missed
    QTest::mouseClick(window->mapCanvas(), Qt::LeftButton, {},
                      screenPointOf(uitest::qinbeiLon, uitest::qinbeiLat));
    EXPECT_EQ(window->regionDetails()->heading(), QStringLiteral("Qinbei District"));
    EXPECT_EQ(table->item(row, RegionDetailsPanel::SelectedYearColumn)->text(), QStringLiteral("80.0 %"));
    EXPECT_TRUE(
        table->item(row, RegionDetailsPanel::StatusColumn)->text().startsWith(QStringLiteral("Missed")));
    // When the legend, which lies over the sea in the lower left, is dragged out of the way
    MapCanvas* canvas = window->mapCanvas();
    const QPoint sea = screenPointOf(108.3, 21.65);
    const QRectF legend = canvas->legendRect();
    ASSERT_FALSE(legend.isEmpty());
    const QPoint grip = legend.center().toPoint();
    QTest::mousePress(canvas, Qt::LeftButton, {}, grip);
    QMouseEvent move(QEvent::MouseMove, QPointF(grip + QPoint(0, -canvas->height() / 2)),
                     canvas->mapToGlobal(QPointF(grip + QPoint(0, -canvas->height() / 2))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, grip + QPoint(0, -canvas->height() / 2));
    // Then it moved up, still whole inside the map, and the view did not pan
    EXPECT_LT(canvas->legendRect().top(), legend.top() - canvas->height() / 4);
    EXPECT_TRUE(QRectF(canvas->rect()).contains(canvas->legendRect()));
    EXPECT_FALSE(canvas->legendRect().contains(sea));
    // When the sea (outside every county) is clicked, the selection clears
    QTest::mouseClick(canvas, Qt::LeftButton, {}, sea);
    EXPECT_TRUE(window->controller()->selectedRegion().isEmpty());
}

TEST_F(MainWindowFixture, theYearStepperDrivesTheScorecardAndTheChart) {
    // When the 2022 button is clicked
    window->yearStepper()->buttonFor(2022)->click();
    // Then the controller and the scorecard are at 2022 (92 %, met)
    EXPECT_EQ(window->controller()->year(), 2022);
    ScorecardModel* model = window->scorecardModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, ScorecardModel::StatusColumn).data().toString(), QStringLiteral("Met"));
    // When Page Up steps back to 2021 from the keyboard
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(window->controller()->year(), 2021);
    EXPECT_TRUE(window->yearStepper()->buttonFor(2021)->isChecked());
}

TEST_F(MainWindowFixture, theIndicatorChooserAndTheScorecardChooseTheMappedIndicator) {
    IndicatorChooser* chooser = window->indicatorChooser();
    // When the leakage rate is chosen in the toolbar
    const int leakage = chooser->findData(int(core::Indicator::LeakageRate));
    ASSERT_GE(leakage, 0);
    chooser->setCurrentIndex(leakage);
    emit chooser->activated(leakage);
    // Then the window maps it
    EXPECT_EQ(window->controller()->indicator(), core::Indicator::LeakageRate);
    // When the scorecard row (a reuse-rate target) is clicked
    window->controller()->setYear(2020);
    QTableView* view = window->scorecardView();
    const QRect cell = view->visualRect(window->scorecardModel()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    // Then the reuse rate is mapped and the chooser follows
    EXPECT_EQ(window->controller()->indicator(), core::Indicator::IndustrialReuseRate);
    EXPECT_EQ(chooser->indicator(), core::Indicator::IndustrialReuseRate);
    // And the chart shows the city and both counties with the two targets
    EXPECT_EQ(window->trajectoryChart()->regionLineCount(), 3);
    EXPECT_EQ(window->trajectoryChart()->targetMarkerCount(), 2);
}

TEST_F(MainWindowFixture, theScenarioChooserSwitchesTheScenario) {
    ScenarioChooser* chooser = window->scenarioChooser();
    ASSERT_EQ(chooser->count(), 2);
    const int strict = chooser->findData(QStringLiteral("strict"));
    chooser->setCurrentIndex(strict);
    emit chooser->activated(strict);
    EXPECT_EQ(window->controller()->scenario(), QStringLiteral("strict"));
}

TEST_F(MainWindowFixture, aTaskStatusEditIsUndoneFromTheEditMenu) {
    QTableView* tasks = window->taskView();
    const QModelIndex status = tasks->model()->index(0, KeyTaskModel::StatusColumn);
    // When the status is edited in the tracker
    ASSERT_TRUE(tasks->model()->setData(status, int(core::TaskStatus::Done)));
    EXPECT_TRUE(window->windowTitle().contains(QLatin1Char('*')));
    // Then Ctrl+Z undoes it
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(status.data().toString(), QStringLiteral("Not started"));
    EXPECT_FALSE(window->controller()->isModified());
}

TEST_F(MainWindowFixture, presentationModeIsAStageAndF11Leaves) {
    // Given the docks of a city's file project (the province view and the change log do not apply to it)
    QStringList shownBefore;
    for (QDockWidget* dock : window->dockLayout()->docks())
        if (dock->isVisible())
            shownBefore << dock->objectName();
    EXPECT_FALSE(shownBefore.contains(QStringLiteral("ProvinceDock")));
    EXPECT_FALSE(shownBefore.contains(QStringLiteral("ChangeLogDock")));
    EXPECT_TRUE(shownBefore.contains(QStringLiteral("ScorecardDock")));
    // When F11 is pressed
    QTest::keyClick(window.get(), Qt::Key_F11);
    // Then only the stage shows: no menu bar, toolbars, docks or status bar; a large title and stepper
    EXPECT_TRUE(window->presentationMode()->isActive());
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_FALSE(window->statusBar()->isVisible());
    EXPECT_FALSE(window->selectionToolBar()->isVisible());
    for (QDockWidget* dock : window->dockLayout()->docks())
        EXPECT_FALSE(dock->isVisible()) << dock->objectName().toStdString();
    EXPECT_TRUE(window->mapStage()->titleLabel()->isVisible());
    EXPECT_TRUE(window->mapStage()->stageStepper()->isVisible());
    EXPECT_TRUE(window->mapCanvas()->overlay().isLarge());
    // And F11 again restores the window
    QTest::keyClick(window.get(), Qt::Key_F11);
    EXPECT_FALSE(window->presentationMode()->isActive());
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(window->statusBar()->isVisible());
    EXPECT_FALSE(window->mapStage()->titleLabel()->isVisible());
    EXPECT_FALSE(window->mapCanvas()->overlay().isLarge());
    QStringList shownAfter;
    for (QDockWidget* dock : window->dockLayout()->docks())
        if (dock->isVisible())
            shownAfter << dock->objectName();
    EXPECT_EQ(shownAfter, shownBefore);
}

TEST_F(MainWindowFixture, wheelZoomKeepsThePointUnderTheCursor) {
    MapCanvas* canvas = window->mapCanvas();
    const QPoint cursor(canvas->width() / 3, canvas->height() / 3);
    const QPointF before = canvas->viewport().screenToMap(cursor);
    const double scale = canvas->viewport().mapUnitsPerPixel();
    // When the wheel turns one notch forward over the cursor
    QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(canvas, &wheel);
    // Then the map is 1.25× larger and the point under the cursor stayed
    EXPECT_NEAR(canvas->viewport().mapUnitsPerPixel(), scale / 1.25, scale * 1e-9);
    const QPointF after = canvas->viewport().screenToMap(cursor);
    EXPECT_NEAR(after.x(), before.x(), scale * 1e-6);
    EXPECT_NEAR(after.y(), before.y(), scale * 1e-6);
    // And the status bar shows coordinates in the display CRS after a move
    QTest::mouseMove(canvas, cursor);
    EXPECT_TRUE(window->coordinateLabel()->text().contains(QStringLiteral("EPSG:4545")));
}
