// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "scenario/Scenario.h"

#include <QAbstractTableModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The own values (driver overrides) of the selected scenario: its differences from its parent, in the
 * order stored. Every column can be edited — region (the whole city or a county), driver, first year (0 =
 * every projected year), value in display units (percent, or the bare coefficient) — each edit one undo
 * step that keeps the row in its place. A value outside its range, or a key another row has, is refused:
 * setData returns false and refused() carries the sentence to show at the cell.
 */
class ScenarioOverridesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RegionColumn, DriverColumn, FromYearColumn, ValueColumn, RangeColumn, ColumnCount };
    enum Role {
        RegionCodeRole = Qt::UserRole + 1, ///< QString region code of the row
        DriverRole                         ///< int(core::Driver) of the row
    };

    explicit ScenarioOverridesModel(ProjectController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Removes the override of @p row (one undo step). */
    void removeRow(int row);

signals:
    /** An edit of @p index was refused, for the reason @p message (in the reader's words). */
    void refused(const QModelIndex& index, const QString& message);

private:
    const core::Scenario* scenario() const;
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
};

} // namespace jieshui::ui
