// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorChooser.h"

#include "DomainLabels.h"

#include <QAbstractItemView>
#include <QSignalBlocker>

namespace jieshui::ui {

IndicatorChooser::IndicatorChooser(QWidget* parent) : QComboBox(parent) {
    // English names are long: a fixed width keeps the year stepper on the toolbar; the list is wider.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setToolTip(tr("Indicator shown on the map and the chart"));
    retranslate();
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    connect(this, &QComboBox::activated, this, [this](int) { emit indicatorChosen(indicator()); });
}

void IndicatorChooser::retranslate() {
    const QSignalBlocker blocker(this);
    const int current = currentData().isValid() ? currentData().toInt() : -1;
    clear();
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all()) {
        if (info.indicator == core::Indicator::TaskMilestone)
            continue; // milestones are tracked in the key-task dock, not mapped
        addItem(DomainLabels::indicatorName(info.indicator), int(info.indicator));
    }
    if (current >= 0)
        setCurrentIndex(findData(current));
}

core::Indicator IndicatorChooser::indicator() const {
    return core::Indicator(currentData().toInt());
}

void IndicatorChooser::setIndicator(core::Indicator indicator) {
    const int i = findData(int(indicator));
    if (i >= 0 && i != currentIndex()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(i);
    }
}

} // namespace jieshui::ui
