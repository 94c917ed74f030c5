// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetDriverOverrideCommand.h"

#include "ProjectController.h"
#include "TestProject.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(SetDriverOverrideCommand, addsReplacesAndRemovesAnOverrideUndoably) {
    // Given the "strict" scenario without overrides
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    const auto overrides = [&] { return controller.project().scenario(QStringLiteral("strict"))->overrides; };
    ASSERT_TRUE(overrides().empty());
    const core::DriverOverride growth{
        .regionCode = "450702", .driver = core::Driver::GdpRealGrowth, .value = 0.06};
    // When an override is set, then replaced
    controller.undoStack()->push(new SetDriverOverrideCommand(&controller, QStringLiteral("strict"), growth));
    core::DriverOverride faster = growth;
    faster.value = 0.08;
    controller.undoStack()->push(new SetDriverOverrideCommand(&controller, QStringLiteral("strict"), faster));
    // Then one override with the last value remains
    ASSERT_EQ(overrides().size(), 1u);
    EXPECT_DOUBLE_EQ(overrides()[0].value, 0.08);
    // When it is removed and the removal undone
    controller.undoStack()->push(
        new SetDriverOverrideCommand(&controller, QStringLiteral("strict"), faster, true));
    EXPECT_TRUE(overrides().empty());
    controller.undoStack()->undo();
    ASSERT_EQ(overrides().size(), 1u);
    EXPECT_DOUBLE_EQ(overrides()[0].value, 0.08);
    // And undoing twice more leaves no override
    controller.undoStack()->undo();
    controller.undoStack()->undo();
    EXPECT_TRUE(overrides().empty());
}
