// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PlanYears.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace jieshui::ui {

/**
 * Steps through the years the project is about: previous/next buttons and one button per year. The plan's
 * key years are highlighted: its base year and its target years (Qinzhou: 2015, then 2020, 2022 and 2035),
 * all from its plan targets (core::PlanYears), never from constants.
 */
class YearStepper : public QWidget {
    Q_OBJECT

public:
    explicit YearStepper(const core::PlanYears& years, QWidget* parent = nullptr);

    /** Shows the years of @p years (after a project was opened or its targets changed); keeps the year when
     * it fits. */
    void setPlanYears(const core::PlanYears& years);

    int year() const { return m_year; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool isKeyYear(int year) const { return m_years.isKeyYear(year); }
    /** The button of @p year (tests, style). */
    QToolButton* buttonFor(int year) const;
    /** Large buttons and four-digit years for presentation mode (a clicker and a projector). */
    void setLarge(bool large);
    bool isLarge() const { return m_large; }

public slots:
    void setYear(int year);
    void stepForward();
    void stepBack();

signals:
    void yearChanged(int year);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildButtons();
    void retranslate();
    void restyle();

    core::PlanYears m_years;
    int m_firstYear = 0;
    int m_lastYear = 0;
    int m_year = 0;
    QWidget* m_buttons = nullptr;
    QButtonGroup* m_group = nullptr;
    QToolButton* m_back = nullptr;
    QToolButton* m_forward = nullptr;
    bool m_large = false;
};

} // namespace jieshui::ui
