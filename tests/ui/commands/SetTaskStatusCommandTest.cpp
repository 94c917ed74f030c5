// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetTaskStatusCommand.h"

#include "KeyTaskModel.h"
#include "ProjectController.h"
#include "TestProject.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {
core::TaskStatus statusOf(ProjectController& controller, int number) {
    return controller.mutableProject().dataset.task(number)->status;
}
} // namespace

TEST(SetTaskStatusCommand, redoSetsAndUndoRestoresTheStatus) {
    // Given task 8, not started
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    ASSERT_EQ(statusOf(controller, 8), core::TaskStatus::NotStarted);
    // When it is set to done through the undo stack
    controller.undoStack()->push(new SetTaskStatusCommand(&controller, 8, core::TaskStatus::Done));
    // Then it is done, the project is modified, and undo brings it back
    EXPECT_EQ(statusOf(controller, 8), core::TaskStatus::Done);
    EXPECT_TRUE(controller.isModified());
    controller.undoStack()->undo();
    EXPECT_EQ(statusOf(controller, 8), core::TaskStatus::NotStarted);
    EXPECT_FALSE(controller.isModified());
    controller.undoStack()->redo();
    EXPECT_EQ(statusOf(controller, 8), core::TaskStatus::Done);
}

TEST(SetTaskStatusCommand, ignoresAnUnknownTask) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // When a task number that does not exist is set
    controller.undoStack()->push(new SetTaskStatusCommand(&controller, 99, core::TaskStatus::Done));
    // Then no task changed
    EXPECT_EQ(statusOf(controller, 8), core::TaskStatus::NotStarted);
    EXPECT_EQ(statusOf(controller, 12), core::TaskStatus::NotStarted);
}

TEST(KeyTaskModel, editingTheStatusGoesThroughTheUndoStack) {
    // Given the key-task model
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    KeyTaskModel model(&controller);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex status = model.index(1, KeyTaskModel::StatusColumn);
    EXPECT_TRUE(model.flags(status) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(1, KeyTaskModel::TitleColumn)) & Qt::ItemIsEditable);
    // When task 12 is set in progress
    ASSERT_TRUE(model.setData(status, int(core::TaskStatus::InProgress)));
    // Then the model shows it and one command is on the stack
    EXPECT_EQ(status.data().toString(), QStringLiteral("In progress"));
    EXPECT_EQ(controller.undoStack()->count(), 1);
    // And a bad value is refused without a command
    EXPECT_FALSE(model.setData(status, 42));
    EXPECT_FALSE(model.setData(status, QStringLiteral("done")));
    EXPECT_EQ(controller.undoStack()->count(), 1);
    controller.undoStack()->undo();
    EXPECT_EQ(status.data().toString(), QStringLiteral("Not started"));
}
