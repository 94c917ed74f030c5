// SPDX-License-Identifier: GPL-3.0-or-later
// The county quota editor driven in the window on the embedded Qinzhou project: a typed quota changes the
// remainder and the county's colour on the map at once, undo restores both, the split is saved and read back,
// and a county without a quota says so.
#include "AllocationEditor.h"

#include "AllocationTableModel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapProbe.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "render/StatusPalette.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

class AllocationEditorTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        window->resize(1600, 1000);
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        controller = window->controller();
        editor = window->plannerActions()->allocationEditor();
        controller->setScenario(QStringLiteral("strict-saving"));
        editor->setYear(2035); // the map shows the 2035 cap
    }
    int rowOf(const QString& code) const {
        for (int r = 0; r < editor->model()->rowCount(); ++r)
            if (editor->model()->index(r, 0).data(AllocationTableModel::RegionCodeRole).toString() == code)
                return r;
        return -1;
    }
    core::VerdictStatus statusOf(const QString& code) const {
        return core::VerdictStatus(editor->model()
                                       ->index(rowOf(code), AllocationTableModel::StatusColumn)
                                       .data(AllocationTableModel::StatusRole)
                                       .toInt());
    }
    QColor mapColourOf(const QString& code) const {
        window->mapCanvas()->waitForRender();
        return QColor(uitest::dominantColourOf(*window->mapCanvas(), code));
    }
    std::unique_ptr<MainWindow> window;
    ProjectController* controller = nullptr;
    AllocationEditor* editor = nullptr;
};

const QString qinnan = QStringLiteral("450702");

} // namespace

TEST_F(AllocationEditorTest, aTypedQuotaShowsTheRemainderAndRecoloursTheCountyAtOnceAndUndoRestoresThem) {
    // Given strict saving's 2035 split, inherited from the baseline (2015 shares of 16.95 亿m³)
    ASSERT_NE(editor->current(), nullptr);
    EXPECT_EQ(editor->current()->scenario, "baseline");
    EXPECT_TRUE(editor->originLabel()->text().contains(QStringLiteral("Inherited from “Baseline”")));
    EXPECT_TRUE(editor->remainderLabel()->text().contains(QStringLiteral("+0.0000 亿m³")) ||
                editor->remainderLabel()->text().contains(QStringLiteral("0.0000 亿m³")));
    ASSERT_EQ(editor->model()->rowCount(), 4);
    // 钦南区 uses less than its quota: met, green on the map
    const double use = uitest::assessmentUse(
        uitest::projectIndependently(controller->project(), "strict-saving"), "450702", 2035);
    EXPECT_NEAR(editor->model()
                    ->index(rowOf(qinnan), AllocationTableModel::UseColumn)
                    .data(AllocationTableModel::CubicMetresRole)
                    .toDouble(),
                use, 1.0);
    EXPECT_EQ(statusOf(qinnan), core::VerdictStatus::Met);
    EXPECT_EQ(mapColourOf(qinnan), render::StatusPalette::color(core::VerdictStatus::Met));
    const double before = editor->current()->shares[0].volume;
    const int steps = controller->undoStack()->count();

    // When 钦南区's quota is typed as 3 亿m³ (below its projected use) in the table
    const QModelIndex quota = editor->model()->index(rowOf(qinnan), AllocationTableModel::QuotaColumn);
    ASSERT_TRUE(editor->model()->setData(quota, QStringLiteral("3")));
    // Then one undo step made it strict saving's own split; the others are untouched and the remainder is
    // shown, never spread: 16.95 − (3 + the three others)
    EXPECT_EQ(controller->undoStack()->count(), steps + 1);
    ASSERT_NE(editor->current(), nullptr);
    EXPECT_EQ(editor->current()->scenario, "strict-saving");
    double others = 0.0;
    for (const core::AllocationShare& s : editor->current()->shares)
        if (s.regionCode != "450702")
            others += s.volume;
    const double remainder = 16.95e8 - 3e8 - others;
    EXPECT_NEAR(editor->current()->remainder, remainder, 1.0);
    EXPECT_GT(remainder, 1e8);
    EXPECT_TRUE(editor->remainderLabel()->text().contains(QString::fromStdString(
        "+" + core::QuotaDisplay::format(core::QuotaUnit::HundredMillionCubicMetres, remainder))))
        << editor->remainderLabel()->text().toStdString();
    // And the county is now over its quota: at risk (a projected shortfall), orange on the map at once, the
    // gap being use − quota
    EXPECT_EQ(statusOf(qinnan), core::VerdictStatus::AtRisk);
    EXPECT_NEAR(editor->model()
                    ->index(rowOf(qinnan), AllocationTableModel::GapColumn)
                    .data(AllocationTableModel::CubicMetresRole)
                    .toDouble(),
                use - 3e8, 1.0);
    EXPECT_EQ(mapColourOf(qinnan), render::StatusPalette::color(core::VerdictStatus::AtRisk));
    // And the baseline keeps its own split
    EXPECT_NEAR(controller->service().allocationFor("baseline", 2035)->shares[0].volume, before, 0.5);

    // When undone, the inherited split, the green colour and a zero remainder are back
    controller->undoStack()->undo();
    EXPECT_EQ(editor->current()->scenario, "baseline");
    EXPECT_EQ(statusOf(qinnan), core::VerdictStatus::Met);
    EXPECT_EQ(mapColourOf(qinnan), render::StatusPalette::color(core::VerdictStatus::Met));
    // And redo makes it again
    controller->undoStack()->redo();
    EXPECT_EQ(statusOf(qinnan), core::VerdictStatus::AtRisk);
}

TEST_F(AllocationEditorTest, aSplitIsSavedWithTheProjectAndReadBack) {
    // When 钦南区 is pinned at 5 亿m³ and the rest split by GDP share, then the project saved
    editor->setQuota(qinnan, 5e8);
    editor->splitByMethod(core::AllocationMethod::GdpShare);
    ASSERT_NE(editor->current(), nullptr);
    const core::Allocation split = *editor->current();
    EXPECT_EQ(split.method, core::AllocationMethod::GdpShare);
    EXPECT_DOUBLE_EQ(split.shares[0].volume, 5e8);
    EXPECT_TRUE(split.shares[0].manual);
    double sum = 0.0;
    for (const core::AllocationShare& s : split.shares)
        sum += s.volume;
    EXPECT_DOUBLE_EQ(sum, 16.95e8); // the method splits what the typed quota leaves, exactly
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_TRUE(controller->saveAs(path).isOk());
    // Then a window that opens the file shows the same split for strict saving, with its typed quota
    MainWindow reopened(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(reopened.controller()->open(path).isOk());
    reopened.controller()->setScenario(QStringLiteral("strict-saving"));
    AllocationEditor* again = reopened.plannerActions()->allocationEditor();
    again->setYear(2035);
    ASSERT_NE(again->current(), nullptr);
    EXPECT_EQ(again->current()->scenario, "strict-saving");
    ASSERT_EQ(again->current()->shares.size(), split.shares.size());
    for (std::size_t i = 0; i < split.shares.size(); ++i) {
        EXPECT_DOUBLE_EQ(again->current()->shares[i].volume, split.shares[i].volume);
        EXPECT_EQ(again->current()->shares[i].manual, split.shares[i].manual);
    }
    EXPECT_EQ(again->model()->index(0, AllocationTableModel::QuotaColumn).data().toString(),
              QStringLiteral("5.0000"));
}

TEST_F(AllocationEditorTest, aCountyWithoutAQuotaSaysSoInTheTableAndOnTheMap) {
    // When 钦南区's quota is cleared
    ASSERT_TRUE(editor->model()->setData(
        editor->model()->index(rowOf(qinnan), AllocationTableModel::QuotaColumn), QString()));
    // Then the table says "No quota allocated", and the map draws it in that class, listed in the legend's
    // style
    EXPECT_EQ(statusOf(qinnan), core::VerdictStatus::NoQuota);
    EXPECT_EQ(editor->model()->index(rowOf(qinnan), AllocationTableModel::StatusColumn).data().toString(),
              QStringLiteral("No quota allocated"));
    EXPECT_EQ(editor->model()->index(rowOf(qinnan), AllocationTableModel::QuotaColumn).data().toString(),
              QStringLiteral("—"));
    const render::MapDocument& document = window->mapCanvas()->document();
    const render::ThematicStyle& style =
        document.layer(document.indexOfRole(geo::LayerRole::Counties)).style().compliance;
    EXPECT_EQ(style.status(qinnan), core::VerdictStatus::NoQuota);
    EXPECT_TRUE(style.hasStatus(core::VerdictStatus::NoQuota));
    EXPECT_EQ(mapColourOf(qinnan), render::StatusPalette::color(core::VerdictStatus::NoQuota));
    // And a quota that is not a volume is refused at the cell with nothing changed
    const int steps = controller->undoStack()->count();
    EXPECT_FALSE(editor->model()->setData(
        editor->model()->index(rowOf(qinnan), AllocationTableModel::QuotaColumn), QStringLiteral("lots")));
    EXPECT_EQ(controller->undoStack()->count(), steps);
    EXPECT_TRUE(editor->messageLabel()->text().contains(QStringLiteral("is not a quota")));
}

TEST_F(AllocationEditorTest, theTableUsesTheQuotaFormatAndExportsAsAReportTable) {
    // In 万m³ the baseline's 2022 split reads as the bulletin writes it
    controller->setScenario(QStringLiteral("baseline"));
    editor->setYear(2022);
    editor->unitBox()->setCurrentIndex(1);
    EXPECT_EQ(editor->model()->index(0, AllocationTableModel::QuotaColumn).data().toString(),
              QStringLiteral("46311"));
    const core::ReportTable table = editor->model()->toReportTable(QStringLiteral("2022"));
    ASSERT_EQ(table.rows.size(), 4u);
    EXPECT_EQ(table.columns[1].unit, "万m³");
    EXPECT_DOUBLE_EQ(std::get<core::ReportTable::Number>(table.rows[0][1]).value, 46311.0);
    ASSERT_EQ(table.notes.size(), 1u);
}
