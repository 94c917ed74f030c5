// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QToolBar;
class QTreeView;

namespace jieshui::ui {

class BusyIndicator;
class DockLayout;
class ExportActions;
class IndicatorChooser;
class KeyTaskModel;
class LayerTreeModel;
class LessonPlayer;
class MapCanvas;
class MapPresenter;
class MapStage;
class PlannerActions;
class PresentationMode;
class ProjectActions;
class ProjectController;
class ProjectRepository;
class RegionDetailsPanel;
class ScenarioChooser;
class ScorecardModel;
class SharedProjectFeatures;
class TableFit;
class TrajectoryChart;
class UncertaintyPanel;
class YearStepper;
struct ChangeEvent;

/**
 * The workbench window, a composition root: the map stage in the centre (the map leads: the docks share one
 * column of tabs on the right, DockLayout), the toolbar, the menus and the status bar, wired to the
 * ProjectController. Feature logic lives in the controllers and widgets. The layout (geometry, dock state)
 * is saved in QSettings ("window/geometry", "window/state"); the first start opens maximised.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ProjectRepository> repository, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectController* controller() const { return m_controller; }
    ProjectActions* projectActions() const { return m_projectActions; }
    MapStage* mapStage() const { return m_stage; }
    MapCanvas* mapCanvas() const;
    MapPresenter* mapPresenter() const;
    YearStepper* yearStepper() const { return m_yearStepper; }
    IndicatorChooser* indicatorChooser() const { return m_indicatorChooser; }
    ScenarioChooser* scenarioChooser() const { return m_scenarioChooser; }
    QTableView* scorecardView() const { return m_scorecardView; }
    ScorecardModel* scorecardModel() const { return m_scorecardModel; }
    RegionDetailsPanel* regionDetails() const { return m_regionDetails; }
    TrajectoryChart* trajectoryChart() const { return m_chart; }
    UncertaintyPanel* uncertaintyPanel() const { return m_uncertaintyPanel; }
    QTableView* taskView() const { return m_taskView; }
    PresentationMode* presentationMode() const { return m_presentation; }
    LessonPlayer* lessonPlayer() const { return m_lessons; }
    DockLayout* dockLayout() const { return m_docks; }
    QLabel* coordinateLabel() const { return m_coordinates; }
    QToolBar* selectionToolBar() const { return m_selectionBar; }
    QToolBar* mapToolBar() const { return m_mapBar; }
    /** The tables whose key columns must never be cut: scorecard, region details, key tasks. */
    QList<TableFit*> fittedTables() const { return m_fits; }
    QAction* presentationAction() const { return m_presentationAction; }
    QAction* demonstrationAction() const { return m_demoAction; }
    /** The planner's scenario manager, quota editor, comparison and goal seek. */
    PlannerActions* plannerActions() const { return m_planner; }
    SharedProjectFeatures* sharedProjectFeatures() const { return m_shared; }

    /** Restores the saved layout (call after the docks exist and before show()). */
    void restoreLayout();
    /** Shows the window: as it was left, or — the first time — maximised on its screen, docks reset. */
    void showAtStartup();
    /** Switches the language at once ("zh_CN", "en", or empty for the system's) and remembers it. */
    void setLanguage(const QString& language);

public slots:
    /** Window → Reset Layout: every dock back in its place, sized for the window. */
    void resetLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createToolBars();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void rebuildLessonMenu();
    void onChanged(const ChangeEvent& event);
    void onScorecardActivated(const QModelIndex& index);
    void copyFocusedTable();
    void chooseLanguage();
    void showAbout();
    void editLessons();
    /** One message line: @p text for @p timeout ms, then the map's theme again. */
    void showStatus(const QString& text, int timeout);

    ProjectController* m_controller;
    ProjectActions* m_projectActions;
    MapStage* m_stage;
    DockLayout* m_docks;
    LessonPlayer* m_lessons = nullptr;
    YearStepper* m_yearStepper = nullptr;
    IndicatorChooser* m_indicatorChooser = nullptr;
    ScenarioChooser* m_scenarioChooser = nullptr;
    LayerTreeModel* m_layerModel = nullptr;
    QTreeView* m_layerView = nullptr;
    ScorecardModel* m_scorecardModel = nullptr;
    QTableView* m_scorecardView = nullptr;
    RegionDetailsPanel* m_regionDetails = nullptr;
    TrajectoryChart* m_chart = nullptr;
    UncertaintyPanel* m_uncertaintyPanel = nullptr;
    KeyTaskModel* m_taskModel = nullptr;
    QTableView* m_taskView = nullptr;
    PresentationMode* m_presentation = nullptr;
    QList<TableFit*> m_fits;
    QToolBar* m_selectionBar = nullptr;
    QToolBar* m_mapBar = nullptr;
    QLabel* m_indicatorLabel = nullptr;
    QLabel* m_scenarioLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
    PlannerActions* m_planner = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_readOnlyBadge = nullptr;
    BusyIndicator* m_busy = nullptr;
    QString m_theme;

    // Menus and actions kept for retranslateUi().
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_crsMenu = nullptr;
    QMenu* m_trainingMenu = nullptr;
    QMenu* m_analysisMenu = nullptr;
    ExportActions* m_exports = nullptr;
    QMenu* m_lessonMenu = nullptr;
    QMenu* m_windowMenu = nullptr;
    QMenu* m_panelsMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_fullAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_boxAction = nullptr;
    QAction* m_previousYearAction = nullptr;
    QAction* m_nextYearAction = nullptr;
    QAction* m_legendAction = nullptr;
    QAction* m_scaleBarAction = nullptr;
    QAction* m_schematicAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QAction* m_editLessonsAction = nullptr;
    QAction* m_stopLessonAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_resetLayoutAction = nullptr;
    QAction* m_languageAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_crsGroup = nullptr;
    SharedProjectFeatures* m_shared = nullptr;
};

} // namespace jieshui::ui
