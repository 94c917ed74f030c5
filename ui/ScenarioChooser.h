// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <QComboBox>
#include <vector>

namespace jieshui::ui {

/** Chooses the scenario whose results the window shows; lists the project's scenarios by their names. */
class ScenarioChooser : public QComboBox {
    Q_OBJECT

public:
    explicit ScenarioChooser(QWidget* parent = nullptr);

    QString scenario() const { return currentData().toString(); }
    /**
     * Replaces the list with @p scenarios (shown by DomainLabels::scenarioName, the id in the tooltip);
     * keeps @p current selected without emitting scenarioChosen. Disabled when there are none. The same
     * list again leaves the items as they are (no new measuring, no new layout of the window).
     */
    void setScenarios(const std::vector<core::Scenario>& scenarios, const QString& current);
    void setScenario(const QString& name);

signals:
    void scenarioChosen(const QString& name);
};

} // namespace jieshui::ui
