// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioChooser.h"

#include "DomainLabels.h"

#include <QSignalBlocker>

namespace jieshui::ui {

ScenarioChooser::ScenarioChooser(QWidget* parent) : QComboBox(parent) {
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("Scenario whose results are shown"));
    connect(this, &QComboBox::activated, this, [this](int) { emit scenarioChosen(scenario()); });
}

void ScenarioChooser::setScenarios(const std::vector<core::Scenario>& scenarios, const QString& current) {
    const QSignalBlocker blocker(this);
    // The same list (a quota or driver edited): kept as it is. Filled anew, the box would measure itself
    // again and the whole window lay itself out again, on every edit.
    bool same = count() == static_cast<int>(scenarios.size());
    for (int i = 0; same && i < count(); ++i)
        same = itemText(i) == DomainLabels::scenarioName(scenarios[std::size_t(i)]) &&
               itemData(i).toString() == QString::fromStdString(scenarios[std::size_t(i)].name);
    if (same) {
        setEnabled(!scenarios.empty());
        setScenario(current);
        return;
    }
    clear();
    for (const core::Scenario& scenario : scenarios) {
        addItem(DomainLabels::scenarioName(scenario), QString::fromStdString(scenario.name));
        setItemData(count() - 1, QString::fromStdString(scenario.name), Qt::ToolTipRole);
    }
    setEnabled(!scenarios.empty());
    setScenario(current);
}

void ScenarioChooser::setScenario(const QString& name) {
    const int i = findData(name);
    if (i >= 0) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(i);
    }
}

} // namespace jieshui::ui
