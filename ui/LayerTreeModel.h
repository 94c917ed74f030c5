// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QAbstractItemModel>

namespace jieshui::ui {

class ProjectController;

/**
 * The project's map layers, topmost first, each with a check box for its visibility and its role and
 * CRS in the tooltip. Reads the controller's project directly; toggling announces LayersChanged.
 */
class LayerTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit LayerTreeModel(ProjectController* controller, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The project layer index shown at @p row (rows are topmost first). */
    int layerIndexAt(int row) const;

private:
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
};

} // namespace jieshui::ui
