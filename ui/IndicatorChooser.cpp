// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorChooser.h"

#include "DomainLabels.h"
#include "report/JudgedIndicator.h"

#include <QAbstractItemView>
#include <QSignalBlocker>
#include <algorithm>

namespace jieshui::ui {

IndicatorChooser::IndicatorChooser(QWidget* parent) : QComboBox(parent) {
    // English names are long: the chooser is as wide as the chosen name (sizeHint), the list is wider.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    connect(this, &QComboBox::currentIndexChanged, this, &IndicatorChooser::currentChanged);
    retranslate();
    connect(this, &QComboBox::activated, this, [this](int) { emit indicatorChosen(indicator()); });
}

QSize IndicatorChooser::sizeHint() const {
    QSize hint = QComboBox::sizeHint(); // the minimum contents length, with the arrow and the frame
    const int text = fontMetrics().horizontalAdvance(currentText());
    const int minimumText = fontMetrics().horizontalAdvance(QLatin1Char('x')) * minimumContentsLength();
    hint.rwidth() += std::clamp(text, minimumText, maximumTextWidth) - minimumText;
    return hint;
}

QSize IndicatorChooser::minimumSizeHint() const {
    return sizeHint();
}

void IndicatorChooser::currentChanged() {
    setToolTip(tr("Indicator shown on the map and the chart: %1").arg(currentText()));
    updateGeometry(); // the toolbar lays the chooser out anew at the name's width
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
    view()->setMinimumWidth(view()->sizeHintForColumn(0) + 24);
    currentChanged();
}

core::Indicator IndicatorChooser::indicator() const {
    return core::Indicator(currentData().toInt());
}

bool IndicatorChooser::isJudgedFormOfAnother(core::Indicator indicator) {
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
        if (info.indicator != indicator && core::judgedIndicator(info.indicator) == indicator)
            return true;
    return false;
}

int IndicatorChooser::indexOf(core::Indicator indicator) const {
    const int i = findData(int(indicator));
    if (i >= 0)
        return i;
    for (int k = 0; k < count(); ++k) // the judged form of an entry (the assessment total): that entry
        if (core::judgedIndicator(core::Indicator(itemData(k).toInt())) == indicator)
            return k;
    return -1;
}

void IndicatorChooser::setIndicator(core::Indicator indicator) {
    const int i = indexOf(indicator);
    if (i >= 0 && i != currentIndex()) {
        {
            const QSignalBlocker blocker(this);
            setCurrentIndex(i);
        }
        currentChanged();
    }
}

} // namespace jieshui::ui
