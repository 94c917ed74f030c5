// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Lesson.h"

#include <QUndoCommand>
#include <vector>

namespace jieshui::ui {

class ProjectController;

/** Replaces the project's lessons by an edited set (the lesson editor's OK); undo restores them. */
class SetLessonsCommand : public QUndoCommand {
public:
    SetLessonsCommand(ProjectController* controller, std::vector<core::Lesson> lessons,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<core::Lesson>& lessons);

    ProjectController* m_controller;
    std::vector<core::Lesson> m_old;
    std::vector<core::Lesson> m_new;
};

} // namespace jieshui::ui
