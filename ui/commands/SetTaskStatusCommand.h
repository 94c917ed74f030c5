// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/KeyTask.h"

#include <QUndoCommand>

namespace jieshui::ui {

class ProjectController;

/** Sets the status of one key task (by its plan number); undo restores the previous status. */
class SetTaskStatusCommand : public QUndoCommand {
public:
    SetTaskStatusCommand(ProjectController* controller, int taskNumber, core::TaskStatus status,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(core::TaskStatus status);

    ProjectController* m_controller;
    int m_taskNumber;
    core::TaskStatus m_newStatus;
    core::TaskStatus m_oldStatus = core::TaskStatus::NotStarted;
};

} // namespace jieshui::ui
