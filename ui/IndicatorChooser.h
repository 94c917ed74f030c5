// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"

#include <QComboBox>

namespace jieshui::ui {

/** Chooses the indicator the map, the chart and the region details show (every catalog indicator). */
class IndicatorChooser : public QComboBox {
    Q_OBJECT

public:
    explicit IndicatorChooser(QWidget* parent = nullptr);

    core::Indicator indicator() const;
    void setIndicator(core::Indicator indicator);
    /** Refills the names in the current language. */
    void retranslate();

signals:
    void indicatorChosen(jieshui::core::Indicator indicator);
};

} // namespace jieshui::ui
