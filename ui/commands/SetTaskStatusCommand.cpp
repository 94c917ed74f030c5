// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetTaskStatusCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

SetTaskStatusCommand::SetTaskStatusCommand(ProjectController* controller, int taskNumber,
                                           core::TaskStatus status, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_taskNumber(taskNumber), m_newStatus(status) {
    if (const core::KeyTask* task = m_controller->mutableProject().dataset.task(taskNumber))
        m_oldStatus = task->status;
    setText(QCoreApplication::translate("SetTaskStatusCommand", "Set task %1 to “%2”")
                .arg(taskNumber)
                .arg(DomainLabels::taskStatusName(status)));
}

void SetTaskStatusCommand::redo() {
    apply(m_newStatus);
}

void SetTaskStatusCommand::undo() {
    apply(m_oldStatus);
}

void SetTaskStatusCommand::apply(core::TaskStatus status) {
    core::KeyTask* task = m_controller->mutableProject().dataset.task(m_taskNumber);
    if (!task)
        return;
    task->status = status;
    m_controller->notify(ChangeEvent{ChangeKind::TaskChanged, QString(), m_taskNumber});
}

} // namespace jieshui::ui
