// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

namespace jieshui::ui {

class AllocationEditor;
class MapPresenter;
class ProjectController;
class ScenarioComparisonPanel;
class ScenarioManager;

/**
 * The planner's workbench for the window to place: the scenario manager, the county quota editor and the
 * scenario comparison (each a dock's widget), and the "What does it take?" goal seek — from the Scenarios
 * menu and the scorecard's context menu for the target of its current row, and from the quota editor for
 * the cap of its year. MainWindow only adds the widgets as docks and the menu to its menu bar.
 */
class PlannerActions : public QObject {
    Q_OBJECT

public:
    PlannerActions(ProjectController* controller, MapPresenter* presenter, QWidget* window);

    ScenarioManager* scenarioManager() const { return m_manager; }
    AllocationEditor* allocationEditor() const { return m_quotas; }
    ScenarioComparisonPanel* comparison() const { return m_comparison; }
    QMenu* menu() const { return m_menu; }
    /** Sets the menu's and actions' texts in the current language (at construction, after a switch). */
    void retranslate();
    QAction* goalSeekAction() const { return m_goalSeek; }

    /** The scorecard whose current row the goal seek asks about (its TargetIdRole); adds the context menu. */
    void attachScorecard(QAbstractItemView* scorecard);

public slots:
    /** Opens "What does it take?" for the plan target @p targetId in the window's scenario. */
    void goalSeek(const QString& targetId);

private:
    void updateGoalSeekAction();

    ProjectController* m_controller;
    QWidget* m_window;
    ScenarioManager* m_manager;
    AllocationEditor* m_quotas;
    ScenarioComparisonPanel* m_comparison;
    QMenu* m_menu;
    QAction* m_goalSeek;
    QAbstractItemView* m_scorecard = nullptr;
};

} // namespace jieshui::ui
