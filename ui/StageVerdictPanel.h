// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QWidget>

class QLabel;

namespace jieshui::ui {

class MapPresenter;
class ProjectController;

/**
 * The presentation stage's account of the selected year in large type: each numeric target of the plan for
 * that year with the city's value and its verdict in the verdict's colour, then how many key-task
 * milestones of the year are met. A year without targets says so and gives the mapped indicator's value.
 * Beside a second map each target gives both scenarios' values and verdicts.
 */
class StageVerdictPanel : public QWidget {
    Q_OBJECT

public:
    explicit StageVerdictPanel(ProjectController* controller, QWidget* parent = nullptr);

    /** The text shown (plain), for tests. */
    QString plainText() const;
    /** Rebuilds now (normally on every change of the controller while visible). */
    void rebuild();
    /**
     * The second map of a comparison: while it is active each target shows both scenarios' values and
     * verdicts, each under its scenario's name; null or inactive shows the selected scenario alone.
     */
    void setComparePresenter(MapPresenter* presenter) { m_compare = presenter; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
    MapPresenter* m_compare = nullptr;
    QLabel* m_label;
};

} // namespace jieshui::ui
