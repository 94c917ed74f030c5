// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/Indicator.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace jieshui::ui {

class ProjectController;

/**
 * Everything about the identified region: name, code, kind and parent, then one row per indicator with
 * its value in the selected year, in 2015, 2020 and 2022, the trend since 2015 and the verdict of its
 * target. Estimates are marked 估算 and shown in italics. After an uncertainty analysis the last column shows
 * the probability of meeting that target and the 5–95 % band of the value in the target's year.
 */
class RegionDetailsPanel : public QWidget {
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        SelectedYearColumn,
        Year2015Column,
        Year2020Column,
        Year2022Column,
        TrendColumn,
        StatusColumn,
        ProbabilityColumn, ///< P(met) and the 5–95 % band of the value, after an uncertainty analysis
        ColumnCount
    };

    explicit RegionDetailsPanel(ProjectController* controller, QWidget* parent = nullptr);

    QString regionCode() const { return m_regionCode; }
    QString heading() const;
    /** The table (tests, clipboard). */
    QTableWidget* table() const { return m_table; }
    /** The row of @p indicator in the table, or -1. */
    int rowOf(core::Indicator indicator) const;

private:
    void onChanged(const ChangeEvent& event);
    void rebuild();
    QTableWidgetItem* probabilityItem(core::Indicator indicator) const;

    ProjectController* m_controller;
    QString m_regionCode;
    QLabel* m_heading = nullptr;
    QLabel* m_facts = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jieshui::ui
