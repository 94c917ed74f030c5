// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace jieshui::output {

/** One value of a series; estimates and projections are drawn dashed. */
struct ChartPoint {
    int year = 0;
    double value = 0.0;
    bool estimate = false;
};

/** The 5–95 % band of a series' value in a year (over the Monte Carlo draws). */
struct ChartBandPoint {
    int year = 0;
    double low = 0.0;
    double high = 0.0;
};

struct ChartSeries {
    QString name;
    QColor color;
    std::vector<ChartPoint> points;   ///< ascending years
    std::vector<ChartBandPoint> band; ///< ascending years; drawn as a fan under the line when not empty
    QString bandName;                 ///< the band's legend entry, e.g. "钦南区 5–95% 区间"
};

/** A target or quota: a square at (year, value) with a label. */
struct ChartMarker {
    int year = 0;
    double value = 0.0;
    QString label;
};

struct ChartData {
    QString title;
    QString unit; ///< of the y axis, e.g. "亿m³"
    int firstYear = 2015;
    int lastYear = 2035;
    int lastObservedYear = 0; ///< years after it are shaded as projected; 0 = none
    QString projectedLabel;   ///< "预测" / "projected"
    std::vector<ChartSeries> series;
    std::vector<ChartMarker> markers;
};

/**
 * A trajectory chart (value over the years) painted with QPainter, so the PDF report draws it without Qt
 * Widgets or Qt Charts and its labels stay text: axes with round ticks, a shaded projected period, solid
 * lines for sourced values and dashed ones for estimates and projections, 5–95 % fans under them, target
 * squares, a legend.
 */
class TrajectoryChart {
public:
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& data, const QFont& font);
    /** The fill of a series' 5–95 % fan: its line colour, translucent (the window's chart draws it so too).
     */
    static QColor fanFill(QColor line);
    /** The edge of that fan. */
    static QColor fanEdge(QColor line);
    /** About @p count round tick values covering [low, high] (1-2-5 steps). */
    static std::vector<double> ticks(double low, double high, int count = 5);
};

} // namespace jieshui::output
