// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty/UncertaintyModel.h"

#include <QUndoCommand>

namespace jieshui::ui {

class ProjectController;

/**
 * Replaces the project's uncertainty model (defaults per provenance, statistics rules, driver ranges) by an
 * edited one — one edit of the uncertainty dialog. Undo restores the previous model. Announces
 * ChangeKind::UncertaintyChanged: verdicts stay, probabilities are recomputed.
 */
class SetUncertaintyCommand : public QUndoCommand {
public:
    SetUncertaintyCommand(ProjectController* controller, core::UncertaintyModel model, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const core::UncertaintyModel& model);

    ProjectController* m_controller;
    core::UncertaintyModel m_new;
    core::UncertaintyModel m_old;
};

} // namespace jieshui::ui
