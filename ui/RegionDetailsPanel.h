// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/Indicator.h"

#include <QWidget>
#include <vector>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace jieshui::ui {

class ProjectController;

/**
 * Everything about the identified region: name, code, kind and parent, then one row per indicator with
 * its value in the selected year, the verdict of its target, its values in the plan's key years already
 * observed (Qinzhou: 2015, 2020, 2022; a 十四五 plan: 2020, 2023) and the trend since the base year — all
 * from the plan's targets (core::PlanYears). Estimates are marked 估算 and shown in italics. After an
 * uncertainty analysis the last column shows the probability of meeting the target and the 5–95 % band of the
 * value.
 */
class RegionDetailsPanel : public QWidget {
    Q_OBJECT

public:
    /** The fixed columns; the key years follow from FirstKeyYearColumn, then the trend (trendColumn()). */
    enum Column { IndicatorColumn, SelectedYearColumn, StatusColumn, FirstKeyYearColumn };

    explicit RegionDetailsPanel(ProjectController* controller, QWidget* parent = nullptr);

    QString regionCode() const { return m_regionCode; }
    QString heading() const;
    /** The table (tests, clipboard). */
    QTableWidget* table() const { return m_table; }
    /** The row of @p indicator in the table, or -1. */
    int rowOf(core::Indicator indicator) const;
    /** The key years shown, in column order from FirstKeyYearColumn. */
    const std::vector<int>& keyYears() const { return m_keyYears; }
    int trendColumn() const { return FirstKeyYearColumn + static_cast<int>(m_keyYears.size()); }
    /** P(met) and the 5–95 % band of the value, after an uncertainty analysis: the last column. */
    int probabilityColumn() const { return trendColumn() + 1; }

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();
    QTableWidgetItem* probabilityItem(core::Indicator indicator) const;

    ProjectController* m_controller;
    QString m_regionCode;
    std::vector<int> m_keyYears;
    QLabel* m_heading = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jieshui::ui
