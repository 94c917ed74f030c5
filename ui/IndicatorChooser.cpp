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
        // A cap is named, mapped and charted in the scope it is judged in; the indicator that scope is
        // (the assessment total) is then the same entry, not a second one of the same name.
        if (isJudgedFormOfAnother(info.indicator))
            continue;
        addItem(DomainLabels::judgedIndicatorName(info.indicator), int(info.indicator));
    }
    if (current >= 0)
        setCurrentIndex(indexOf(core::Indicator(current)));
}

core::Indicator IndicatorChooser::indicator() const {
    return core::Indicator(currentData().toInt());
}

bool IndicatorChooser::isJudgedFormOfAnother(core::Indicator indicator) {
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
        if (info.indicator != indicator && DomainLabels::judgedIndicator(info.indicator) == indicator)
            return true;
    return false;
}

int IndicatorChooser::indexOf(core::Indicator indicator) const {
    const int i = findData(int(indicator));
    if (i >= 0)
        return i;
    for (int k = 0; k < count(); ++k) // the judged form of an entry (the assessment total): that entry
        if (DomainLabels::judgedIndicator(core::Indicator(itemData(k).toInt())) == indicator)
            return k;
    return -1;
}

void IndicatorChooser::setIndicator(core::Indicator indicator) {
    const int i = indexOf(indicator);
    if (i >= 0 && i != currentIndex()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(i);
    }
}

} // namespace jieshui::ui
