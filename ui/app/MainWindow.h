// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QTableView;
class QTreeView;

namespace jieshui::ui {

class IndicatorChooser;
class KeyTaskModel;
class LayerTreeModel;
class MapCanvas;
class MapPresenter;
class PresentationMode;
class ProjectActions;
class ProjectController;
class ProjectRepository;
class RegionDetailsPanel;
class ScenarioChooser;
class ScorecardModel;
class SharedProjectFeatures;
class TrajectoryChart;
class YearStepper;
struct ChangeEvent;

/**
 * The workbench window, a composition root: it builds the map, the docks, the toolbar and the menus and
 * wires their signals to the ProjectController. Feature logic lives in the controllers and widgets.
 * The layout (geometry, dock state) is saved in QSettings ("window/geometry", "window/state").
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ProjectRepository> repository, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectController* controller() const { return m_controller; }
    ProjectActions* projectActions() const { return m_projectActions; }
    MapCanvas* mapCanvas() const { return m_canvas; }
    MapPresenter* mapPresenter() const { return m_presenter; }
    YearStepper* yearStepper() const { return m_yearStepper; }
    IndicatorChooser* indicatorChooser() const { return m_indicatorChooser; }
    ScenarioChooser* scenarioChooser() const { return m_scenarioChooser; }
    QTableView* scorecardView() const { return m_scorecardView; }
    ScorecardModel* scorecardModel() const { return m_scorecardModel; }
    RegionDetailsPanel* regionDetails() const { return m_regionDetails; }
    TrajectoryChart* trajectoryChart() const { return m_chart; }
    QTableView* taskView() const { return m_taskView; }
    PresentationMode* presentationMode() const { return m_presentation; }
    QLabel* coordinateLabel() const { return m_coordinates; }
    SharedProjectFeatures* sharedProjectFeatures() const { return m_shared; }

    /** Restores the saved layout (call after the docks exist and before show()). */
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createToolBar();
    void createMenus();
    void createStatusBar();
    void onChanged(const ChangeEvent& event);
    void onScorecardActivated(const QModelIndex& index);
    void copyFocusedTable();
    void chooseLanguage();
    void showAbout();
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName,
                         Qt::DockWidgetArea area);

    ProjectController* m_controller;
    ProjectActions* m_projectActions;
    MapCanvas* m_canvas;
    MapPresenter* m_presenter;
    YearStepper* m_yearStepper = nullptr;
    IndicatorChooser* m_indicatorChooser = nullptr;
    ScenarioChooser* m_scenarioChooser = nullptr;
    LayerTreeModel* m_layerModel = nullptr;
    QTreeView* m_layerView = nullptr;
    ScorecardModel* m_scorecardModel = nullptr;
    QTableView* m_scorecardView = nullptr;
    RegionDetailsPanel* m_regionDetails = nullptr;
    TrajectoryChart* m_chart = nullptr;
    KeyTaskModel* m_taskModel = nullptr;
    QTableView* m_taskView = nullptr;
    PresentationMode* m_presentation = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_theme = nullptr;
    QLabel* m_busy = nullptr;
    QList<QDockWidget*> m_docks;
    SharedProjectFeatures* m_shared = nullptr;
};

} // namespace jieshui::ui
