// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AddRemoveScenarioCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>

namespace jieshui::ui {

AddScenarioCommand::AddScenarioCommand(ProjectController* controller, core::Scenario scenario,
                                       std::optional<std::size_t> position, bool select, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(std::move(scenario)), m_position(position),
      m_select(select) {
    setText(QCoreApplication::translate("AddScenarioCommand", "Create scenario “%1”")
                .arg(DomainLabels::scenarioName(m_scenario)));
}

void AddScenarioCommand::redo() {
    ProjectData& project = m_controller->mutableProject();
    core::ScenarioEditor editor(project.scenarios, core::ScenarioRegions::fromDataset(project.dataset));
    if (editor.create(m_scenario, m_position))
        return; // checked before the push; a refusal here leaves the project as it was
    m_position = core::ScenarioEditor::indexOf(project.scenarios, m_scenario.name);
    m_previousSelection = m_controller->scenario();
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
    if (m_select)
        m_controller->setScenario(QString::fromStdString(m_scenario.name));
}

void AddScenarioCommand::undo() {
    ProjectData& project = m_controller->mutableProject();
    if (const auto i = core::ScenarioEditor::indexOf(project.scenarios, m_scenario.name)) {
        m_scenario = project.scenarios[*i]; // with the edits made to it since (undone by then)
        project.scenarios.erase(project.scenarios.begin() + std::ptrdiff_t(*i));
    }
    if (m_select && !m_previousSelection.isEmpty())
        m_controller->setScenario(m_previousSelection);
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
}

RemoveScenarioCommand::RemoveScenarioCommand(ProjectController* controller, const QString& scenario,
                                             QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller) {
    const ProjectData& project = m_controller->project();
    if (const core::Scenario* s = project.scenario(scenario))
        m_scenario = *s;
    m_scenario.name = scenario.toStdString();
    setText(QCoreApplication::translate("RemoveScenarioCommand", "Delete scenario “%1”")
                .arg(DomainLabels::scenarioName(m_scenario)));
}

void RemoveScenarioCommand::redo() {
    ProjectData& project = m_controller->mutableProject();
    const auto index = core::ScenarioEditor::indexOf(project.scenarios, m_scenario.name);
    if (!index || !core::ScenarioEditor::heirsOf(project.scenarios, m_scenario.name).empty())
        return; // checked before the push
    m_index = *index;
    m_scenario = project.scenarios[m_index];
    m_previousSelection = m_controller->scenario();
    if (m_previousSelection.toStdString() == m_scenario.name)
        m_controller->setScenario(QString::fromStdString(m_scenario.parent));
    m_allocations.clear();
    for (std::size_t i = 0; i < project.allocations.size(); ++i)
        if (project.allocations[i].scenario == m_scenario.name)
            m_allocations.emplace_back(i, project.allocations[i]);
    for (auto it = m_allocations.rbegin(); it != m_allocations.rend(); ++it)
        project.allocations.erase(project.allocations.begin() + std::ptrdiff_t(it->first));
    project.scenarios.erase(project.scenarios.begin() + std::ptrdiff_t(m_index));
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
}

void RemoveScenarioCommand::undo() {
    ProjectData& project = m_controller->mutableProject();
    project.scenarios.insert(
        project.scenarios.begin() + std::ptrdiff_t(std::min(m_index, project.scenarios.size())), m_scenario);
    for (const auto& [position, allocation] : m_allocations)
        project.allocations.insert(project.allocations.begin() +
                                       std::ptrdiff_t(std::min(position, project.allocations.size())),
                                   allocation);
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
    if (!m_previousSelection.isEmpty())
        m_controller->setScenario(m_previousSelection);
}

} // namespace jieshui::ui
