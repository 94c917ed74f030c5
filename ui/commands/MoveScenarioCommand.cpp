// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/MoveScenarioCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>

namespace jieshui::ui {

MoveScenarioCommand::MoveScenarioCommand(ProjectController* controller, const QString& scenario,
                                         std::size_t position, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(scenario), m_to(position) {
    const auto& scenarios = m_controller->project().scenarios;
    if (const auto i = core::ScenarioEditor::indexOf(scenarios, scenario.toStdString())) {
        m_from = *i;
        setText(QCoreApplication::translate("MoveScenarioCommand", "Move scenario “%1”")
                    .arg(DomainLabels::scenarioName(scenarios[*i])));
    }
}

void MoveScenarioCommand::redo() {
    moveTo(m_to);
}

void MoveScenarioCommand::undo() {
    moveTo(m_from);
}

void MoveScenarioCommand::moveTo(std::size_t position) {
    ProjectData& project = m_controller->mutableProject();
    core::ScenarioEditor editor(project.scenarios, core::ScenarioRegions::fromDataset(project.dataset));
    if (editor.move(m_scenario.toStdString(), position))
        return;
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
}

} // namespace jieshui::ui
