// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetUncertaintyCommand.h"

#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

SetUncertaintyCommand::SetUncertaintyCommand(ProjectController* controller, core::UncertaintyModel model,
                                             QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_new(std::move(model)),
      m_old(controller->project().uncertainty) {
    setText(QCoreApplication::translate("SetUncertaintyCommand", "Edit the uncertainty of the inputs"));
}

void SetUncertaintyCommand::redo() {
    apply(m_new);
}

void SetUncertaintyCommand::undo() {
    apply(m_old);
}

void SetUncertaintyCommand::apply(const core::UncertaintyModel& model) {
    m_controller->mutableProject().uncertainty = model;
    m_controller->notify(ChangeEvent{ChangeKind::UncertaintyChanged});
}

} // namespace jieshui::ui
