// SPDX-License-Identifier: GPL-3.0-or-later
#include "YearStepper.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <algorithm>

namespace jieshui::ui {

namespace {

/** The years offered: the plan's, or 2015-2035 for a project without any year yet. */
std::pair<int, int> rangeOf(const core::PlanYears& years) {
    const int first = years.firstYear != 0 ? years.firstYear : 2015;
    return {first, std::max(first, years.lastYear != 0 ? years.lastYear : 2035)};
}

} // namespace

YearStepper::YearStepper(const core::PlanYears& years, QWidget* parent)
    : QWidget(parent), m_years(years), m_group(new QButtonGroup(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    m_back = new QToolButton(this);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAutoRaise(true);
    layout->addWidget(m_back);
    m_buttons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(1);
    layout->addWidget(m_buttons);
    m_forward = new QToolButton(this);
    m_forward->setArrowType(Qt::RightArrow);
    m_forward->setAutoRaise(true);
    layout->addWidget(m_forward);
    m_group->setExclusive(true);
    std::tie(m_firstYear, m_lastYear) = rangeOf(m_years);
    m_year = m_firstYear;
    rebuildButtons();
    connect(m_group, &QButtonGroup::idClicked, this, &YearStepper::setYear);
    connect(m_back, &QToolButton::clicked, this, &YearStepper::stepBack);
    connect(m_forward, &QToolButton::clicked, this, &YearStepper::stepForward);
}

void YearStepper::setPlanYears(const core::PlanYears& years) {
    const auto [first, last] = rangeOf(years);
    const bool same = first == m_firstYear && last == m_lastYear && years.keyYears() == m_years.keyYears() &&
                      years.baseYear == m_years.baseYear;
    m_years = years;
    if (same)
        return;
    m_firstYear = first;
    m_lastYear = last;
    m_year = std::clamp(m_year, m_firstYear, m_lastYear);
    rebuildButtons();
}

void YearStepper::rebuildButtons() {
    for (QAbstractButton* button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    auto* layout = static_cast<QHBoxLayout*>(m_buttons->layout());
    for (int y = m_firstYear; y <= m_lastYear; ++y) {
        auto* button = new QToolButton(m_buttons);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setProperty("keyYear", isKeyYear(y));
        m_group->addButton(button, y);
        layout->addWidget(button);
    }
    if (QAbstractButton* button = m_group->button(m_year))
        button->setChecked(true);
    m_back->setEnabled(m_year > m_firstYear);
    m_forward->setEnabled(m_year < m_lastYear);
    restyle();
    retranslate();
}

void YearStepper::setLarge(bool large) {
    if (large == m_large)
        return;
    m_large = large;
    restyle();
}

void YearStepper::restyle() {
    // Key years keep their four digits and a colour; the others shrink to two digits on the desktop.
    // Large: readable from the back of a room, yet 21 years fit a 1366 px projector (widths from the text).
    QFont large = font();
    large.setPixelSize(22);
    const QFontMetrics metrics(large);
    for (int y = m_firstYear; y <= m_lastYear; ++y) {
        QAbstractButton* button = m_group->button(y);
        const bool key = isKeyYear(y);
        button->setText(key ? QString::number(y)
                            : QStringLiteral("%1").arg(y % 100, 2, 10, QLatin1Char('0')));
        button->setStyleSheet(
            key ? QStringLiteral("QToolButton{font-weight:bold;color:#0d47a1;}"
                                 "QToolButton:checked{background:#0d47a1;color:white;}")
                : QStringLiteral(
                      "QToolButton{color:#555;}QToolButton:checked{background:#1976d2;color:white;}"));
        if (m_large) {
            QFont buttonFont = large;
            buttonFont.setBold(key);
            button->setFont(buttonFont);
            button->setFixedSize(QFontMetrics(buttonFont).horizontalAdvance(button->text()) + 14,
                                 metrics.height() + 14);
        } else {
            // Narrow buttons: the whole stepper shares one toolbar row with the map tools at 1366 px.
            QFont buttonFont = font();
            buttonFont.setBold(key);
            button->setFont(buttonFont);
            button->setMinimumSize(0, 0);
            button->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            button->setFixedWidth(QFontMetrics(buttonFont).horizontalAdvance(button->text()) + 10);
        }
    }
    m_buttons->layout()->setSpacing(m_large ? 2 : 1);
    const QSize arrow = m_large ? QSize(36, 36) : QSize(16, 16);
    m_back->setIconSize(arrow);
    m_forward->setIconSize(arrow);
}

void YearStepper::retranslate() {
    m_back->setToolTip(tr("Previous year (Page Up)"));
    m_forward->setToolTip(tr("Next year (Page Down)"));
    for (int y = m_firstYear; y <= m_lastYear; ++y)
        m_group->button(y)->setToolTip(y == m_years.baseYear ? tr("%1 (base year)").arg(y)
                                       : isKeyYear(y)        ? tr("%1 (target year)").arg(y)
                                                             : QString::number(y));
}

void YearStepper::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QToolButton* YearStepper::buttonFor(int year) const {
    return qobject_cast<QToolButton*>(m_group->button(year));
}

void YearStepper::setYear(int year) {
    year = std::clamp(year, m_firstYear, m_lastYear);
    if (QAbstractButton* button = m_group->button(year); button && !button->isChecked())
        button->setChecked(true);
    m_back->setEnabled(year > m_firstYear);
    m_forward->setEnabled(year < m_lastYear);
    if (year == m_year)
        return;
    m_year = year;
    emit yearChanged(year);
}

void YearStepper::stepForward() {
    setYear(m_year + 1);
}

void YearStepper::stepBack() {
    setYear(m_year - 1);
}

} // namespace jieshui::ui
