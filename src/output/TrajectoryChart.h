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

struct ChartSeries {
    QString name;
    QColor color;
    std::vector<ChartPoint> points; ///< ascending years
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
 * lines for sourced values and dashed ones for estimates and projections, target squares, a legend.
 */
class TrajectoryChart {
public:
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& data, const QFont& font);
    /** About @p count round tick values covering [low, high] (1-2-5 steps). */
    static std::vector<double> ticks(double low, double high, int count = 5);
};

} // namespace jieshui::output
