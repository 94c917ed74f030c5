// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace jieshui::ui {

/** Chooses the scenario whose results the window shows; lists the project's scenarios by name. */
class ScenarioChooser : public QComboBox {
    Q_OBJECT

public:
    explicit ScenarioChooser(QWidget* parent = nullptr);

    QString scenario() const { return currentData().toString(); }
    /** Replaces the list; keeps @p current selected (without emitting scenarioChosen). */
    void setScenarios(const QStringList& names, const QString& current);
    void setScenario(const QString& name);

signals:
    void scenarioChosen(const QString& name);
};

} // namespace jieshui::ui
