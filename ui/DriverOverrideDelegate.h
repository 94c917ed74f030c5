// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace jieshui::ui {

class ProjectController;

/**
 * Editors of the own-values table (ScenarioOverridesModel): a list of the city and its counties for the
 * region, of the drivers for the driver, a year box whose lowest value reads "every projected year" for
 * the first year, and a text field for the value (typed in display units, "%" allowed).
 */
class DriverOverrideDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    DriverOverrideDelegate(ProjectController* controller, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    ProjectController* m_controller;
};

} // namespace jieshui::ui
