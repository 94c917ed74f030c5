// SPDX-License-Identifier: GPL-3.0-or-later
// What the window says: the map's legend and tooltips, the language switch, the shortcuts, the status
// line, the chart's axes and units — on the embedded Qinzhou project.
#include "DockLayout.h"
#include "DomainLabels.h"
#include "IndicatorChooser.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ScenarioChooser.h"
#include "ScorecardModel.h"
#include "StoreProjectRepository.h"
#include "TrajectoryChart.h"
#include "commands/SetDriverOverrideCommand.h"
#include "i18n/Translators.h"
#include "render/StatusPalette.h"
#include "store/EmbeddedProject.h"

#include <QApplication>
#include <QChart>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QValueAxis>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

class WindowText : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->resize(1920, 1080);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->resetLayout();
        window->mapCanvas()->waitForRender();
    }
    void TearDown() override {
        if (DomainLabels::isChinese())
            window->setLanguage(QStringLiteral("en"));
        window->controller()->setReadOnly(true);
    }
    QStringList legendLabels() const {
        QStringList labels;
        for (const render::LegendEntry& e : window->mapCanvas()->overlay().legendEntries(
                 window->mapCanvas()->document(), window->mapCanvas()->font()))
            labels << e.label;
        return labels;
    }
    ProjectController* controller() const { return window->controller(); }
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(WindowText, theMapCarriesTheExportsLegendWithTheRightClasses) {
    controller()->setIndicator(core::Indicator::IrrigationCoefficient);
    controller()->setYear(2020);
    window->mapCanvas()->waitForRender();
    // Verdict classes, and the hatching because Qinzhou's values are estimates
    QStringList labels = legendLabels();
    for (const char* label : {"Met", "At risk", "Missed", "No data", "estimate (hatched)"})
        EXPECT_TRUE(labels.contains(QLatin1String(label)))
            << label << " in " << labels.join('|').toStdString();
    EXPECT_FALSE(labels.contains(QStringLiteral("No quota allocated"))); // every county has its quota
    // The embedded layers' legend names in the user's language
    EXPECT_TRUE(labels.contains(QStringLiteral("Rivers"))) << labels.join('|').toStdString();
    EXPECT_FALSE(labels.contains(QStringLiteral("河流")));
    // Drawn on the map, inside it, in the verdict colours
    MapCanvas* canvas = window->mapCanvas();
    const QRect legend = canvas->legendRect().toAlignedRect();
    ASSERT_FALSE(legend.isEmpty());
    EXPECT_TRUE(canvas->rect().contains(legend));
    const QImage shown = canvas->grab().toImage();
    const qreal ratio = shown.devicePixelRatio();
    int metPixels = 0;
    const QRgb met = render::StatusPalette::color(core::VerdictStatus::Met).rgb();
    for (int y = legend.top(); y < legend.bottom(); ++y)
        for (int x = legend.left(); x < legend.right(); ++x)
            metPixels += shown.pixel(int(x * ratio), int(y * ratio)) == met ? 1 : 0;
    EXPECT_GT(metPixels, 20);
    // A year without a target: graduated classes
    controller()->setYear(2025);
    labels = legendLabels();
    EXPECT_FALSE(labels.contains(QStringLiteral("Met")));
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](const QString& l) {
        return l.contains(QStringLiteral(" – "));
    })) << labels.join('|').toStdString();
    // Hidden from the View menu, and back
    canvas->overlay().setLegendVisible(false);
    EXPECT_TRUE(canvas->legendRect().isEmpty());
    canvas->overlay().setLegendVisible(true);
}

TEST_F(WindowText, aCountyWithoutQuotaIsToldApartFromNoDataInLegendAndTooltip) {
    // Given the 2022 split of the cap without Pubei's share
    auto data = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(data.isOk());
    ProjectData project = StoreProjectRepository::fromStore(std::move(data).value());
    for (core::Allocation& a : project.allocations)
        if (a.year == 2022)
            std::erase_if(a.shares, [](const core::AllocationShare& s) { return s.regionCode == "450722"; });
    controller()->setProject(std::move(project), QString());
    controller()->setIndicator(core::Indicator::TotalWaterUse);
    controller()->setYear(2022);
    window->mapCanvas()->waitForRender();
    EXPECT_TRUE(legendLabels().contains(QStringLiteral("No quota allocated")))
        << legendLabels().join('|').toStdString();
    const QString tip = window->mapPresenter()->regionToolTip(QStringLiteral("450722"));
    EXPECT_TRUE(tip.contains(QStringLiteral("Pubei County"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("No quota allocated"))) << tip.toStdString();
}

TEST_F(WindowText, hoveringACountyTellsItsValueTargetAndVerdict) {
    controller()->setIndicator(core::Indicator::IndustrialReuseRate);
    controller()->setYear(2020);
    const auto verdict =
        controller()->judgeRegion(core::Indicator::IndustrialReuseRate, QStringLiteral("450702"));
    ASSERT_TRUE(verdict.has_value());
    const QString tip = window->mapPresenter()->regionToolTip(QStringLiteral("450702"));
    EXPECT_TRUE(tip.contains(QStringLiteral("Qinnan District"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(DomainLabels::formatTargetValue(verdict->target, verdict->value->value)))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("≥ 90.0 %"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(DomainLabels::statusName(verdict->status))) << tip.toStdString();
    // The canvas shows it over the county: the tooltip of a point inside Qinnan names Qinnan
    MapCanvas* canvas = window->mapCanvas();
    bool found = false;
    for (int y = 10; y < canvas->height() && !found; y += 15)
        for (int x = 10; x < canvas->width() && !found; x += 15)
            if (canvas->regionAt(QPointF(x, y)) == QLatin1String("450702") &&
                !canvas->legendRect().contains(QPointF(x, y))) {
                EXPECT_EQ(canvas->toolTipAt(QPointF(x, y)), tip);
                found = true;
            }
    EXPECT_TRUE(found);
}

TEST_F(WindowText, tooltipsAndUndoTextsAreInWordsNotEngineIds) {
    controller()->setYear(2022);
    ScorecardModel* model = window->scorecardModel();
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString tip = model->index(row, ScorecardModel::StatusColumn).data(Qt::ToolTipRole).toString();
        EXPECT_FALSE(tip.contains(QStringLiteral("task-milestone"))) << tip.toStdString();
        EXPECT_FALSE(tip.contains(QStringLiteral("450700"))) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QStringLiteral("Qinzhou City"))) << tip.toStdString();
    }
    // An override edit of the high-growth scenario reads in words
    const core::Scenario* high = controller()->project().scenario(QStringLiteral("high-growth"));
    ASSERT_NE(high, nullptr);
    ASSERT_FALSE(high->overrides.empty());
    controller()->undoStack()->push(
        new SetDriverOverrideCommand(controller(), QStringLiteral("high-growth"), high->overrides.front()));
    const QString undo = controller()->undoStack()->undoText();
    EXPECT_FALSE(undo.contains(QStringLiteral("high-growth"))) << undo.toStdString();
    EXPECT_FALSE(undo.contains(QString::fromLatin1(core::driverId(high->overrides.front().driver))))
        << undo.toStdString();
    EXPECT_TRUE(undo.contains(DomainLabels::scenarioName(*high))) << undo.toStdString();
    // Scenario names, never ids, in the chooser
    for (int i = 0; i < window->scenarioChooser()->count(); ++i)
        EXPECT_FALSE(window->scenarioChooser()->itemText(i).contains(QLatin1Char('-')))
            << window->scenarioChooser()->itemText(i).toStdString();
}

TEST_F(WindowText, theLanguageSwitchesAtOnce) {
    controller()->setIndicator(core::Indicator::IndustrialReuseRate);
    controller()->setYear(2020);
    // When Chinese is chosen
    window->setLanguage(QStringLiteral("zh_CN"));
    // Then menus, docks, tables, choosers, the map's legend and Qt's own dialogs speak Chinese
    EXPECT_EQ(window->menuBar()->actions().at(0)->text(), QStringLiteral("文件(&F)"));
    QDockWidget* scorecard = window->dockLayout()->dockOf(window->scorecardView());
    ASSERT_NE(scorecard, nullptr);
    EXPECT_EQ(scorecard->windowTitle(), QStringLiteral("目标评价表"));
    EXPECT_EQ(
        window->scorecardModel()->headerData(ScorecardModel::IndicatorColumn, Qt::Horizontal).toString(),
        QStringLiteral("指标"));
    EXPECT_EQ(window->scenarioChooser()->currentText(), QStringLiteral("基准情景"));
    EXPECT_TRUE(window->indicatorChooser()->currentText().contains(QStringLiteral("重复利用率")))
        << window->indicatorChooser()->currentText().toStdString();
    window->mapCanvas()->waitForRender();
    EXPECT_TRUE(legendLabels().contains(QStringLiteral("达标"))) << legendLabels().join('|').toStdString();
    EXPECT_TRUE(legendLabels().contains(QStringLiteral("河流"))) << legendLabels().join('|').toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("节水规划工作台")));
    EXPECT_EQ(window->projectActions()->saveAsAction()->text(), QStringLiteral("另存为(&A)…"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    EXPECT_TRUE(window->trajectoryChart()->chart()->title().contains(QStringLiteral("重复利用率")));
    // And back to English at once
    window->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(window->menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
    EXPECT_EQ(scorecard->windowTitle(), QStringLiteral("Scorecard"));
    EXPECT_EQ(window->scenarioChooser()->currentText(), QStringLiteral("Baseline"));
    EXPECT_TRUE(legendLabels().contains(QStringLiteral("Met")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST_F(WindowText, theMapLabelsTheCountiesInTheWindowsLanguage) {
    const auto countyLabels = [this] {
        const render::MapDocument& document = window->mapCanvas()->document();
        const int counties = document.indexOfRole(geo::LayerRole::Counties);
        EXPECT_GE(counties, 0);
        return counties < 0 ? QStringList() : document.layer(counties).style().regionNames.values();
    };
    // In English the counties carry their English names (their boundary file names them in Chinese)
    EXPECT_TRUE(countyLabels().contains(QStringLiteral("Lingshan County")))
        << countyLabels().join('|').toStdString();
    EXPECT_FALSE(countyLabels().contains(QStringLiteral("灵山县")));
    // In Chinese, their Chinese names
    window->setLanguage(QStringLiteral("zh_CN"));
    EXPECT_TRUE(countyLabels().contains(QStringLiteral("灵山县"))) << countyLabels().join('|').toStdString();
    EXPECT_FALSE(countyLabels().contains(QStringLiteral("Lingshan County")));
}

TEST_F(WindowText, theDocumentedShortcutsWork) {
    QTableView* tasks = window->taskView();
    const QModelIndex status = tasks->model()->index(0, 4);
    ASSERT_TRUE(tasks->model()->setData(status, int(core::TaskStatus::Done)));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(controller()->isModified());
    // Ctrl+Y redoes
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    EXPECT_TRUE(controller()->isModified());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(controller()->isModified()); // nothing more to redo
    // Ctrl+Shift+S opens Save As (the file dialog is closed again at once)
    QSignalSpy saveAs(window->projectActions()->saveAsAction(), &QAction::triggered);
    QTimer::singleShot(300, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(saveAs.count(), 1);
}

TEST_F(WindowText, theStatusBarShowsOneMessageAtATime) {
    QStatusBar* bar = window->statusBar();
    const QString theme = bar->currentMessage();
    EXPECT_FALSE(theme.isEmpty());
    // Only permanent fields sit beside the message line: nothing can be drawn under a message
    for (QWidget* child : bar->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (child->isVisible() && child->geometry().left() < bar->width() / 2)
            ADD_FAILURE() << "a widget under the message line: " << child->metaObject()->className();
    bar->showMessage(QStringLiteral("Saved x"), 50);
    EXPECT_EQ(bar->currentMessage(), QStringLiteral("Saved x"));
    QTest::qWait(150);
    // Then the theme of the map again
    EXPECT_EQ(bar->currentMessage(), theme);
}

TEST_F(WindowText, theChartHoldsEveryTargetAndMilestonesInTheirOwnUnit) {
    QDockWidget* dock = window->dockLayout()->dockOf(window->trajectoryChart());
    dock->raise();
    // The caps (16.53 and 16.95 亿m³) lie inside the value axis
    controller()->setIndicator(core::Indicator::TotalWaterUse);
    TrajectoryChart* chart = window->trajectoryChart();
    EXPECT_EQ(chart->targetMarkerCount(), 2);
    auto axes = chart->chart()->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    auto* values = qobject_cast<QValueAxis*>(axes.front());
    ASSERT_NE(values, nullptr);
    EXPECT_GT(values->max(), 16.95);
    EXPECT_EQ(chart->valueUnit(), QStringLiteral("亿m³"));
    // A milestone row of the scorecard: the chart shows that milestone in 万亩; the map keeps its indicator
    controller()->setYear(2020);
    controller()->focusTarget(QStringLiteral("QZ-T04-EFF-2020"));
    EXPECT_EQ(controller()->indicator(), core::Indicator::TotalWaterUse);
    EXPECT_EQ(chart->valueUnit(), QStringLiteral("万亩"));
    EXPECT_TRUE(chart->chart()->title().contains(QStringLiteral("Task 4")))
        << chart->chart()->title().toStdString();
    EXPECT_EQ(chart->targetMarkerCount(), 2); // 2019 and 2020, 1.6 万亩 each
    values = qobject_cast<QValueAxis*>(chart->chart()->axes(Qt::Vertical).front());
    ASSERT_NE(values, nullptr);
    EXPECT_GT(values->max(), 1.6);
    EXPECT_LT(values->max(), 10.0);
    // Clicking a numeric row maps its indicator and the chooser follows
    ScorecardModel* model = window->scorecardModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ScorecardModel::IndicatorRole).toInt() ==
            int(core::Indicator::LeakageRate)) {
            const QRect cell = window->scorecardView()->visualRect(model->index(row, 0));
            window->dockLayout()->dockOf(window->scorecardView())->raise();
            QTest::mouseClick(window->scorecardView()->viewport(), Qt::LeftButton, {}, cell.center());
            break;
        }
    EXPECT_EQ(controller()->indicator(), core::Indicator::LeakageRate);
    EXPECT_EQ(window->indicatorChooser()->indicator(), core::Indicator::LeakageRate);
    EXPECT_TRUE(controller()->focusedTarget().isEmpty());
}
