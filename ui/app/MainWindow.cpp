// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AllocationEditor.h"
#include "BusyIndicator.h"
#include "ChangeEvent.h"
#include "ChangeLogPanel.h"
#include "DockLayout.h"
#include "DomainLabels.h"
#include "EditingKeyGuard.h"
#include "ExportActions.h"
#include "IndicatorChooser.h"
#include "KeyTaskModel.h"
#include "LayerTreeModel.h"
#include "LessonEditorDialog.h"
#include "LessonPlayer.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "MapStage.h"
#include "PlannerActions.h"
#include "PresentationMode.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ProvincePanel.h"
#include "RegionDetailsPanel.h"
#include "RegionsPanel.h"
#include "ScenarioChooser.h"
#include "ScenarioComparisonPanel.h"
#include "ScenarioManager.h"
#include "ScorecardModel.h"
#include "SharedProjectFeatures.h"
#include "TableClipboard.h"
#include "TableFit.h"
#include "TaskStatusDelegate.h"
#include "ToolIcons.h"
#include "TrajectoryChart.h"
#include "UncertaintyPanel.h"
#include "YearStepper.h"
#include "i18n/Translators.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace jieshui::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QStringList kDisplayCrs = {QStringLiteral("EPSG:4545"), QStringLiteral("EPSG:4490"),
                                 QStringLiteral("EPSG:4546"), QStringLiteral("EPSG:32649")};

QString crsLabel(const QString& crs) {
    if (crs == QLatin1String("EPSG:4545"))
        return MainWindow::tr("CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)");
    if (crs == QLatin1String("EPSG:4490"))
        return MainWindow::tr("CGCS2000 geographic (EPSG:4490)");
    if (crs == QLatin1String("EPSG:4546"))
        return MainWindow::tr("CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)");
    return MainWindow::tr("WGS 84 / UTM zone 49N (EPSG:32649)");
}

// A panel of forms and tables in a scroll area: its docks can be narrower and shorter than the panel, so the
// map keeps its share of a 1366×768 screen.
QScrollArea* scrollable(QWidget* panel, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QTableView* plainTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    return view;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<ProjectRepository> repository, QWidget* parent)
    : QMainWindow(parent), m_controller(new ProjectController(std::move(repository), this)),
      m_projectActions(new ProjectActions(m_controller, this, this)),
      m_stage(new MapStage(m_controller, this)), m_docks(new DockLayout(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("applications-science")));
    setCentralWidget(m_stage);
    m_lessons = new LessonPlayer(m_controller, m_stage, this);
    createDocks();
    createToolBars();
    createMenus();
    createStatusBar();
    m_presentation =
        new PresentationMode(this, m_stage, m_docks, m_projectActions, m_controller, m_lessons, this);
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool active) {
        const QSignalBlocker blocker(m_presentationAction);
        m_presentationAction->setChecked(active);
    });
    connect(m_controller, &ProjectController::changed, this, &MainWindow::onChanged);
    m_yearStepper->setYear(m_controller->year());
    m_indicatorChooser->setIndicator(m_controller->indicator());
    retranslateUi();
    resize(1500, 920);
    m_docks->reset();
    onChanged(ChangeEvent{ChangeKind::ProjectReplaced});
}

MainWindow::~MainWindow() = default;

MapCanvas* MainWindow::mapCanvas() const {
    return m_stage->canvas();
}

MapPresenter* MainWindow::mapPresenter() const {
    return m_stage->presenter();
}

void MainWindow::createDocks() {
    // Upper tabs: what the year's verdicts are and why.
    m_scorecardModel = new ScorecardModel(m_controller, this);
    m_scorecardView = plainTable(m_scorecardModel, this);
    m_scorecardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_scorecardView, &QTableView::clicked, this, &MainWindow::onScorecardActivated);
    connect(m_scorecardView, &QTableView::activated, this, &MainWindow::onScorecardActivated);
    m_fits << TableFit::apply(
        m_scorecardView, ScorecardModel::IndicatorColumn,
        {ScorecardModel::StatusColumn, ScorecardModel::ValueColumn, ScorecardModel::TargetColumn});
    m_docks->add(
        m_scorecardView, [] { return tr("Scorecard"); }, QStringLiteral("ScorecardDock"), DockSlot::Results);

    m_regionDetails = new RegionDetailsPanel(m_controller, this);
    m_fits << TableFit::apply(m_regionDetails->table(), RegionDetailsPanel::IndicatorColumn,
                              {RegionDetailsPanel::SelectedYearColumn, RegionDetailsPanel::StatusColumn});
    m_docks->add(
        m_regionDetails, [] { return tr("Region Details"); }, QStringLiteral("RegionDetailsDock"),
        DockSlot::Results);

    m_taskModel = new KeyTaskModel(m_controller, this);
    m_taskView = plainTable(m_taskModel, this);
    m_taskView->setItemDelegateForColumn(KeyTaskModel::StatusColumn, new TaskStatusDelegate(m_taskView));
    m_taskView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                QAbstractItemView::EditKeyPressed);
    m_fits << TableFit::apply(m_taskView, KeyTaskModel::TitleColumn,
                              {KeyTaskModel::StatusColumn, KeyTaskModel::NumberColumn});
    m_docks->add(
        m_taskView, [] { return tr("Key Tasks"); }, QStringLiteral("KeyTasksDock"), DockSlot::Results);

    // Lower tabs: the trajectory and the layers.
    m_chart = new TrajectoryChart(m_controller, this);
    m_docks->add(
        m_chart, [] { return tr("Trajectory"); }, QStringLiteral("TrajectoryDock"), DockSlot::Charts);

    m_layerModel = new LayerTreeModel(m_controller, this);
    m_layerView = new QTreeView(this);
    m_layerView->setModel(m_layerModel);
    m_layerView->setRootIsDecorated(false);
    m_layerView->setHeaderHidden(true);
    m_docks->add(
        m_layerView, [] { return tr("Layers"); }, QStringLiteral("LayersDock"), DockSlot::Charts);

    m_uncertaintyPanel = new UncertaintyPanel(m_controller, this);
    m_docks->add(
        scrollable(m_uncertaintyPanel, this), [] { return tr("Probability"); },
        QStringLiteral("ProbabilityDock"), DockSlot::Charts);

    // The planner's workbench: scenarios, county quotas, comparison (PlannerActions builds and wires them).
    m_planner = new PlannerActions(m_controller, mapPresenter(), this);
    m_planner->attachScorecard(m_scorecardView);
    m_docks->add(
        scrollable(m_planner->scenarioManager(), this), [] { return tr("Scenarios"); },
        QStringLiteral("ScenariosDock"), DockSlot::Results);
    m_docks->add(
        scrollable(m_planner->allocationEditor(), this), [] { return tr("County Quotas"); },
        QStringLiteral("QuotasDock"), DockSlot::Results);
    m_docks->add(
        scrollable(m_planner->comparison(), this), [] { return tr("Compare Scenarios"); },
        QStringLiteral("CompareDock"), DockSlot::Results);

    // Any city or province, shared on a server: regions, the province view, the change log.
    m_shared = new SharedProjectFeatures(m_controller, m_projectActions, this);
    m_docks->add(
        m_shared->regionsPanel(), [] { return tr("Regions"); }, QStringLiteral("RegionsDock"),
        DockSlot::Charts);
    m_docks->add(
        m_shared->provincePanel(), [] { return tr("Province"); }, QStringLiteral("ProvinceDock"),
        DockSlot::Results);
    m_docks->add(
        m_shared->changeLogPanel(), [] { return tr("Change Log"); }, QStringLiteral("ChangeLogDock"),
        DockSlot::Results);
    m_docks->setShownWhen(m_shared->provincePanel(), [this] { return m_shared->isProvinceProject(); });
    m_docks->setShownWhen(m_shared->changeLogPanel(), [this] { return m_shared->isSharedProject(); });
}

void MainWindow::createToolBars() {
    m_selectionBar = addToolBar(QString());
    m_selectionBar->setObjectName(QStringLiteral("SelectionToolBar"));
    m_indicatorLabel = new QLabel(m_selectionBar);
    m_selectionBar->addWidget(m_indicatorLabel);
    m_indicatorChooser = new IndicatorChooser(m_selectionBar);
    m_selectionBar->addWidget(m_indicatorChooser);
    m_selectionBar->addSeparator();
    m_scenarioLabel = new QLabel(m_selectionBar);
    m_selectionBar->addWidget(m_scenarioLabel);
    m_scenarioChooser = new ScenarioChooser(m_selectionBar);
    m_selectionBar->addWidget(m_scenarioChooser);
    m_selectionBar->addSeparator();
    m_yearLabel = new QLabel(m_selectionBar);
    m_selectionBar->addWidget(m_yearLabel);
    m_yearStepper = new YearStepper(m_controller->planYears(), m_selectionBar);
    m_selectionBar->addWidget(m_yearStepper);
    connect(m_indicatorChooser, &IndicatorChooser::indicatorChosen, m_controller,
            &ProjectController::setIndicator);
    connect(m_scenarioChooser, &ScenarioChooser::scenarioChosen, m_controller,
            &ProjectController::setScenario);
    connect(m_yearStepper, &YearStepper::yearChanged, m_controller, &ProjectController::setYear);

    // The map's tools stand upright at its left edge, as in desktop GIS: the top row keeps its width for
    // the indicator's whole name and the year stepper, even at 1366 px.
    m_mapBar = new QToolBar(this);
    addToolBar(Qt::LeftToolBarArea, m_mapBar);
    m_mapBar->setObjectName(QStringLiteral("MapToolBar"));
    m_mapBar->setIconSize(QSize(22, 22));
    m_mapBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::createMenus() {
    MapCanvas* canvas = mapCanvas();
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_projectActions->newAction());
    m_fileMenu->addAction(m_shared->newFromBoundariesAction());
    m_fileMenu->addAction(m_projectActions->openAction());
    m_fileMenu->addAction(m_shared->openServerAction());
    m_fileMenu->addAction(m_shared->reloadAction());
    m_fileMenu->addMenu(m_projectActions->recentMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_projectActions->importLayerAction());
    m_exports = new ExportActions(m_controller, canvas, this);
    m_fileMenu->addAction(m_exports->importStatisticsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_exports->exportMapAction(), m_exports->printAction(),
                            m_exports->exportTableAction(), m_exports->exportReportAction()});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_projectActions->saveAction());
    m_fileMenu->addAction(m_projectActions->saveAsAction());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_controller->undoStack()->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_controller->undoStack()->createRedoAction(this);
    // Both keys users know: Ctrl+Shift+Z and Ctrl+Y.
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_copyAction = m_editMenu->addAction(QString(), this, &MainWindow::copyFocusedTable);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_C));

    m_viewMenu = menuBar()->addMenu(QString());
    m_fullAction =
        m_viewMenu->addAction(ToolIcons::fullExtent(), QString(), canvas, &MapCanvas::zoomToFullExtent);
    m_fullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomInAction = m_viewMenu->addAction(ToolIcons::zoomIn(), QString(), canvas, &MapCanvas::zoomIn);
    m_zoomInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    m_zoomOutAction = m_viewMenu->addAction(ToolIcons::zoomOut(), QString(), canvas, &MapCanvas::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_boxAction = m_viewMenu->addAction(ToolIcons::zoomBox(), QString());
    m_boxAction->setCheckable(true);
    m_boxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_boxAction, &QAction::toggled, canvas, &MapCanvas::setBoxZoomMode);
    m_viewMenu->addSeparator();
    m_previousYearAction = m_viewMenu->addAction(QString(), m_yearStepper, &YearStepper::stepBack);
    m_previousYearAction->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_nextYearAction = m_viewMenu->addAction(QString(), m_yearStepper, &YearStepper::stepForward);
    m_nextYearAction->setShortcut(QKeySequence(Qt::Key_PageDown));
    qApp->installEventFilter(new EditingKeyGuard(this)); // tables and spin boxes keep their Page keys
    m_viewMenu->addSeparator();
    // The legend, scale bar and schematic note drawn on the map, each hideable (remembered).
    QSettings settings;
    const auto overlayToggle = [&](const QString& key, auto setter) {
        QAction* action = m_viewMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(settings.value(key, true).toBool());
        const auto apply = [this, key, setter](bool on) {
            for (MapCanvas* c : {m_stage->canvas(), m_stage->compareCanvas()}) {
                (c->overlay().*setter)(on);
                c->update();
            }
            QSettings().setValue(key, on);
        };
        apply(action->isChecked());
        connect(action, &QAction::toggled, this, apply);
        return action;
    };
    m_legendAction = overlayToggle(QStringLiteral("map/legend"), &MapOverlay::setLegendVisible);
    m_legendAction->setIcon(ToolIcons::legend());
    m_legendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_scaleBarAction = overlayToggle(QStringLiteral("map/scaleBar"), &MapOverlay::setScaleBarVisible);
    m_schematicAction =
        overlayToggle(QStringLiteral("map/schematicNote"), &MapOverlay::setSchematicNoteVisible);
    m_viewMenu->addSeparator();
    m_crsMenu = m_viewMenu->addMenu(QString());
    m_crsGroup = new QActionGroup(this);
    for (const QString& crs : kDisplayCrs) {
        QAction* action = m_crsMenu->addAction(QString());
        action->setData(crs);
        action->setCheckable(true);
        action->setChecked(crs == mapPresenter()->displayCrs());
        m_crsGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, crs] {
            if (mapPresenter()->setDisplayCrs(crs) && m_stage->comparePresenter()->setDisplayCrs(crs)) {
                QSettings().setValue(QStringLiteral("map/displayCrs"), crs);
                showStatus(tr("Display CRS: %1").arg(crs), 4000);
            }
        });
    }
    const QString savedCrs = settings.value(QStringLiteral("map/displayCrs")).toString();
    if (!savedCrs.isEmpty() && mapPresenter()->setDisplayCrs(savedCrs)) {
        m_stage->comparePresenter()->setDisplayCrs(savedCrs);
        for (QAction* action : m_crsGroup->actions())
            action->setChecked(action->data().toString() == savedCrs);
    }

    menuBar()->addMenu(m_planner->menu());

    // Training: the stage, the lessons, the read-only demonstration.
    m_trainingMenu = menuBar()->addMenu(QString());
    m_presentationAction = m_trainingMenu->addAction(ToolIcons::presentation(), QString());
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationAction, &QAction::toggled, this,
            [this](bool on) { m_presentation->setActive(on); });
    addAction(m_presentationAction); // the shortcut must work while the menu bar is hidden
    m_lessonMenu = m_trainingMenu->addMenu(QString());
    m_stopLessonAction = m_trainingMenu->addAction(QString(), m_lessons, &LessonPlayer::stop);
    m_editLessonsAction = m_trainingMenu->addAction(QString(), this, &MainWindow::editLessons);
    m_trainingMenu->addSeparator();
    m_demoAction = m_trainingMenu->addAction(QString());
    m_demoAction->setCheckable(true);
    connect(m_demoAction, &QAction::toggled, m_controller, &ProjectController::setReadOnly);
    connect(m_lessons, &LessonPlayer::playingChanged, m_stopLessonAction, &QAction::setEnabled);
    m_stopLessonAction->setEnabled(false);

    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->addActions({m_uncertaintyPanel->runAction(), m_uncertaintyPanel->probabilityMapAction(),
                                m_uncertaintyPanel->editAction()});
    connect(m_uncertaintyPanel->probabilityMapAction(), &QAction::toggled, mapPresenter(),
            &MapPresenter::setProbabilityStyle);
    connect(m_uncertaintyPanel, &UncertaintyPanel::message, this,
            [this](const QString& text) { showStatus(text, 8000); });

    m_windowMenu = menuBar()->addMenu(QString());
    m_panelsMenu = m_windowMenu->addMenu(QString());
    m_docks->fillPanelsMenu(m_panelsMenu);
    m_resetLayoutAction = m_windowMenu->addAction(QString(), this, &MainWindow::resetLayout);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageAction = m_settingsMenu->addAction(QString(), this, &MainWindow::chooseLanguage);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    for (QAction* action : {m_fullAction, m_zoomInAction, m_zoomOutAction, m_boxAction})
        m_mapBar->addAction(action);
    m_mapBar->addSeparator();
    m_mapBar->addAction(m_legendAction);
    m_mapBar->addAction(m_presentationAction);
}

void MainWindow::rebuildLessonMenu() {
    m_lessonMenu->clear();
    const auto& lessons = m_controller->project().lessons;
    for (int i = 0; i < int(lessons.size()); ++i) {
        m_lessonMenu->addAction(
            QString::fromStdString(lessons[std::size_t(i)].title(DomainLabels::isChinese())), this,
            [this, i] {
                m_presentation->setActive(true);
                m_lessons->start(i);
            });
    }
    if (lessons.empty())
        m_lessonMenu->addAction(tr("No lessons in this project"))->setEnabled(false);
}

void MainWindow::retranslateUi() {
    m_indicatorLabel->setText(tr("Indicator:"));
    m_scenarioLabel->setText(tr("Scenario:"));
    m_yearLabel->setText(tr("Year:"));
    m_selectionBar->setWindowTitle(tr("Selection"));
    m_mapBar->setWindowTitle(tr("Map"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_copyAction->setText(tr("&Copy Table"));
    m_copyAction->setStatusTip(
        tr("Copy the selected rows of the focused table (all rows when none is selected)"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullAction->setText(tr("Zoom to &Full Extent"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_boxAction->setText(tr("Zoom to &Box"));
    m_boxAction->setStatusTip(tr("Drag a box on the map to zoom to it (Shift+drag works at any time)"));
    m_previousYearAction->setText(tr("&Previous Year"));
    m_nextYearAction->setText(tr("&Next Year"));
    m_legendAction->setText(tr("Map &Legend"));
    m_legendAction->setStatusTip(tr("Show or hide the legend on the map; drag it to move it"));
    m_scaleBarAction->setText(tr("&Scale Bar"));
    m_schematicAction->setText(tr("Sc&hematic Map Note"));
    m_crsMenu->setTitle(tr("Display &CRS"));
    for (QAction* action : m_crsGroup->actions())
        action->setText(crsLabel(action->data().toString()));
    m_analysisMenu->setTitle(tr("&Analysis"));
    m_planner->retranslate();
    m_exports->retranslate();
    m_shared->retranslate();
    m_trainingMenu->setTitle(tr("&Training"));
    m_presentationAction->setText(tr("P&resentation Mode"));
    m_presentationAction->setStatusTip(
        tr("The map full screen with large text, for training sessions (Page Up/Down step, Esc leaves)"));
    m_lessonMenu->setTitle(tr("&Play Lesson"));
    m_stopLessonAction->setText(tr("&Stop Lesson"));
    m_editLessonsAction->setText(tr("&Edit Lessons…"));
    m_demoAction->setText(tr("&Demonstration Mode (Read-Only)"));
    m_demoAction->setStatusTip(tr("Nothing clicked can change the project file while this is on"));
    m_windowMenu->setTitle(tr("&Window"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_resetLayoutAction->setText(tr("&Reset Layout"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageAction->setText(tr("&Language…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Jieshui Workbench"));
    for (QAction* action :
         {m_fullAction, m_zoomInAction, m_zoomOutAction, m_boxAction, m_legendAction, m_presentationAction})
        action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    m_scorecardView->setToolTip(QString());
    m_readOnlyBadge->setText(tr("Demonstration · read-only"));
    rebuildLessonMenu();
    onChanged(ChangeEvent{ChangeKind::FileStateChanged});
}

void MainWindow::createStatusBar() {
    // One message line (the map's theme when idle) and permanent fields on the right: two messages can
    // never be drawn over each other.
    m_readOnlyBadge = new QLabel(this);
    m_readOnlyBadge->setStyleSheet(
        QStringLiteral("QLabel{background:#fff3e0;color:#e65100;font-weight:bold;padding:1px 8px;}"));
    m_readOnlyBadge->hide();
    m_busy = new BusyIndicator(this);
    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(300);
    m_coordinates->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_readOnlyBadge);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_coordinates);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_theme.isEmpty())
            statusBar()->showMessage(m_theme);
    });
    connect(mapCanvas(), &MapCanvas::cursorMoved, this,
            [this](QPointF point) { m_coordinates->setText(mapPresenter()->formatCoordinates(point)); });
    connect(mapCanvas(), &MapCanvas::renderingChanged, m_busy, &BusyIndicator::setBusy);
    connect(mapPresenter(), &MapPresenter::themeChanged, this, [this](const QString& theme) {
        const bool idle = statusBar()->currentMessage().isEmpty() || statusBar()->currentMessage() == m_theme;
        m_theme = theme;
        if (idle)
            statusBar()->showMessage(m_theme);
    });
    for (MapPresenter* presenter : {mapPresenter(), m_stage->comparePresenter()})
        connect(presenter, &MapPresenter::message, this,
                [this](const QString& text) { showStatus(text, 8000); });
    connect(m_projectActions, &ProjectActions::message, this,
            [this](const QString& text) { showStatus(text, 6000); });
    connect(m_shared, &SharedProjectFeatures::message, this,
            [this](const QString& text) { showStatus(text, 6000); });
}

void MainWindow::showStatus(const QString& text, int timeout) {
    statusBar()->showMessage(text, timeout);
}

void MainWindow::onChanged(const ChangeEvent& event) {
    switch (event.kind) {
    case ChangeKind::ScenariosChanged: // created, deleted, renamed or moved
        m_scenarioChooser->setScenarios(m_controller->project().scenarios, m_controller->scenario());
        break;
    case ChangeKind::ProjectReplaced:
        m_scenarioChooser->setScenarios(m_controller->project().scenarios, m_controller->scenario());
        m_indicatorChooser->setIndicator(m_controller->indicator());
        m_yearStepper->setPlanYears(m_controller->planYears());
        m_yearStepper->setYear(m_controller->year());
        rebuildLessonMenu();
        m_docks->showApplicable(); // the province view and the change log when they apply
        [[fallthrough]];
    case ChangeKind::FileStateChanged: {
        const bool demonstration = m_controller->isDemonstration();
        setWindowTitle(
            demonstration
                ? tr("%1 [demonstration, read-only] — Jieshui Workbench").arg(m_controller->displayTitle())
                : tr("%1 — Jieshui Workbench").arg(m_controller->displayTitle()));
        m_readOnlyBadge->setVisible(demonstration);
        m_editLessonsAction->setEnabled(!m_controller->isReadOnly());
        const QSignalBlocker blocker(m_demoAction);
        m_demoAction->setChecked(demonstration);
        break;
    }
    case ChangeKind::LessonsChanged:
        rebuildLessonMenu();
        break;
    case ChangeKind::LanguageChanged:
        m_scenarioChooser->setScenarios(m_controller->project().scenarios, m_controller->scenario());
        m_indicatorChooser->retranslate();
        rebuildLessonMenu();
        break;
    case ChangeKind::DataChanged:
        m_yearStepper->setPlanYears(m_controller->planYears());
        break;
    case ChangeKind::YearChanged:
        m_yearStepper->setYear(m_controller->year());
        break;
    case ChangeKind::IndicatorChanged:
        m_indicatorChooser->setIndicator(m_controller->indicator());
        break;
    case ChangeKind::ScenarioChanged:
        m_scenarioChooser->setScenario(m_controller->scenario());
        if (!m_controller->evaluationProblem().isEmpty())
            showStatus(tr("The scenario could not be evaluated; its observed years are shown: %1")
                           .arg(m_controller->evaluationProblem()),
                       8000);
        break;
    case ChangeKind::RegionSelected:
        if (!m_controller->selectedRegion().isEmpty() && !m_presentation->isActive())
            if (QDockWidget* dock = m_docks->dockOf(m_regionDetails))
                dock->raise();
        break;
    default:
        break;
    }
}

void MainWindow::onScorecardActivated(const QModelIndex& index) {
    if (!index.isValid())
        return;
    // The row's target: its indicator is mapped (the chooser follows); a key-task milestone is charted
    // in its own unit.
    m_controller->focusTarget(index.data(ScorecardModel::TargetIdRole).toString());
    const QString region = index.data(ScorecardModel::RegionCodeRole).toString();
    const core::Region* root = m_controller->project().dataset.root();
    // A city-wide target maps every county; a county's own target also identifies the county.
    if (!root || region.toStdString() != root->code)
        m_controller->setSelectedRegion(region);
}

void MainWindow::copyFocusedTable() {
    for (QWidget* widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            TableClipboard::copySelection(*view);
            showStatus(tr("Table copied to the clipboard"), 3000);
            return;
        }
    }
    TableClipboard::copySelection(*m_scorecardView);
    showStatus(tr("Scorecard copied to the clipboard"), 3000);
}

void MainWindow::chooseLanguage() {
    const QStringList labels = {tr("System default"), QStringLiteral("中文"), QStringLiteral("English")};
    const QStringList codes = {QString(), QStringLiteral("zh_CN"), QStringLiteral("en")};
    const int current =
        std::max<int>(0, int(codes.indexOf(QSettings().value(QStringLiteral("ui/language")).toString())));
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Language"), tr("Language of the workbench:"),
                                                 labels, current, false, &ok);
    if (ok)
        setLanguage(codes.value(int(labels.indexOf(choice))));
}

void MainWindow::setLanguage(const QString& language) {
    QSettings().setValue(QStringLiteral("ui/language"), language);
    const QString normalized = i18n::normalizedLanguage(language);
    i18n::removeTranslators(*QCoreApplication::instance());
    i18n::installTranslators(*QCoreApplication::instance(), normalized);
    QLocale::setDefault(
        QLocale(normalized == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Jieshui Workbench"));
    // Every text anew: menus and bars here, the file actions, the docks' titles, then every view.
    m_projectActions->retranslate();
    m_docks->retranslate();
    retranslateUi();
    m_controller->retranslate();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Jieshui Workbench"),
        tr("<h3>Jieshui Workbench %1</h3><p>Water-saving planning workbench for Qinzhou: judges the "
           "targets of the water-saving action plan by county, year and scenario.</p>"
           "<p>Licensed under the GNU GPL v3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::editLessons() {
    if (m_controller->isReadOnly())
        return;
    LessonEditorDialog dialog(m_controller, this);
    dialog.exec();
}

void MainWindow::resetLayout() {
    m_docks->reset();
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restoreState(settings.value(kStateKey).toByteArray(), DockLayout::layoutVersion))
        m_docks->reset();
}

void MainWindow::showAtStartup() {
    const QSettings settings;
    if (settings.contains(kGeometryKey)) {
        restoreLayout();
        show();
        return;
    }
    // First start: maximised on the screen the user is working on, docks in their default places.
    if (QScreen* screen = QGuiApplication::screenAt(QCursor::pos()))
        setScreen(screen);
    showMaximized();
    QTimer::singleShot(0, this, &MainWindow::resetLayout);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_projectActions->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_presentation->isActive())
        m_presentation->setActive(false);
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(DockLayout::layoutVersion));
    event->accept();
}

} // namespace jieshui::ui
