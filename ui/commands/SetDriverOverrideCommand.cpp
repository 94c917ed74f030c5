// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetDriverOverrideCommand.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "i18n/ScenarioWords.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>

namespace jieshui::ui {

SetDriverOverrideCommand::SetDriverOverrideCommand(ProjectController* controller, const QString& scenario,
                                                   core::DriverOverride value, bool remove,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(scenario), m_key(value) {
    if (!remove)
        m_new = value;
    QString scenarioName = scenario;
    if (const core::Scenario* s = m_controller->project().scenario(scenario)) {
        scenarioName = DomainLabels::scenarioName(*s);
        const auto i =
            core::ScenarioEditor::overrideIndex(*s, value.regionCode, value.driver, value.fromYear);
        m_position = i.value_or(s->overrides.size());
        if (i)
            m_old = s->overrides[*i];
    }
    const bool zh = DomainLabels::isChinese();
    const QString driver = i18n::ScenarioWords::driverName(value.driver, zh);
    const QString region =
        i18n::ScenarioWords::regionLabel(m_controller->project().dataset, value.regionCode, zh);
    setText(remove ? QCoreApplication::translate("SetDriverOverrideCommand", "Remove %1 of %2 in “%3”")
                         .arg(driver, region, scenarioName)
                   : QCoreApplication::translate("SetDriverOverrideCommand", "Set %1 of %2 to %3 in “%4”")
                         .arg(driver, region, i18n::ScenarioWords::formatValue(value.driver, value.value, zh),
                              scenarioName));
}

void SetDriverOverrideCommand::redo() {
    apply(m_new);
}

void SetDriverOverrideCommand::undo() {
    apply(m_old);
}

void SetDriverOverrideCommand::apply(const std::optional<core::DriverOverride>& value) {
    core::Scenario* s = m_controller->mutableProject().scenario(m_scenario);
    if (!s)
        return;
    auto& overrides = s->overrides;
    const auto at = core::ScenarioEditor::overrideIndex(*s, m_key.regionCode, m_key.driver, m_key.fromYear);
    if (value && at)
        overrides[*at] = *value; // in its place
    else if (value)
        overrides.insert(overrides.begin() + std::ptrdiff_t(std::min(m_position, overrides.size())), *value);
    else if (at)
        overrides.erase(overrides.begin() + std::ptrdiff_t(*at));
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged, QString::fromStdString(m_key.regionCode)});
}

} // namespace jieshui::ui
