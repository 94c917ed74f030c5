// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "engine/Verdict.h"
#include "model/Indicator.h"
#include "uncertainty/UncertaintyResult.h"

#include <QAbstractTableModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The scorecard: one row per target of the plan for the selected year and scenario, read straight from
 * the controller's verdicts (no copies). Values are shown in display units; estimates are marked 估算.
 * After an uncertainty analysis (UncertaintyController) each row also shows P(met), with the 5–95 % band of
 * the value and the draws in its tool tip.
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
        ProbabilityColumn, ///< P(met) from the uncertainty analysis, when one has been run
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
        TargetIdRole,                     ///< QString id of the plan target of the row
        ProbabilityRole                   ///< P(met) of the row (double 0–1), or invalid without an analysis
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
    QVariant probabilityData(const core::Verdict& verdict, const core::OutcomeDistribution* outcome, int role) const;

    ProjectController* m_controller;
};

} // namespace jieshui::ui
