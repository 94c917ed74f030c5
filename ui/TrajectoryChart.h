// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QChartView>

class QLineSeries;

namespace jieshui::ui {

class ProjectController;

/**
 * The selected indicator over 2015–2035 (Qt Charts): one line per county and a thicker one for the city;
 * observed (sourced) values solid, estimates and projections dashed; the plan's targets as markers; a
 * vertical rule at the selected year. Values in the indicator's display unit. After an uncertainty analysis,
 * a shaded fan shows the 5–95 % band of the selected county (else the city) in every year to 2035.
 */
class TrajectoryChart : public QChartView {
    Q_OBJECT

public:
    explicit TrajectoryChart(ProjectController* controller, QWidget* parent = nullptr);

    /** Number of regions drawn (lines with at least one value), for tests. */
    int regionLineCount() const { return m_regionLineCount; }
    /** Number of target markers drawn, for tests. */
    int targetMarkerCount() const { return m_targetMarkerCount; }
    /** Years of the uncertainty fan drawn (0 without an analysis), for tests. */
    int fanYearCount() const { return m_fanYearCount; }
    /** Makes the text larger for presentation mode. */
    void setLargeText(bool large);

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();

    ProjectController* m_controller;
    int m_regionLineCount = 0;
    int m_targetMarkerCount = 0;
    int m_fanYearCount = 0;
    bool m_largeText = false;
};

} // namespace jieshui::ui
