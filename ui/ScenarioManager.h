// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "commands/DescribeScenarioCommand.h"
#include "scenario/Scenario.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace jieshui::ui {

class ProjectController;
class ScenarioDriversModel;
class ScenarioOverridesModel;
class ScenarioTreeModel;

/**
 * The scenario manager (a dock): the inheritance tree of the project's scenarios — choosing one shows it
 * everywhere — with New (from any parent), Duplicate, Rename/Describe (zh, en), Delete (refused while
 * others inherit, with the reason) and Move up/down; below, every driver of the chosen scenario for the
 * city and each county with where it comes from (own values bold blue, inherited black, trend grey), and
 * the list of its own values with Add and Remove. Every change is one undo step; a refused value is said
 * at its cell and under the tables.
 */
class ScenarioManager : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioManager(ProjectController* controller, QWidget* parent = nullptr);

    /** Creates a scenario inheriting from @p parent with @p texts; returns its id, or empty when refused. */
    QString createScenario(const QString& parent, const ScenarioTexts& texts);
    /** Duplicates the selected scenario (same parent and own values, names marked as a copy). */
    QString duplicateSelected();
    void describeSelected(const ScenarioTexts& texts);
    /** Deletes the selected scenario; false (and the reason in messageLabel()) when refused. */
    bool deleteSelected();
    void moveSelected(int delta);
    /** Adds (or replaces) an own value of the selected scenario; false with the reason when refused. */
    bool addOverride(const core::DriverOverride& value);

    QTreeView* treeView() const { return m_tree; }
    QTableView* driversView() const { return m_drivers; }
    QTableView* overridesView() const { return m_overrides; }
    ScenarioTreeModel* treeModel() const { return m_treeModel; }
    ScenarioDriversModel* driversModel() const { return m_driversModel; }
    ScenarioOverridesModel* overridesModel() const { return m_overridesModel; }
    /** The last refusal or notice, in the reader's words (empty when none). */
    QLabel* messageLabel() const { return m_message; }

private:
    void onChanged(const ChangeEvent& event);
    /** Every fixed text (buttons, tooltips, titles) in the window's language. */
    void retranslate();
    /** The titles over the drivers and own values, naming the chosen scenario. */
    void updateTitles();
    void selectCurrentScenario();
    void showRefusal(QTableView* view, const QModelIndex& index, const QString& message);
    void showMessage(const QString& message, bool refusal);
    void updateButtons();
    void newScenarioDialog();
    void renameDialog();
    void addOverrideDialog();
    QString selectedId() const;

    ProjectController* m_controller;
    ScenarioTreeModel* m_treeModel;
    ScenarioDriversModel* m_driversModel;
    ScenarioOverridesModel* m_overridesModel;
    QTreeView* m_tree;
    QTableView* m_drivers;
    QTableView* m_overrides;
    QLabel* m_driversTitle;
    QLabel* m_overridesTitle;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_duplicate;
    QPushButton* m_rename;
    QPushButton* m_delete;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace jieshui::ui
