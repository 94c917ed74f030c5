// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "RegionEditing.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace jieshui::ui {

class ProjectController;

/**
 * The project's regions as a tree (province → city → county → sub-zones, utilities, ...), selectable like
 * the map, with Add, Rename and Remove: each edit is one undo command (RegionEditing). Removal first says
 * what goes with the region (statistics, targets, shares, map features) and asks.
 */
class RegionsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RegionsPanel(ProjectController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    /** The region whose row is current, or empty. */
    QString currentCode() const;
    /** Disables the edits (a shared project the user may only read). */
    void setReadOnly(bool readOnly);

public slots:
    void addRegion();
    void renameRegion();
    void removeRegion();

private:
    void onChanged(const ChangeEvent& event);
    /** The panel's fixed texts (buttons, column titles) in the current language. */
    void retranslate();
    void rebuild();
    void updateButtons();
    void showError(const core::Error& error);

    ProjectController* m_controller;
    RegionEditing m_editing;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_remove;
    bool m_readOnly = false;
    bool m_rebuilding = false;
};

} // namespace jieshui::ui
