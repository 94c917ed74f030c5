// SPDX-License-Identifier: GPL-3.0-or-later
// Trainer mode on the embedded Qinzhou project: the stage, its keys, the shipped lesson, the side-by-side
// maps, the read-only demonstration switch.
#include "DockLayout.h"
#include "KeyTaskModel.h"
#include "LessonEditorDialog.h"
#include "LessonPlayer.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "MapStage.h"
#include "PresentationMode.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "StageVerdictPanel.h"
#include "StoreProjectRepository.h"
#include "TestProject.h"
#include "YearStepper.h"
#include "commands/SetLessonsCommand.h"

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

class TrainerMode : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        window->mapCanvas()->waitForRender();
    }
    void TearDown() override {
        window->presentationMode()->setActive(false);
        window->controller()->setReadOnly(true); // close without asking
    }
    ProjectController* controller() const { return window->controller(); }
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(TrainerMode, theStageStepsYearsWithTheClickerKeysAndShowsTheYearsVerdicts) {
    controller()->setYear(2020);
    window->presentationMode()->setActive(true);
    StageVerdictPanel* verdicts = window->mapStage()->verdictPanel();
    ASSERT_TRUE(verdicts->isVisible());
    // 2020: the five numeric targets of the year with their verdicts, in large type
    EXPECT_TRUE(verdicts->plainText().contains(QStringLiteral("Targets of 2020")))
        << verdicts->plainText().toStdString();
    EXPECT_TRUE(verdicts->plainText().contains(QStringLiteral("Industrial water reuse rate")) ||
                verdicts->plainText().contains(QStringLiteral("reuse")))
        << verdicts->plainText().toStdString();
    EXPECT_TRUE(verdicts->plainText().contains(QStringLiteral("Key-task milestones of 2020")));
    // Page Down, → and Space go forward; Page Up and ← back; End and Home to the ends; Esc leaves
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(controller()->year(), 2021);
    QTest::keyClick(window->mapCanvas(), Qt::Key_Right); // arrows step years on the stage, never pan
    EXPECT_EQ(controller()->year(), 2022);
    EXPECT_TRUE(window->mapStage()->titleLabel()->text().contains(QStringLiteral("2022")));
    EXPECT_TRUE(window->mapStage()->stageStepper()->isVisible());
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_EQ(controller()->year(), 2021);
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_EQ(controller()->year(), controller()->lastYear());
    QTest::keyClick(window.get(), Qt::Key_Home);
    EXPECT_EQ(controller()->year(), controller()->firstYear());
    // The map fades from year to year on the stage
    EXPECT_TRUE(window->mapCanvas()->isEasing());
    QTest::keyClick(window.get(), Qt::Key_Escape);
    EXPECT_FALSE(window->presentationMode()->isActive());
    EXPECT_FALSE(window->presentationAction()->isChecked());
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_FALSE(window->mapCanvas()->isEasing());
}

TEST_F(TrainerMode, theShippedLessonPagesThroughThePlanWithCaptionsAndSources) {
    ASSERT_EQ(controller()->project().lessons.size(), 1u);
    window->presentationMode()->setActive(true);
    LessonPlayer* player = window->lessonPlayer();
    ASSERT_TRUE(player->start(0));
    // Step 1: the base year 2015
    EXPECT_EQ(controller()->year(), 2015);
    QLabel* caption = window->mapStage()->captionLabel();
    EXPECT_TRUE(caption->isVisible());
    EXPECT_TRUE(caption->text().contains(QStringLiteral("2015")));
    EXPECT_TRUE(caption->text().contains(QStringLiteral("Source:")));
    // (in English the source is English: no Chinese title of the plan in an English caption)
    EXPECT_TRUE(caption->text().contains(QStringLiteral("Water-Saving Action")))
        << caption->text().toStdString();
    EXPECT_FALSE(caption->text().contains(QStringLiteral("钦州市节水行动实施方案")))
        << caption->text().toStdString();
    // Page Down: step 2, the 2020 target of water per GDP, 37 % below 2015
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(player->stepIndex(), 1);
    EXPECT_EQ(controller()->year(), 2020);
    EXPECT_EQ(controller()->indicator(), core::Indicator::WaterPerGdpReduction);
    EXPECT_TRUE(caption->text().contains(QStringLiteral("37 %"))) << caption->text().toStdString();
    // Step 11: the cap split, Lingshan outlined
    player->goTo(10);
    EXPECT_EQ(controller()->indicator(), core::Indicator::TotalWaterUse);
    EXPECT_EQ(controller()->year(), 2022);
    EXPECT_EQ(controller()->selectedRegion(), QStringLiteral("450721"));
    EXPECT_FALSE(window->mapStage()->isComparing());
    // Step 12 (End): baseline and high growth side by side, the maps synchronised
    QTest::keyClick(window.get(), Qt::Key_End);
    EXPECT_EQ(player->stepIndex(), player->stepCount() - 1);
    ASSERT_TRUE(window->mapStage()->isComparing());
    MapCanvas* second = window->mapStage()->compareCanvas();
    EXPECT_TRUE(second->isVisible());
    EXPECT_EQ(window->mapStage()->comparePresenter()->scenario(), QStringLiteral("high-growth"));
    EXPECT_EQ(controller()->scenario(), QStringLiteral("baseline"));
    window->mapCanvas()->waitForRender();
    second->waitForRender();
    EXPECT_FALSE(second->renderedImage().isNull());
    // Each map carries its legend, and the verdicts give both scenarios
    EXPECT_TRUE(second->overlay().isLegendVisible());
    EXPECT_FALSE(second->legendRect().isEmpty());
    const QString both = window->mapStage()->verdictPanel()->plainText();
    EXPECT_TRUE(both.contains(QStringLiteral("Baseline")) && both.contains(QStringLiteral("High growth")))
        << both.toStdString();
    // Zooming one map zooms the other to the same place
    window->mapCanvas()->zoomIn();
    EXPECT_NEAR(second->viewport().mapUnitsPerPixel(), window->mapCanvas()->viewport().mapUnitsPerPixel(),
                window->mapCanvas()->viewport().mapUnitsPerPixel() * 1e-9);
    EXPECT_NEAR(second->viewport().center().x(), window->mapCanvas()->viewport().center().x(), 1e-6);
    // Page Down at the last step stays there; Page Up goes back to one map
    QTest::keyClick(window.get(), Qt::Key_PageDown);
    EXPECT_EQ(player->stepIndex(), player->stepCount() - 1);
    QTest::keyClick(window.get(), Qt::Key_PageUp);
    EXPECT_FALSE(window->mapStage()->isComparing());
    // Leaving the stage stops the lesson
    window->presentationMode()->setActive(false);
    EXPECT_FALSE(player->isPlaying());
    EXPECT_FALSE(window->mapStage()->compareCanvas()->isVisible());
}

TEST_F(TrainerMode, lessonsAreEditedUndoneSavedAndReopened) {
    // Given the lesson editor on the shipped lesson, a step added after step 2 and edited
    LessonEditorDialog dialog(controller(), window.get());
    dialog.select(0, 1);
    dialog.addStep();
    dialog.indicatorBox()->setCurrentIndex(
        dialog.indicatorBox()->findData(int(core::Indicator::LeakageRate)));
    dialog.yearBox()->setValue(2020);
    dialog.captionZhEdit()->setPlainText(QStringLiteral("漏损率控制在10%以内"));
    dialog.captionEnEdit()->setPlainText(QStringLiteral("Leakage within 10 %"));
    const std::size_t before = controller()->project().lessons[0].steps.size();
    // When OK is pressed
    dialog.accept();
    // Then the project holds the new step as one undoable edit
    ASSERT_EQ(controller()->project().lessons[0].steps.size(), before + 1);
    const core::LessonStep& added = controller()->project().lessons[0].steps[2];
    EXPECT_EQ(added.indicator, core::Indicator::LeakageRate);
    EXPECT_EQ(added.captionEn, "Leakage within 10 %");
    EXPECT_TRUE(controller()->isModified());
    EXPECT_EQ(controller()->undoStack()->undoText(), QStringLiteral("Edit lessons"));
    controller()->undoStack()->undo();
    EXPECT_EQ(controller()->project().lessons[0].steps.size(), before);
    controller()->undoStack()->redo();
    // And saving and reopening the file keeps it
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lesson.gpkg"));
    ASSERT_TRUE(controller()->saveAs(path).isOk());
    ASSERT_TRUE(controller()->open(path).isOk());
    ASSERT_EQ(controller()->project().lessons[0].steps.size(), before + 1);
    EXPECT_EQ(controller()->project().lessons[0].steps[2].captionZh, "漏损率控制在10%以内");
    // And the reopened lesson plays the new step
    ASSERT_TRUE(window->lessonPlayer()->start(0));
    window->lessonPlayer()->goTo(2);
    EXPECT_EQ(controller()->indicator(), core::Indicator::LeakageRate);
}

TEST_F(TrainerMode, anInvalidLessonIsNotApplied) {
    LessonEditorDialog dialog(controller(), window.get());
    dialog.select(0, 0);
    dialog.captionZhEdit()->clear();
    dialog.captionEnEdit()->clear();
    dialog.accept();
    EXPECT_FALSE(controller()->isModified());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST_F(TrainerMode, demonstrationModeKeepsTheFileAsItIsAndSaysSo) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    ASSERT_TRUE(controller()->saveAs(path).isOk());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // When the demonstration switch is turned on
    window->demonstrationAction()->trigger();
    ASSERT_TRUE(controller()->isReadOnly());
    // Then the window says so
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("read-only")))
        << window->windowTitle().toStdString();
    EXPECT_FALSE(window->projectActions()->saveAction()->isEnabled());
    EXPECT_FALSE(window->projectActions()->saveAsAction()->isEnabled());
    // And no edit is taken: a key task's status is not editable and cannot be set
    QAbstractItemModel* tasks = window->taskView()->model();
    const QModelIndex status = tasks->index(0, KeyTaskModel::StatusColumn);
    EXPECT_FALSE(tasks->flags(status) & Qt::ItemIsEditable);
    EXPECT_FALSE(tasks->setData(status, int(core::TaskStatus::Done)));
    // An edit pushed by any other tool is not saved: every save refuses, the file is byte-identical
    controller()->undoStack()->push(new SetLessonsCommand(controller(), {}));
    EXPECT_TRUE(controller()->save().hasError());
    EXPECT_TRUE(controller()->saveAs(path).hasError());
    window->projectActions()->setQuiet(true); // the refusal goes to the status bar, not a message box
    EXPECT_FALSE(window->projectActions()->saveFile(path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
    // And closing does not ask to save
    EXPECT_TRUE(window->projectActions()->maybeSave());
}

TEST(ViewState, theIndicatorYearAndScenarioComeBackWithTheProject) {
    QSettings().clear();
    auto repository = std::make_unique<uitest::InMemoryRepository>();
    uitest::InMemoryRepository* store = repository.get();
    ProjectController controller(std::move(repository));
    ASSERT_TRUE(controller.openEmbedded().isOk());
    controller.setIndicator(core::Indicator::LeakageRate);
    controller.setYear(2022);
    controller.setScenario(QStringLiteral("strict"));
    ASSERT_TRUE(controller.saveAs(QStringLiteral("a.gpkg")).isOk());
    EXPECT_EQ(store->lastSaved->metadata.extra.at("view.indicator"), "leakage-rate");
    // When the window has moved on and the project is opened again
    controller.setIndicator(core::Indicator::IndustrialReuseRate);
    controller.setYear(2021); // the test project covers 2020–2022
    controller.setScenario(QStringLiteral("baseline"));
    ASSERT_TRUE(controller.open(QStringLiteral("a.gpkg")).isOk());
    EXPECT_EQ(controller.indicator(), core::Indicator::LeakageRate);
    EXPECT_EQ(controller.year(), 2022);
    EXPECT_EQ(controller.scenario(), QStringLiteral("strict"));
    // A value someone edited in the file is ignored, not trusted
    store->lastSaved->metadata.extra["view.year"] = "20x2";
    store->lastSaved->metadata.extra["view.scenario"] = "ghost";
    store->lastSaved->metadata.extra["view.indicator"] = "task-milestone";
    controller.setYear(2021); // the test project covers 2020–2022
    ASSERT_TRUE(controller.open(QStringLiteral("a.gpkg")).isOk());
    EXPECT_EQ(controller.year(), 2021);
    EXPECT_EQ(controller.scenario(), QStringLiteral("strict")); // the one selected before stays
    EXPECT_EQ(controller.indicator(), core::Indicator::LeakageRate);
}

TEST_F(TrainerMode, theStageLettersTheMapForTheRoomAtEverySize) {
    // On the desktop the legend and labels have their desktop size
    MapCanvas* canvas = window->mapCanvas();
    const QRectF desktopLegend = canvas->legendRect();
    ASSERT_FALSE(desktopLegend.isEmpty());
    EXPECT_DOUBLE_EQ(canvas->labelScale(), 1.0);
    // On the stage of a 1366×768 screen they grow with the stage (legend rows about 3 % of its height)
    window->presentationMode()->setActive(true);
    QTest::qWait(50);
    MapStage* stage = window->mapStage();
    const double scale = stage->stageScale();
    EXPECT_GE(scale, 1.4);
    // (as large as the stage scale asks, unless that would cover more than 62 % of the map)
    const auto expected =
        [&](double f) { // the scale, unless it covers > 62 % of the height or 45 % of the width
            return std::max(
                       desktopLegend.height(),
                       std::min({desktopLegend.height() * f, canvas->height() * 0.62,
                                 canvas->width() * 0.45 * desktopLegend.height() / desktopLegend.width()})) -
                   1.0;
        };
    EXPECT_GE(canvas->legendRect().height(), expected(scale))
        << "stage " << stage->height() << " px high, canvas " << canvas->height();

    EXPECT_LE(canvas->legendRect().height(), canvas->height() * 0.63);
    EXPECT_GE(canvas->labelScale(), 1.1);
    // A taller stage letters larger
    stage->resize(std::max(stage->width(), 1366), 1040); // (checked before the window lays it out again)
    EXPECT_GT(stage->stageScale(), scale);
    EXPECT_GE(canvas->legendRect().height(), expected(stage->stageScale()))
        << "stage " << stage->height() << " px high, canvas " << canvas->height();
    window->presentationMode()->setActive(false);
    EXPECT_DOUBLE_EQ(canvas->labelScale(), 1.0);
}

TEST_F(TrainerMode, theStageVerdictsFitTheirPanelAt1366) {
    // English names are long; on a 1366×768 stage no verdict line is wider than its panel
    controller()->setIndicator(core::Indicator::TotalWaterUse);
    controller()->setYear(2022);
    window->presentationMode()->setActive(true);
    QTest::qWait(50);
    StageVerdictPanel* panel = window->mapStage()->verdictPanel();
    auto* label = panel->findChild<QLabel*>();
    ASSERT_NE(label, nullptr);
    const QWidget* viewport = label->parentWidget()->parentWidget(); // the scroll area's viewport
    EXPECT_LE(label->minimumSizeHint().width(), viewport->width());
    EXPECT_LE(label->width(), viewport->width());
    EXPECT_TRUE(panel->plainText().contains(QStringLiteral("12.31 亿m³")))
        << panel->plainText().toStdString();
}
