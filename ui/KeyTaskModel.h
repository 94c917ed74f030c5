// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QAbstractTableModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The plan's key tasks (重点任务), read from the project's dataset. The status column is editable; an edit
 * goes onto the undo stack as a SetTaskStatusCommand.
 */
class KeyTaskModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NumberColumn, TitleColumn, LeadColumn, MilestoneColumn, StatusColumn, ColumnCount };
    static constexpr int StatusValueRole = Qt::UserRole + 1; ///< int(core::TaskStatus)

    explicit KeyTaskModel(ProjectController* controller, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
};

} // namespace jieshui::ui
