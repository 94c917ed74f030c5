// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace jieshui::ui {

/** One bar of a tornado chart: the target's value with one input at its 5 % and at its 95 % value. */
struct TornadoBar {
    QString label;
    QString toolTip;
    std::optional<double> low;  ///< display unit
    std::optional<double> high; ///< display unit
    bool lowMet = false;
    bool highMet = false;
};

/**
 * A tornado chart (drawn with QPainter): one horizontal bar per input, largest swing on top, spanning the
 * target's value with that input alone at its 5 % and at its 95 % value, around a vertical line at the value
 * with every input at its centre; a dashed line marks the target. Each half of a bar takes the verdict colour
 * of its end (StatusPalette: met or missed), so the inputs that can move the verdict across the target stand
 * out. Values in the indicator's display unit.
 */
class TornadoChart : public QWidget {
    Q_OBJECT

public:
    explicit TornadoChart(QWidget* parent = nullptr);

    void setData(const QString& title, std::optional<double> central, std::optional<double> threshold,
                 const QString& thresholdLabel, std::vector<TornadoBar> bars, int decimals);
    /** No chart: @p message instead (e.g. why there is nothing to show). */
    void clear(const QString& message);

    int barCount() const { return static_cast<int>(m_bars.size()); }
    QString message() const { return m_message; }
    void setLargeText(bool large);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int rowHeight() const;
    int barAt(QPoint point) const;

    QString m_title;
    QString m_message;
    std::optional<double> m_central;
    std::optional<double> m_threshold;
    QString m_thresholdLabel;
    std::vector<TornadoBar> m_bars;
    int m_decimals = 2;
    bool m_large = false;
    int m_top = 0; ///< y of the first bar, as last painted
};

} // namespace jieshui::ui
