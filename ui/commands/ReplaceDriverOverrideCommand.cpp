// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ReplaceDriverOverrideCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "i18n/ScenarioWords.h"

#include <QCoreApplication>

namespace jieshui::ui {

ReplaceDriverOverrideCommand::ReplaceDriverOverrideCommand(ProjectController* controller,
                                                           const QString& scenario, std::size_t row,
                                                           core::DriverOverride value, QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(scenario), m_row(row),
      m_new(std::move(value)) {
    QString name = scenario;
    if (const core::Scenario* s = m_controller->project().scenario(scenario)) {
        name = DomainLabels::scenarioName(*s);
        if (row < s->overrides.size())
            m_old = s->overrides[row];
    }
    setText(QCoreApplication::translate("ReplaceDriverOverrideCommand", "Change %1 in “%2”")
                .arg(i18n::ScenarioWords::driverName(m_new.driver, DomainLabels::isChinese()), name));
}

void ReplaceDriverOverrideCommand::redo() {
    apply(m_new);
}

void ReplaceDriverOverrideCommand::undo() {
    apply(m_old);
}

void ReplaceDriverOverrideCommand::apply(const core::DriverOverride& value) {
    core::Scenario* s = m_controller->mutableProject().scenario(m_scenario);
    if (!s || m_row >= s->overrides.size())
        return;
    s->overrides[m_row] = value;
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged, QString::fromStdString(value.regionCode)});
}

} // namespace jieshui::ui
