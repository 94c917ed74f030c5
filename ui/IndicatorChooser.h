// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"

#include <QComboBox>

namespace jieshui::ui {

/**
 * Chooses the indicator the map, the chart and the region details show: every catalog indicator, each named
 * as it is judged (a total-use cap in its assessment scope, DomainLabels::judgedIndicatorName), so the
 * chooser, the map, the chart and the status bar say the same scope.
 */
class IndicatorChooser : public QComboBox {
    Q_OBJECT

public:
    explicit IndicatorChooser(QWidget* parent = nullptr);

    core::Indicator indicator() const;
    void setIndicator(core::Indicator indicator);
    /** Refills the names in the current language. */
    void retranslate();
    /** As wide as the chosen indicator's name (English names are long), up to maximumTextWidth. */
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /** The widest name shown whole (px); a longer one is elided and its tooltip names it whole. */
    static constexpr int maximumTextWidth = 320;

private:
    void currentChanged();

private:
    /** Whether @p indicator is what another indicator is judged as (listed under that one). */
    static bool isJudgedFormOfAnother(core::Indicator indicator);
    /** The entry of @p indicator, or of the indicator judged as it; -1 if none. */
    int indexOf(core::Indicator indicator) const;

signals:
    void indicatorChosen(jieshui::core::Indicator indicator);
};

} // namespace jieshui::ui
