// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/Indicator.h"

#include <QAbstractTableModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The scorecard: one row per target of the plan for the selected year and scenario, read straight from
 * the controller's verdicts (no copies). Values are shown in display units; estimates are marked 估算.
 */
class ScorecardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        RegionColumn,
        YearColumn,
        ValueColumn,
        TargetColumn,
        StatusColumn,
        GapColumn,
        RateColumn,
        ProvenanceColumn,
        ColumnCount
    };
    enum Role {
        IndicatorRole = Qt::UserRole + 1, ///< int(core::Indicator) of the row
        RegionCodeRole,                   ///< QString region code of the row
        StatusRole,                       ///< int(core::VerdictStatus) of the row
        RawValueRole,                     ///< the value in base units (double), or invalid for no data
        TargetIdRole                      ///< QString id of the plan target of the row
    };

    explicit ScorecardModel(ProjectController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The indicator of @p row. */
    core::Indicator indicatorAt(int row) const;

private:
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
};

} // namespace jieshui::ui
