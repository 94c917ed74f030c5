// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioOverridesModel.h"

#include "ProjectController.h"
#include "TestProject.h"
#include "commands/SetDriverOverrideCommand.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(ScenarioOverridesModel, showsTheSelectedScenarioOverridesInPercentAndEditsThemUndoably) {
    // Given the "strict" scenario with a 6 %/yr GDP growth override for 钦南区
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    controller.setScenario(QStringLiteral("strict"));
    ScenarioOverridesModel model(&controller);
    EXPECT_EQ(model.rowCount(), 0);
    controller.undoStack()->push(new SetDriverOverrideCommand(
        &controller, QStringLiteral("strict"),
        {.regionCode = "450702", .driver = core::Driver::GdpRealGrowth, .value = 0.06}));
    // Then it is listed in percent
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, ScenarioOverridesModel::RegionColumn).data().toString(),
              QStringLiteral("Qinnan District"));
    EXPECT_EQ(model.index(0, ScenarioOverridesModel::ValueColumn).data().toString(),
              QStringLiteral("6.0 %/yr"));
    EXPECT_EQ(model.index(0, ScenarioOverridesModel::FromYearColumn).data().toString(),
              QStringLiteral("every projected year"));
    EXPECT_EQ(model.index(0, ScenarioOverridesModel::RangeColumn).data().toString(),
              QStringLiteral("[−50, 100] %/yr"));
    // When the value is edited to 8 (percent)
    ASSERT_TRUE(model.setData(model.index(0, ScenarioOverridesModel::ValueColumn), 8.0));
    // Then the scenario stores 0.08, and undo restores 0.06
    EXPECT_DOUBLE_EQ(controller.project().scenario(QStringLiteral("strict"))->overrides.at(0).value, 0.08);
    controller.undoStack()->undo();
    EXPECT_DOUBLE_EQ(controller.project().scenario(QStringLiteral("strict"))->overrides.at(0).value, 0.06);
    // And text that is not a number, or a value outside the range, is refused with the reason at the cell
    QString reason;
    QObject::connect(&model, &ScenarioOverridesModel::refused,
                     [&](const QModelIndex&, const QString& message) { reason = message; });
    const int steps = controller.undoStack()->count();
    EXPECT_FALSE(model.setData(model.index(0, ScenarioOverridesModel::ValueColumn), QStringLiteral("fast")));
    EXPECT_TRUE(reason.contains(QStringLiteral("not a number"))) << reason.toStdString();
    EXPECT_FALSE(model.setData(model.index(0, ScenarioOverridesModel::ValueColumn), QStringLiteral("-60")));
    EXPECT_EQ(reason, QStringLiteral("Real GDP growth must lie in [−50, 100] %/yr; −60.0 is outside."));
    EXPECT_EQ(controller.undoStack()->count(), steps);
    // And the other columns change the row in its place: another driver
    ASSERT_TRUE(model.setData(model.index(0, ScenarioOverridesModel::DriverColumn),
                              int(core::Driver::IvaRealGrowth)));
    EXPECT_EQ(controller.project().scenario(QStringLiteral("strict"))->overrides.at(0).driver,
              core::Driver::IvaRealGrowth);
    controller.undoStack()->undo();
    EXPECT_EQ(controller.project().scenario(QStringLiteral("strict"))->overrides.at(0).driver,
              core::Driver::GdpRealGrowth);
    // And the baseline has its own (empty) list
    controller.setScenario(QStringLiteral("baseline"));
    EXPECT_EQ(model.rowCount(), 0);
}
