// SPDX-License-Identifier: GPL-3.0-or-later
// Regions added, renamed and removed in the window: each one undo command, all or nothing.
#include "RegionsPanel.h"

#include "ProjectController.h"
#include "RegionEditing.h"
#include "TestProject.h"

#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

std::unique_ptr<ProjectController> openTestProject() {
    auto controller = std::make_unique<ProjectController>(std::make_unique<uitest::InMemoryRepository>());
    EXPECT_TRUE(controller->openEmbedded().isOk());
    return controller;
}

bool treeHas(const RegionsPanel& panel, const QString& code) {
    return !panel.tree()->findItems(code, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty();
}

} // namespace

TEST(RegionsPanel, showsTheHierarchy) {
    auto controller = openTestProject();
    RegionsPanel panel(controller.get());
    // The city at the top, its two counties under it
    ASSERT_EQ(panel.tree()->topLevelItemCount(), 1);
    EXPECT_EQ(panel.tree()->topLevelItem(0)->text(1), QStringLiteral("450700"));
    EXPECT_EQ(panel.tree()->topLevelItem(0)->childCount(), 2);
}

TEST(RegionsPanel, addingAndRenamingAreUndoable) {
    auto controller = openTestProject();
    RegionsPanel panel(controller.get());
    RegionEditing editing(controller.get());
    // When a county is added
    ASSERT_TRUE(editing
                    .add({.code = "450799",
                          .kind = core::RegionKind::County,
                          .nameZh = "新区",
                          .parentCode = "450700"})
                    .isOk());
    // Then the project and the tree have it, and the edit is one undo step
    EXPECT_NE(controller->project().dataset.region("450799"), nullptr);
    EXPECT_TRUE(treeHas(panel, QStringLiteral("450799")));
    EXPECT_TRUE(controller->isModified());
    EXPECT_EQ(controller->undoStack()->count(), 1);
    // When it is renamed, and both edits undone
    ASSERT_TRUE(editing.rename(QStringLiteral("450799"), QStringLiteral("滨海新区"), QStringLiteral("Binhai"))
                    .isOk());
    EXPECT_EQ(controller->project().dataset.region("450799")->nameZh, "滨海新区");
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().dataset.region("450799")->nameZh, "新区");
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().dataset.region("450799"), nullptr);
    EXPECT_FALSE(treeHas(panel, QStringLiteral("450799")));
    EXPECT_FALSE(controller->isModified());
    // And a refused edit changes nothing and leaves no undo step
    EXPECT_TRUE(editing.add({.code = "450702", .nameZh = "重复", .parentCode = "450700"}).hasError());
    EXPECT_EQ(controller->undoStack()->index(), 0);
}

TEST(RegionsPanel, removingTakesTheStatisticsAndUndoBringsThemBack) {
    auto controller = openTestProject();
    RegionsPanel panel(controller.get());
    RegionEditing editing(controller.get());
    controller->setYear(2020);
    const std::size_t statistics = controller->project().dataset.statisticCount();
    // Given what removing 钦北区 takes with it
    auto plan = editing.planRemoval(QStringLiteral("450703"));
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    EXPECT_GT(plan.value().statistics, 0u);
    EXPECT_GT(plan.value().features, 0u);
    // When it is removed
    ASSERT_TRUE(editing.remove(QStringLiteral("450703")).isOk());
    // Then its statistics and map feature are gone, and the city is judged on 钦南区 alone (95 %)
    EXPECT_EQ(controller->project().dataset.statisticCount(), statistics - plan.value().statistics);
    EXPECT_FALSE(treeHas(panel, QStringLiteral("450703")));
    for (const auto& layer : controller->project().layers)
        for (const auto& f : layer.features)
            EXPECT_NE(f.regionCode, QStringLiteral("450703"));
    auto alone = controller->compute(core::Indicator::IndustrialReuseRate, QStringLiteral("450700"), 2020);
    ASSERT_TRUE(alone.isOk());
    EXPECT_NEAR(alone.value().value, 0.95, 1e-9);
    // When undone, everything is back and the city is 87.5 % again
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().dataset.statisticCount(), statistics);
    EXPECT_TRUE(treeHas(panel, QStringLiteral("450703")));
    auto both = controller->compute(core::Indicator::IndustrialReuseRate, QStringLiteral("450700"), 2020);
    ASSERT_TRUE(both.isOk());
    EXPECT_NEAR(both.value().value, 0.875, 1e-9);
}
