// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetLessonsCommand.h"

#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

SetLessonsCommand::SetLessonsCommand(ProjectController* controller, std::vector<core::Lesson> lessons,
                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_old(controller->project().lessons),
      m_new(std::move(lessons)) {
    setText(QCoreApplication::translate("SetLessonsCommand", "Edit lessons"));
}

void SetLessonsCommand::redo() {
    apply(m_new);
}

void SetLessonsCommand::undo() {
    apply(m_old);
}

void SetLessonsCommand::apply(const std::vector<core::Lesson>& lessons) {
    m_controller->mutableProject().lessons = lessons;
    m_controller->notify(ChangeEvent{ChangeKind::LessonsChanged});
}

} // namespace jieshui::ui
