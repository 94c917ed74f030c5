// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "scenario/Scenario.h"

#include <QAbstractTableModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The driver overrides the selected scenario stores (its differences from its parent). Values are shown
 * in percent (rates per year, or levels); editing a value pushes a SetDriverOverrideCommand.
 */
class ScenarioOverridesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RegionColumn, DriverColumn, FromYearColumn, ValueColumn, ColumnCount };

    explicit ScenarioOverridesModel(ProjectController* controller, QObject* parent = nullptr);

    /** The driver as a person names it; level drivers name the year they are reached by (the plan's last). */
    static QString driverName(core::Driver driver, int horizonYear);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::Scenario* scenario() const;
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
};

} // namespace jieshui::ui
