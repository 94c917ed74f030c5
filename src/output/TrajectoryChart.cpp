// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/TrajectoryChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::output {

namespace {

QFont sized(QFont font, double pixels, bool bold = false) {
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

} // namespace

std::vector<double> TrajectoryChart::ticks(double low, double high, int count) {
    if (!(high > low) || count < 1)
        return {low};
    const double raw = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    std::vector<double> out;
    // From the last step at or below low to the first at or above high, so every value is inside.
    const double first = std::floor(low / step + 1e-9);
    const double last = std::ceil(high / step - 1e-9);
    for (double k = first; k <= last; k += 1.0)
        out.push_back(std::abs(k) < 0.5 ? 0.0 : k * step);
    return out;
}

QColor TrajectoryChart::fanFill(QColor line) {
    line.setAlpha(60);
    return line;
}

QColor TrajectoryChart::fanEdge(QColor line) {
    line.setAlpha(110);
    return line;
}

void TrajectoryChart::paint(QPainter& painter, const QRectF& rect, const ChartData& data, const QFont& font) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont titleFont = sized(font, 11.0, true);
    const QFont tickFont = sized(font, 8.5);
    const QFontMetricsF tickMetrics(tickFont);

    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const ChartSeries& s : data.series) {
        for (const ChartPoint& p : s.points) {
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
        for (const ChartBandPoint& b : s.band) {
            low = std::min(low, b.low);
            high = std::max(high, b.high);
        }
    }
    for (const ChartMarker& m : data.markers) {
        low = std::min(low, m.value);
        high = std::max(high, m.value);
    }
    painter.setFont(titleFont);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    const double titleHeight = QFontMetricsF(titleFont).height() * 1.4;
    // The unit goes with the title, clear of the tick labels.
    const QString title =
        data.unit.isEmpty() ? data.title : QStringLiteral("%1 (%2)").arg(data.title, data.unit);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    if (!std::isfinite(low)) {
        painter.restore();
        return;
    }
    if (high == low) {
        high += std::max(1e-6, std::abs(high) * 0.1);
        low -= std::max(1e-6, std::abs(low) * 0.1);
    }
    const double span = high - low;
    const std::vector<double> yTicks = ticks(low - span * 0.05, high + span * 0.05, 5);
    const double yMin = yTicks.front();
    const double yMax = yTicks.back();
    double labelWidth = 0.0;
    for (const double t : yTicks)
        labelWidth = std::max(labelWidth, tickMetrics.horizontalAdvance(QString::number(t, 'g', 6)));
    const double legendHeight = tickMetrics.height() * 1.6;
    const QRectF plot(rect.left() + labelWidth + 10.0, rect.top() + titleHeight + 4.0,
                      rect.width() - labelWidth - 18.0,
                      rect.height() - titleHeight - tickMetrics.height() * 1.8 - legendHeight - 6.0);
    auto xOf = [&](double year) {
        return plot.left() +
               (year - data.firstYear) / std::max(1, data.lastYear - data.firstYear) * plot.width();
    };
    auto yOf = [&](double value) { return plot.bottom() - (value - yMin) / (yMax - yMin) * plot.height(); };

    // The projected years, shaded.
    if (data.lastObservedYear > 0 && data.lastObservedYear < data.lastYear) {
        const QRectF shade(QPointF(xOf(data.lastObservedYear), plot.top()), plot.bottomRight());
        painter.fillRect(shade, QColor(0xf1, 0xf3, 0xf6));
        painter.setFont(tickFont);
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(shade.adjusted(4, 2, -2, 0), Qt::AlignTop | Qt::AlignLeft, data.projectedLabel);
    }
    // Grid and ticks.
    painter.setFont(tickFont);
    for (const double t : yTicks) {
        const double y = yOf(t);
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(rect.left(), y - 8, labelWidth + 4.0, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(t, 'g', 6));
    }
    for (int year = data.firstYear; year <= data.lastYear; year += 5) {
        const double x = xOf(year);
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.6));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.drawText(QRectF(x - 20, plot.bottom() + 3, 40, tickMetrics.height()), Qt::AlignCenter,
                         QString::number(year));
    }
    painter.setPen(QPen(QColor(0x40, 0x40, 0x40), 0.8));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Fans under the lines: the upper ends forward, the lower ones back.
    for (const ChartSeries& s : data.series) {
        if (s.band.size() < 2)
            continue;
        QPolygonF fan;
        for (const ChartBandPoint& b : s.band)
            fan << QPointF(xOf(b.year), yOf(b.high));
        for (auto b = s.band.rbegin(); b != s.band.rend(); ++b)
            fan << QPointF(xOf(b->year), yOf(b->low));
        painter.setPen(QPen(fanEdge(s.color), 0.8));
        painter.setBrush(fanFill(s.color));
        painter.drawPolygon(fan);
    }
    // Series: solid between sourced values, dashed where either end is an estimate or projection.
    for (const ChartSeries& s : data.series) {
        for (std::size_t i = 1; i < s.points.size(); ++i) {
            const ChartPoint& a = s.points[i - 1];
            const ChartPoint& b = s.points[i];
            QPen pen(s.color, 1.8);
            if (a.estimate || b.estimate)
                pen.setStyle(Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(xOf(a.year), yOf(a.value)), QPointF(xOf(b.year), yOf(b.value)));
        }
        painter.setBrush(s.color);
        painter.setPen(Qt::NoPen);
        for (const ChartPoint& p : s.points)
            if (!p.estimate)
                painter.drawEllipse(QPointF(xOf(p.year), yOf(p.value)), 2.2, 2.2);
    }
    // Markers: targets and quotas.
    for (const ChartMarker& m : data.markers) {
        const QPointF centre(xOf(m.year), yOf(m.value));
        painter.setPen(QPen(QColor(0xb2, 0x18, 0x2b), 1.0));
        painter.setBrush(QColor(0xd5, 0x5e, 0x00));
        painter.drawRect(QRectF(centre - QPointF(3.5, 3.5), QSizeF(7, 7)));
        painter.setPen(QColor(0x8a, 0x2a, 0x00));
        const double w = tickMetrics.horizontalAdvance(m.label) + 4;
        const double x = std::min(centre.x() + 5, plot.right() - w);
        painter.drawText(QRectF(x, centre.y() - tickMetrics.height() - 3, w, tickMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m.label);
    }
    // Legend under the axis.
    double x = plot.left();
    const double y = plot.bottom() + tickMetrics.height() * 1.6;
    for (const ChartSeries& s : data.series) {
        painter.setPen(QPen(s.color, 1.8));
        painter.drawLine(QPointF(x, y + legendHeight / 2), QPointF(x + 18, y + legendHeight / 2));
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const double w = tickMetrics.horizontalAdvance(s.name) + 4;
        painter.drawText(QRectF(x + 22, y, w, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += 22 + w + 14;
        if (s.band.size() < 2)
            continue;
        painter.setPen(QPen(fanEdge(s.color), 0.8));
        painter.setBrush(fanFill(s.color));
        painter.drawRect(QRectF(x, y + legendHeight / 2 - 5, 18, 10));
        painter.setPen(QColor(0x30, 0x30, 0x30));
        const double bw = tickMetrics.horizontalAdvance(s.bandName) + 4;
        painter.drawText(QRectF(x + 22, y, bw, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, s.bandName);
        x += 22 + bw + 14;
    }
    painter.restore();
}

} // namespace jieshui::output
