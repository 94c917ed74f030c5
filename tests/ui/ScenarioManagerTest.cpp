// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario manager driven in the window on the embedded Qinzhou project: create, override, refuse,
// delete, duplicate, rename, move — each one undo step — checked against the core computed independently.
#include "ScenarioManager.h"

#include "AllocationEditor.h"
#include "DriverOverrideDialog.h"
#include "MainWindow.h"
#include "MapProbe.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioChooser.h"
#include "ScenarioDriversModel.h"
#include "ScenarioOverridesModel.h"
#include "ScenarioTreeModel.h"
#include "StoreProjectRepository.h"
#include "scenario/DriverCatalog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

class ScenarioManagerTest : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        controller = window->controller();
        manager = window->plannerActions()->scenarioManager();
    }
    /** The drivers-model cell of @p driver for @p region. */
    QModelIndex cell(core::Driver driver, const std::string& region) const {
        ScenarioDriversModel* model = manager->driversModel();
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->regionCode(c) == region)
                return model->index(int(core::DriverTraits::index(driver)), c);
        return {};
    }
    std::unique_ptr<MainWindow> window;
    ProjectController* controller = nullptr;
    ScenarioManager* manager = nullptr;
};

} // namespace

TEST_F(ScenarioManagerTest, createsAScenarioFromAParentThatInheritsEverythingAndUndoesInOneStep) {
    // Given strict saving chosen
    controller->setScenario(QStringLiteral("strict-saving"));
    const int steps = controller->undoStack()->count();
    // When a scenario is created from it with Chinese and English names
    const QString id = manager->createScenario(
        QStringLiteral("strict-saving"), {"更严情景", "Tighter saving", "更严格的节水", "Even stricter"});
    // Then it has an id of its own, is chosen, listed by name under its parent, and one undo step was made
    ASSERT_EQ(id, QStringLiteral("tighter-saving"));
    EXPECT_EQ(controller->scenario(), id);
    EXPECT_EQ(controller->undoStack()->count(), steps + 1);
    EXPECT_GE(window->scenarioChooser()->findData(id), 0);
    EXPECT_EQ(window->scenarioChooser()->currentText(), QStringLiteral("Tighter saving"));
    const QModelIndex node = manager->treeModel()->indexOf(id);
    ASSERT_TRUE(node.isValid());
    EXPECT_EQ(node.parent().data(ScenarioTreeModel::ScenarioIdRole).toString(),
              QStringLiteral("strict-saving"));
    // And every value is inherited: the leakage of 8 % from strict saving, said in the tooltip, not bold
    const QModelIndex leakage = cell(core::Driver::LeakageRate, "450702");
    EXPECT_EQ(leakage.data(ScenarioDriversModel::OriginRole).toString(), QStringLiteral("strict-saving"));
    EXPECT_DOUBLE_EQ(leakage.data(ScenarioDriversModel::FractionRole).toDouble(), 0.08);
    EXPECT_FALSE(leakage.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(
        leakage.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Inherited from “Strict saving”")));
    // And the GDP growth is the baseline trend's (grey italics)
    const QModelIndex gdp = cell(core::Driver::GdpRealGrowth, "450702");
    EXPECT_TRUE(gdp.data(ScenarioDriversModel::OriginRole).toString().isEmpty());
    EXPECT_EQ(gdp.data(Qt::ForegroundRole).value<QColor>(), ScenarioDriversModel::trendColor());
    // And its results are strict saving's, computed by the core alone
    const double expected = uitest::assessmentUse(
        uitest::projectIndependently(controller->project(), "strict-saving"), "450700", 2035);
    auto shown =
        controller->compute(core::Indicator::TotalWaterUseAssessment, QStringLiteral("450700"), 2035);
    ASSERT_TRUE(shown.isOk());
    EXPECT_NEAR(shown.value().value, expected, 1.0);

    // When undone, it is gone and strict saving is shown again
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().scenario(id), nullptr);
    EXPECT_EQ(controller->scenario(), QStringLiteral("strict-saving"));
    EXPECT_LT(window->scenarioChooser()->findData(id), 0);
}

TEST_F(ScenarioManagerTest, addsAndRemovesAnOverrideForACountyFromAnyYearAndTheProjectionFollows) {
    controller->setScenario(QStringLiteral("high-growth"));
    const std::size_t before =
        controller->project().scenario(QStringLiteral("high-growth"))->overrides.size();
    // When 浦北县 gets an industrial intensity decline of 9 %/yr from 2028
    const core::DriverOverride value{.regionCode = "450722",
                                     .driver = core::Driver::IndustryIntensityChange,
                                     .fromYear = 2028,
                                     .value = -0.09};
    ASSERT_TRUE(manager->addOverride(value));
    // Then it is the scenario's last own value, listed with its words
    ScenarioOverridesModel* list = manager->overridesModel();
    ASSERT_EQ(list->rowCount(), int(before) + 1);
    const int row = list->rowCount() - 1;
    EXPECT_EQ(list->index(row, ScenarioOverridesModel::RegionColumn).data().toString(),
              QStringLiteral("Pubei County"));
    EXPECT_EQ(list->index(row, ScenarioOverridesModel::FromYearColumn).data().toString(),
              QStringLiteral("from 2028"));
    EXPECT_EQ(list->index(row, ScenarioOverridesModel::ValueColumn).data().toString(),
              QStringLiteral("−9.0 %/yr"));
    // And 浦北县's 2035 use is the core's projection with it (independently computed)
    const double withIt = uitest::assessmentUse(
        uitest::projectIndependently(controller->project(), "high-growth"), "450722", 2035);
    auto shown =
        controller->compute(core::Indicator::TotalWaterUseAssessment, QStringLiteral("450722"), 2035);
    ASSERT_TRUE(shown.isOk());
    EXPECT_NEAR(shown.value().value, withIt, 1.0);

    // When it is removed
    list->removeRow(row);
    EXPECT_EQ(list->rowCount(), int(before));
    // Then the use is the one without it, which is higher (less saving)
    auto without =
        controller->compute(core::Indicator::TotalWaterUseAssessment, QStringLiteral("450722"), 2035);
    ASSERT_TRUE(without.isOk());
    EXPECT_NEAR(without.value().value,
                uitest::assessmentUse(uitest::projectIndependently(controller->project(), "high-growth"),
                                      "450722", 2035),
                1.0);
    EXPECT_GT(without.value().value, shown.value().value);
    // And undo brings it back in its place
    controller->undoStack()->undo();
    ASSERT_EQ(list->rowCount(), int(before) + 1);
    EXPECT_EQ(
        list->index(row, ScenarioOverridesModel::RegionColumn).data(ScenarioOverridesModel::RegionCodeRole),
        QStringLiteral("450722"));
}

TEST_F(ScenarioManagerTest, aValueOutsideItsRangeIsRefusedAtTheCellAndChangesNothing) {
    controller->setScenario(QStringLiteral("strict-saving"));
    const auto before = controller->project().scenario(QStringLiteral("strict-saving"))->overrides;
    const int steps = controller->undoStack()->count();
    // When −60 %/yr is typed as 钦南区's GDP growth, and 1.2 as the city's coefficient
    ScenarioDriversModel* drivers = manager->driversModel();
    QString reason;
    QObject::connect(drivers, &ScenarioDriversModel::refused,
                     [&](const QModelIndex&, const QString& message) { reason = message; });
    EXPECT_FALSE(drivers->setData(cell(core::Driver::GdpRealGrowth, "450702"), QStringLiteral("-60")));
    // Then it is refused with the driver's range, at the cell and under the tables
    EXPECT_EQ(reason, QStringLiteral("Real GDP growth must lie in [−50, 100] %/yr; −60.0 is outside."));
    EXPECT_EQ(manager->messageLabel()->text(), reason);
    EXPECT_FALSE(drivers->setData(cell(core::Driver::IrrigationCoefficient, "450700"), 1.2));
    EXPECT_TRUE(reason.contains(QStringLiteral("(0, 1]"))) << reason.toStdString();
    // And nothing changed, and no undo step was made
    const auto& after = controller->project().scenario(QStringLiteral("strict-saving"))->overrides;
    ASSERT_EQ(after.size(), before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        EXPECT_DOUBLE_EQ(after[i].value, before[i].value);
    EXPECT_EQ(controller->undoStack()->count(), steps);

    // When a valid value is typed in the cell of a value the scenario owns (the city's leakage, 8 %)
    ASSERT_TRUE(drivers->setData(cell(core::Driver::LeakageRate, "450700"), 7.5));
    // Then that own value changes in its place (the second row stays second), bold blue
    const auto& edited = controller->project().scenario(QStringLiteral("strict-saving"))->overrides;
    ASSERT_EQ(edited.size(), before.size());
    EXPECT_EQ(edited[1].driver, core::Driver::LeakageRate);
    EXPECT_DOUBLE_EQ(edited[1].value, 0.075);
    EXPECT_EQ(cell(core::Driver::LeakageRate, "450702").data(Qt::ForegroundRole).value<QColor>(),
              ScenarioDriversModel::ownColor());

    // And the Add dialog shows the unit and range and keeps OK off for a refused value
    DriverOverrideDialog dialog(controller->project().dataset,
                                *controller->project().scenario(QStringLiteral("strict-saving")), 2023);
    dialog.driverBox()->setCurrentIndex(
        dialog.driverBox()->findData(int(core::Driver::IrrigationCoefficient)));
    dialog.valueEdit()->setText(QStringLiteral("1.2"));
    EXPECT_FALSE(dialog.value().has_value());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("(0, 1]")));
    dialog.valueEdit()->setText(QStringLiteral("0.58"));
    ASSERT_TRUE(dialog.value().has_value());
    EXPECT_DOUBLE_EQ(dialog.value()->value, 0.58);
    EXPECT_EQ(dialog.value()->fromYear, 0); // the lowest year reads "every projected year"
}

TEST_F(ScenarioManagerTest, deletingIsRefusedWhileOthersInheritAndUndoRestoresTheScenarioWithItsQuotas) {
    // When the baseline is to be deleted
    controller->setScenario(QStringLiteral("baseline"));
    EXPECT_FALSE(manager->deleteSelected());
    // Then the reason names its heirs, by name
    EXPECT_EQ(
        manager->messageLabel()->text(),
        QStringLiteral("“Baseline” cannot be deleted while other scenarios inherit from it: “Strict saving”, "
                       "“High growth”. Delete those first."));
    EXPECT_EQ(controller->project().scenarios.size(), 3u);
    // When a leaf with a quota split of its own is deleted
    controller->setScenario(QStringLiteral("high-growth"));
    core::Allocation own = controller->project().allocations.front();
    own.id = "HG-2035";
    own.scenario = "high-growth";
    controller->mutableProject().allocations.push_back(own);
    controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
    ASSERT_TRUE(manager->deleteSelected());
    // Then it and its split are gone and the window shows its parent
    EXPECT_EQ(controller->project().scenario(QStringLiteral("high-growth")), nullptr);
    EXPECT_EQ(controller->project().allocations.size(), 2u);
    EXPECT_EQ(controller->scenario(), QStringLiteral("baseline"));
    // And undo puts both back in their places
    controller->undoStack()->undo();
    ASSERT_EQ(controller->project().scenarios.size(), 3u);
    EXPECT_EQ(controller->project().scenarios[2].name, "high-growth");
    EXPECT_EQ(controller->project().allocations.back().id, "HG-2035");
    EXPECT_EQ(controller->scenario(), QStringLiteral("high-growth"));
}

TEST_F(ScenarioManagerTest, duplicatesRenamesAndReordersByNameNeverById) {
    controller->setScenario(QStringLiteral("high-growth"));
    const auto source = *controller->project().scenario(QStringLiteral("high-growth"));
    // Duplicate: same parent and own values, names marked as a copy in both languages
    const QString copy = manager->duplicateSelected();
    const core::Scenario* duplicated = controller->project().scenario(copy);
    ASSERT_NE(duplicated, nullptr);
    EXPECT_EQ(duplicated->parent, source.parent);
    EXPECT_EQ(duplicated->overrides.size(), source.overrides.size());
    EXPECT_EQ(duplicated->nameZh, "高增长情景（副本）");
    EXPECT_EQ(duplicated->nameEn, "High growth (copy)");
    // Rename: the chooser and the tree show the new name, the id stays
    controller->setScenario(copy);
    manager->describeSelected({"港口扩张", "Port expansion", "", "Faster port growth"});
    EXPECT_EQ(window->scenarioChooser()->currentText(), QStringLiteral("Port expansion"));
    EXPECT_EQ(manager->treeModel()->indexOf(copy).data().toString(), QStringLiteral("Port expansion"));
    EXPECT_EQ(controller->project().scenario(copy)->name, copy.toStdString());
    // Move up: it comes before high growth in the list and the chooser
    const auto position = [&](const QString& id) { return window->scenarioChooser()->findData(id); };
    ASSERT_GT(position(copy), position(QStringLiteral("high-growth")));
    manager->moveSelected(-1);
    EXPECT_LT(position(copy), position(QStringLiteral("high-growth")));
    // And three undos leave the project as it was
    for (int i = 0; i < 3; ++i)
        controller->undoStack()->undo();
    EXPECT_EQ(controller->project().scenarios.size(), 3u);
    EXPECT_EQ(controller->project().scenario(copy), nullptr);
}

TEST_F(ScenarioManagerTest, aQuotaEditLeavesTheDriverTablesAsTheyAreAndADriverEditAfterItShowsAtOnce) {
    // Given strict saving's drivers and own values shown
    controller->setScenario(QStringLiteral("strict-saving"));
    ScenarioDriversModel* drivers = manager->driversModel();
    ScenarioOverridesModel* own = manager->overridesModel();
    const QModelIndex industry = cell(core::Driver::IndustryIntensityChange, "450722");
    ASSERT_TRUE(industry.isValid());
    const QString shownBefore = industry.data().toString();
    const int ownRows = own->rowCount();
    int resets = 0;
    QObject::connect(drivers, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(own, &QAbstractItemModel::modelReset, [&] { ++resets; });
    // When 钦南区's 2035 quota is typed (a county quota split: no driver, no projected value changes)
    AllocationEditor* editor = window->plannerActions()->allocationEditor();
    editor->setYear(2035);
    editor->setQuota(QStringLiteral("450702"), 3e8);
    // Then neither table is reset (nor measured anew), and both still say what the scenario holds
    EXPECT_EQ(resets, 0);
    EXPECT_EQ(cell(core::Driver::IndustryIntensityChange, "450722").data().toString(), shownBefore);
    EXPECT_EQ(own->rowCount(), ownRows);

    // When a driver of 浦北县 is overridden after the quota edit, from the year the table shows
    ASSERT_TRUE(manager->addOverride(core::DriverOverride{.regionCode = "450722",
                                                          .driver = core::Driver::IndustryIntensityChange,
                                                          .fromYear = drivers->year(),
                                                          .value = -0.09}));
    // Then both tables show it at once
    EXPECT_GT(resets, 0);
    EXPECT_EQ(own->rowCount(), ownRows + 1);
    EXPECT_EQ(cell(core::Driver::IndustryIntensityChange, "450722").data().toString(),
              QStringLiteral("−9.0"));
}
