// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DescribeScenarioCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

DescribeScenarioCommand::DescribeScenarioCommand(ProjectController* controller, const QString& scenario,
                                                 ScenarioTexts texts, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(scenario), m_new(std::move(texts)) {
    QString before;
    if (const core::Scenario* s = m_controller->project().scenario(scenario)) {
        m_old = {s->nameZh, s->nameEn, s->descriptionZh, s->descriptionEn};
        before = DomainLabels::scenarioName(*s);
    }
    setText(QCoreApplication::translate("DescribeScenarioCommand", "Rename or describe scenario “%1”")
                .arg(before));
}

void DescribeScenarioCommand::redo() {
    apply(m_new);
}

void DescribeScenarioCommand::undo() {
    apply(m_old);
}

void DescribeScenarioCommand::apply(const ScenarioTexts& texts) {
    core::Scenario* s = m_controller->mutableProject().scenario(m_scenario);
    if (!s)
        return;
    s->nameZh = texts.nameZh;
    s->nameEn = texts.nameEn;
    s->descriptionZh = texts.descriptionZh;
    s->descriptionEn = texts.descriptionEn;
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
}

} // namespace jieshui::ui
