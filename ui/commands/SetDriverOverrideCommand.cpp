// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/SetDriverOverrideCommand.h"

#include "ProjectController.h"

#include <QCoreApplication>
#include <algorithm>

namespace jieshui::ui {

namespace {
bool sameKey(const core::DriverOverride& a, const core::DriverOverride& b) {
    return a.regionCode == b.regionCode && a.driver == b.driver && a.fromYear == b.fromYear;
}
} // namespace

SetDriverOverrideCommand::SetDriverOverrideCommand(ProjectController* controller, const QString& scenario,
                                                   core::DriverOverride value, bool remove,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_scenario(scenario), m_key(value) {
    if (!remove)
        m_new = value;
    if (const core::Scenario* s = m_controller->project().scenario(scenario)) {
        const auto it = std::find_if(s->overrides.begin(), s->overrides.end(),
                                     [&](const core::DriverOverride& o) { return sameKey(o, m_key); });
        if (it != s->overrides.end())
            m_old = *it;
    }
    setText(remove ? QCoreApplication::translate("SetDriverOverrideCommand", "Remove override %1 of %2")
                         .arg(QString::fromLatin1(core::driverId(value.driver)), scenario)
                   : QCoreApplication::translate("SetDriverOverrideCommand", "Set override %1 of %2")
                         .arg(QString::fromLatin1(core::driverId(value.driver)), scenario));
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
    overrides.erase(std::remove_if(overrides.begin(), overrides.end(),
                                   [&](const core::DriverOverride& o) { return sameKey(o, m_key); }),
                    overrides.end());
    if (value)
        overrides.push_back(*value);
    m_controller->notify(ChangeEvent{ChangeKind::ScenariosChanged, QString::fromStdString(m_key.regionCode)});
}

} // namespace jieshui::ui
