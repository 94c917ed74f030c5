// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QChartView>

class QLabel;
class QLineSeries;

namespace jieshui::ui {

class ProjectController;

/**
 * The selected indicator over 2015–2035 (Qt Charts): one line per county and a thicker one for the city;
 * observed (sourced) values solid, estimates and projections dashed; the plan's targets as markers, always
 * inside the plot (the axes are widened to hold them); a vertical rule at the selected year. Values in the
 * indicator's display unit — or, when a key-task milestone is focused (ProjectController::focusTarget()),
 * the milestone's own quantity in the plan's unit (万亩, 个, %, done/not done).
 * After an uncertainty analysis, a shaded fan shows the 5–95 % band of the selected county (else the city).
 * The legend is a wrapping line of text under the plot, so no region name is ever cut short.
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
    /** The legend under the plot (tests). */
    QLabel* legendLabel() const { return m_legend; }
    /** The unit of the value axis ("亿m³", "万亩", …; empty for a coefficient or done/not done). */
    QString valueUnit() const { return m_unit; }
    /** Makes the text larger for presentation mode. */
    void setLargeText(bool large);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();
    void placeLegend();
    void fitChart();

    ProjectController* m_controller;
    QLabel* m_legend;
    QString m_unit;
    int m_regionLineCount = 0;
    int m_targetMarkerCount = 0;
    int m_fanYearCount = 0;
    bool m_largeText = false;
};

} // namespace jieshui::ui
