// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QAbstractItemModel>
#include <string>
#include <vector>

namespace jieshui::ui {

class ProjectController;

/**
 * The project's scenarios as their inheritance tree: each under its parent, in the project's order, by
 * name (never id), with how many own values and own quota splits it has. Read-only; the scenario manager
 * edits through undo commands.
 */
class ScenarioTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, OwnValuesColumn, OwnQuotasColumn, ColumnCount };
    enum Role { ScenarioIdRole = Qt::UserRole + 1 };

    explicit ScenarioTreeModel(ProjectController* controller, QObject* parent = nullptr);

    /** The index of scenario @p id (column 0), or invalid. */
    QModelIndex indexOf(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        std::size_t scenario = 0;  ///< index into the project's scenarios
        int parent = -1;           ///< node index, -1 for a root
        std::vector<int> children; ///< node indices
        int row = 0;               ///< position under its parent
    };
    void onChanged(const ChangeEvent& event);
    void rebuild();
    /** Every row of every level changed (its font or its words). */
    void announceEveryRow();
    const std::vector<int>& childrenOf(int node) const;

    ProjectController* m_controller;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace jieshui::ui
