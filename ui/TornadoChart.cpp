// SPDX-License-Identifier: GPL-3.0-or-later
#include "TornadoChart.h"

#include "render/StatusPalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::ui {

namespace {

QColor tint(core::VerdictStatus status) {
    QColor c = render::StatusPalette::color(status);
    return QColor::fromRgbF(0.35f * c.redF() + 0.65f, 0.35f * c.greenF() + 0.65f, 0.35f * c.blueF() + 0.65f);
}

/** Round tick step for a range (1, 2 or 5 × 10^k) giving about @p ticks intervals. */
double niceStep(double range, int ticks) {
    if (!(range > 0.0))
        return 1.0;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double r = raw / magnitude;
    return (r < 1.5 ? 1.0 : r < 3.5 ? 2.0 : r < 7.5 ? 5.0 : 10.0) * magnitude;
}

} // namespace

TornadoChart::TornadoChart(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TornadoChart::setData(const QString& title, std::optional<double> central, std::optional<double> threshold,
                           const QString& thresholdLabel, std::vector<TornadoBar> bars, int decimals) {
    m_title = title;
    m_message.clear();
    m_central = central;
    m_threshold = threshold;
    m_thresholdLabel = thresholdLabel;
    m_bars = std::move(bars);
    m_decimals = decimals;
    updateGeometry();
    update();
}

void TornadoChart::clear(const QString& message) {
    m_title.clear();
    m_bars.clear();
    m_central.reset();
    m_threshold.reset();
    m_message = message;
    updateGeometry();
    update();
}

void TornadoChart::setLargeText(bool large) {
    m_large = large;
    updateGeometry();
    update();
}

int TornadoChart::rowHeight() const {
    return fontMetrics().height() + (m_large ? 14 : 8);
}

QSize TornadoChart::sizeHint() const {
    const int rows = std::max<int>(3, static_cast<int>(m_bars.size()));
    return {480, 3 * fontMetrics().height() + rows * rowHeight() + 40};
}

QSize TornadoChart::minimumSizeHint() const {
    return {260, 120};
}

int TornadoChart::barAt(QPoint point) const {
    if (point.y() < m_top)
        return -1;
    const int row = (point.y() - m_top) / rowHeight();
    return row < static_cast<int>(m_bars.size()) ? row : -1;
}

bool TornadoChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = barAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_bars[std::size_t(row)].toolTip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TornadoChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    if (m_large)
        font.setPointSizeF(font.pointSizeF() * 1.4);
    p.setFont(font);
    const QFontMetrics fm(font);
    const QRect area = rect().adjusted(8, 6, -12, -6);
    if (!m_message.isEmpty() || m_bars.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), fm.height() * 2 + 4);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_title);
    p.setFont(font);

    // The value range: every bar end, the centre and the target, with a margin.
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    const auto take = [&](std::optional<double> v) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    take(m_central);
    take(m_threshold);
    for (const TornadoBar& b : m_bars) {
        take(b.low);
        take(b.high);
    }
    if (lo > hi)
        return;
    if (hi - lo < 1e-12) {
        const double pad = std::max(std::abs(hi) * 0.05, 1e-6);
        lo -= pad;
        hi += pad;
    }
    const double margin = (hi - lo) * 0.06;
    lo -= margin;
    hi += margin;

    int labelWidth = 0;
    for (const TornadoBar& b : m_bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
    labelWidth = std::min(labelWidth + 8, int(area.width() * 0.48));
    const int row = rowHeight();
    m_top = titleRect.bottom() + fm.height() + 6;
    const QRect plot(area.left() + labelWidth, m_top, area.width() - labelWidth,
                     row * static_cast<int>(m_bars.size()));
    const auto x = [&](double v) { return plot.left() + (v - lo) / (hi - lo) * plot.width(); };

    // Ticks and grid.
    const double step = niceStep(hi - lo, 4);
    p.setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 1));
    const QColor tickText = palette().color(QPalette::PlaceholderText);
    for (double t = std::ceil(lo / step) * step; t <= hi; t += step) {
        const double xt = x(t);
        p.setPen(QPen(QColor(0xe6, 0xe6, 0xe6), 1));
        p.drawLine(QPointF(xt, plot.top()), QPointF(xt, plot.bottom()));
        p.setPen(tickText);
        const QString text = QString::number(std::abs(t) < step * 1e-6 ? 0.0 : t, 'f',
                                             std::max(0, int(-std::floor(std::log10(step)))));
        p.drawText(QRectF(xt - 40, plot.bottom() + 2, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop, text);
    }

    // Bars.
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const TornadoBar& b = m_bars[i];
        const int y = plot.top() + static_cast<int>(i) * row;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(area.left(), y, labelWidth - 6, row), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideMiddle, labelWidth - 6));
        if (!m_central)
            continue;
        const double c = x(*m_central);
        const QRectF slot(0, y + row * 0.18, 0, row * 0.64);
        for (const auto& [end, met] : {std::pair{b.low, b.lowMet}, std::pair{b.high, b.highMet}}) {
            if (!end)
                continue;
            const double e = x(*end);
            QRectF bar(std::min(c, e), slot.top(), std::abs(e - c), slot.height());
            const core::VerdictStatus status = met ? core::VerdictStatus::Met : core::VerdictStatus::Missed;
            p.setPen(QPen(render::StatusPalette::color(status), 1));
            p.setBrush(tint(status));
            p.drawRect(bar);
        }
    }
    // The centre and the target on top.
    if (m_central) {
        p.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
        p.drawLine(QPointF(x(*m_central), plot.top() - 4), QPointF(x(*m_central), plot.bottom()));
    }
    if (m_threshold) {
        const double t = x(*m_threshold);
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5, Qt::DashLine));
        p.drawLine(QPointF(t, plot.top() - fm.height()), QPointF(t, plot.bottom()));
        p.setPen(QColor(0xc6, 0x28, 0x28));
        const int w = fm.horizontalAdvance(m_thresholdLabel) + 4;
        const double left = std::clamp(t - w / 2.0, double(plot.left()), double(plot.right() - w));
        p.drawText(QRectF(left, plot.top() - fm.height() - 4, w, fm.height()), Qt::AlignCenter, m_thresholdLabel);
    }
}

} // namespace jieshui::ui
