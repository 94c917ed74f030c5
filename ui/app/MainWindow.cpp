// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ChangeEvent.h"
#include "ChangeLogPanel.h"
#include "DomainLabels.h"
#include "IndicatorChooser.h"
#include "KeyTaskModel.h"
#include "LayerTreeModel.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "PresentationMode.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ProvincePanel.h"
#include "RegionDetailsPanel.h"
#include "RegionsPanel.h"
#include "ScenarioChooser.h"
#include "ScenarioOverridesModel.h"
#include "ScorecardModel.h"
#include "SharedProjectFeatures.h"
#include "TableClipboard.h"
#include "TaskStatusDelegate.h"
#include "TrajectoryChart.h"
#include "YearStepper.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace jieshui::ui {

MainWindow::MainWindow(std::unique_ptr<ProjectRepository> repository, QWidget* parent)
    : QMainWindow(parent), m_controller(new ProjectController(std::move(repository), this)),
      m_projectActions(new ProjectActions(m_controller, this, this)), m_canvas(new MapCanvas(this)),
      m_presenter(new MapPresenter(m_controller, m_canvas, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("applications-science")));
    setCentralWidget(m_canvas);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    m_presentation = new PresentationMode(this, m_projectActions, m_chart, this);
    connect(m_controller, &ProjectController::changed, this, &MainWindow::onChanged);
    m_yearStepper->setYear(m_controller->year());
    m_indicatorChooser->setIndicator(m_controller->indicator());
    resize(1500, 920);
    onChanged(ChangeEvent{ChangeKind::ProjectReplaced});
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(widget);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks() {
    m_layerModel = new LayerTreeModel(m_controller, this);
    m_layerView = new QTreeView(this);
    m_layerView->setModel(m_layerModel);
    m_layerView->setRootIsDecorated(false);
    m_layerView->setHeaderHidden(true);
    QDockWidget* layers =
        addDock(m_layerView, tr("Layers"), QStringLiteral("LayersDock"), Qt::LeftDockWidgetArea);

    m_regionDetails = new RegionDetailsPanel(m_controller, this);
    QDockWidget* details = addDock(m_regionDetails, tr("Region Details"), QStringLiteral("RegionDetailsDock"),
                                   Qt::LeftDockWidgetArea);
    splitDockWidget(layers, details, Qt::Vertical);
    resizeDocks({layers, details}, {140, 500}, Qt::Vertical);

    m_scorecardModel = new ScorecardModel(m_controller, this);
    m_scorecardView = new QTableView(this);
    m_scorecardView->setModel(m_scorecardModel);
    m_scorecardView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scorecardView->setAlternatingRowColors(true);
    m_scorecardView->verticalHeader()->hide();
    m_scorecardView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scorecardView->horizontalHeader()->setStretchLastSection(true);
    m_scorecardView->setToolTip(tr("Click a row to map its indicator"));
    connect(m_scorecardView, &QTableView::clicked, this, &MainWindow::onScorecardActivated);
    connect(m_scorecardView, &QTableView::activated, this, &MainWindow::onScorecardActivated);
    QDockWidget* scorecard =
        addDock(m_scorecardView, tr("Scorecard"), QStringLiteral("ScorecardDock"), Qt::RightDockWidgetArea);

    m_chart = new TrajectoryChart(m_controller, this);
    QDockWidget* chart =
        addDock(m_chart, tr("Trajectory"), QStringLiteral("TrajectoryDock"), Qt::RightDockWidgetArea);
    splitDockWidget(scorecard, chart, Qt::Vertical);

    m_taskModel = new KeyTaskModel(m_controller, this);
    m_taskView = new QTableView(this);
    m_taskView->setModel(m_taskModel);
    m_taskView->setItemDelegateForColumn(KeyTaskModel::StatusColumn, new TaskStatusDelegate(m_taskView));
    m_taskView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                QAbstractItemView::EditKeyPressed);
    m_taskView->verticalHeader()->hide();
    m_taskView->setAlternatingRowColors(true);
    m_taskView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_taskView->horizontalHeader()->setStretchLastSection(true);
    QDockWidget* tasks =
        addDock(m_taskView, tr("Key Tasks"), QStringLiteral("KeyTasksDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(scorecard, tasks);

    auto* overrides = new QTableView(this);
    overrides->setModel(new ScenarioOverridesModel(m_controller, overrides));
    overrides->verticalHeader()->hide();
    overrides->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    overrides->horizontalHeader()->setStretchLastSection(true);
    overrides->setToolTip(
        tr("What the selected scenario changes from its parent; double-click a value to edit it"));
    QDockWidget* scenarios =
        addDock(overrides, tr("Scenario Drivers"), QStringLiteral("ScenariosDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(scorecard, scenarios);
    // Any city or province, shared on a server: regions, the province view, the change log.
    m_shared = new SharedProjectFeatures(m_controller, m_projectActions, this);
    tabifyDockWidget(layers, addDock(m_shared->regionsPanel(), tr("Regions"), QStringLiteral("RegionsDock"),
                                     Qt::LeftDockWidgetArea));
    tabifyDockWidget(scorecard, addDock(m_shared->provincePanel(), tr("Province"),
                                        QStringLiteral("ProvinceDock"), Qt::RightDockWidgetArea));
    tabifyDockWidget(scorecard, addDock(m_shared->changeLogPanel(), tr("Change Log"),
                                        QStringLiteral("ChangeLogDock"), Qt::RightDockWidgetArea));
    layers->raise();
    scorecard->raise();
    scorecard->raise();
    resizeDocks({scorecard}, {640}, Qt::Horizontal);
    resizeDocks({details}, {430}, Qt::Horizontal);
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Selection"));
    bar->setObjectName(QStringLiteral("SelectionToolBar"));
    bar->addWidget(new QLabel(tr("Indicator:"), bar));
    m_indicatorChooser = new IndicatorChooser(bar);
    bar->addWidget(m_indicatorChooser);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Scenario:"), bar));
    m_scenarioChooser = new ScenarioChooser(bar);
    bar->addWidget(m_scenarioChooser);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Year:"), bar));
    m_yearStepper = new YearStepper(m_controller->planYears(), bar);
    bar->addWidget(m_yearStepper);
    connect(m_indicatorChooser, &IndicatorChooser::indicatorChosen, m_controller,
            &ProjectController::setIndicator);
    connect(m_scenarioChooser, &ScenarioChooser::scenarioChosen, m_controller,
            &ProjectController::setScenario);
    connect(m_yearStepper, &YearStepper::yearChanged, m_controller, &ProjectController::setYear);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_projectActions->newAction());
    file->addAction(m_shared->newFromBoundariesAction());
    file->addAction(m_projectActions->openAction());
    file->addAction(m_shared->openServerAction());
    file->addAction(m_shared->reloadAction());
    file->addMenu(m_projectActions->recentMenu());
    file->addSeparator();
    file->addAction(m_projectActions->importLayerAction());
    file->addSeparator();
    file->addAction(m_projectActions->saveAction());
    file->addAction(m_projectActions->saveAsAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_controller->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_controller->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy Table"), this, &MainWindow::copyFocusedTable);
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected rows of the focused table (all rows when none is selected)"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* full = view->addAction(tr("Zoom to &Full Extent"), m_canvas, &MapCanvas::zoomToFullExtent);
    full->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* in = view->addAction(tr("Zoom &In"), m_canvas, &MapCanvas::zoomIn);
    in->setShortcut(QKeySequence::ZoomIn);
    QAction* out = view->addAction(tr("Zoom &Out"), m_canvas, &MapCanvas::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction* box = view->addAction(tr("Zoom to &Box"));
    box->setCheckable(true);
    box->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    box->setStatusTip(tr("Drag a box on the map to zoom to it (Shift+drag works at any time)"));
    connect(box, &QAction::toggled, m_canvas, &MapCanvas::setBoxZoomMode);
    view->addSeparator();
    QAction* previousYear = view->addAction(tr("&Previous Year"), m_yearStepper, &YearStepper::stepBack);
    previousYear->setShortcut(QKeySequence(Qt::Key_PageUp));
    QAction* nextYear = view->addAction(tr("&Next Year"), m_yearStepper, &YearStepper::stepForward);
    nextYear->setShortcut(QKeySequence(Qt::Key_PageDown));
    view->addSeparator();
    QMenu* crsMenu = view->addMenu(tr("Display &CRS"));
    auto* crsGroup = new QActionGroup(this);
    const QList<QPair<QString, QString>> crsList = {
        {QStringLiteral("EPSG:4545"), tr("CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)")},
        {QStringLiteral("EPSG:4490"), tr("CGCS2000 geographic (EPSG:4490)")},
        {QStringLiteral("EPSG:4546"), tr("CGCS2000 / 3-degree Gauss-Kruger CM 111E (EPSG:4546)")},
        {QStringLiteral("EPSG:32649"), tr("WGS 84 / UTM zone 49N (EPSG:32649)")}};
    for (const auto& [crs, label] : crsList) {
        QAction* action = crsMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(crs == m_presenter->displayCrs());
        crsGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, crs] {
            if (m_presenter->setDisplayCrs(crs)) {
                QSettings().setValue(QStringLiteral("map/displayCrs"), crs);
                statusBar()->showMessage(tr("Display CRS: %1").arg(crs), 4000);
            }
        });
    }
    const QString savedCrs = QSettings().value(QStringLiteral("map/displayCrs")).toString();
    if (!savedCrs.isEmpty() && m_presenter->setDisplayCrs(savedCrs))
        for (QAction* action : crsGroup->actions())
            action->setChecked(action->text().contains(savedCrs));
    view->addSeparator();
    QMenu* docks = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : m_docks)
        docks->addAction(dock->toggleViewAction());
    QAction* presentation = view->addAction(tr("P&resentation Mode"));
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(Qt::Key_F11));
    presentation->setStatusTip(tr("Full screen with large text, for training sessions"));
    connect(presentation, &QAction::toggled, this, [this](bool on) { m_presentation->setActive(on); });
    addAction(presentation); // the shortcut must work while the menu bar is hidden

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Language…"), this, &MainWindow::chooseLanguage);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Jieshui Workbench"), this, &MainWindow::showAbout);

    QToolBar* mapBar = addToolBar(tr("Map"));
    mapBar->setObjectName(QStringLiteral("MapToolBar"));
    mapBar->addAction(full);
    mapBar->addAction(in);
    mapBar->addAction(out);
    mapBar->addAction(box);
    mapBar->addSeparator();
    mapBar->addAction(presentation);
    for (QAction* action : {full, in, out, box, presentation})
        action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                           action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
}

void MainWindow::createStatusBar() {
    m_theme = new QLabel(this);
    m_busy = new QLabel(this);
    m_coordinates = new QLabel(this);
    m_coordinates->setMinimumWidth(300);
    m_coordinates->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addWidget(m_theme, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_coordinates);
    connect(m_canvas, &MapCanvas::cursorMoved, this,
            [this](QPointF point) { m_coordinates->setText(m_presenter->formatCoordinates(point)); });
    connect(m_canvas, &MapCanvas::renderingChanged, this,
            [this](bool rendering) { m_busy->setText(rendering ? tr("Drawing…") : QString()); });
    connect(m_canvas, &MapCanvas::hoveredRegionChanged, this, [this](const QString& code) {
        if (!code.isEmpty())
            statusBar()->showMessage(DomainLabels::regionName(m_controller->project().dataset, code), 2000);
    });
    connect(m_presenter, &MapPresenter::themeChanged, m_theme, &QLabel::setText);
    connect(m_presenter, &MapPresenter::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_projectActions, &ProjectActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_shared, &SharedProjectFeatures::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
}

void MainWindow::onChanged(const ChangeEvent& event) {
    switch (event.kind) {
    case ChangeKind::ProjectReplaced:
        m_scenarioChooser->setScenarios(m_controller->project().scenarios, m_controller->scenario());
        m_yearStepper->setPlanYears(m_controller->planYears());
        m_yearStepper->setYear(m_controller->year());
        [[fallthrough]];
    case ChangeKind::FileStateChanged:
        setWindowTitle(tr("%1 — Jieshui Workbench").arg(m_controller->displayTitle()));
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
            statusBar()->showMessage(
                tr("The scenario could not be evaluated; its observed years are shown: %1")
                    .arg(m_controller->evaluationProblem()),
                8000);
        break;
    case ChangeKind::RegionSelected:
        if (!m_controller->selectedRegion().isEmpty())
            for (QDockWidget* dock : m_docks)
                if (dock->widget() == m_regionDetails)
                    dock->raise();
        break;
    default:
        break;
    }
}

void MainWindow::onScorecardActivated(const QModelIndex& index) {
    if (!index.isValid())
        return;
    m_controller->setIndicator(core::Indicator(index.data(ScorecardModel::IndicatorRole).toInt()));
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
            statusBar()->showMessage(tr("Table copied to the clipboard"), 3000);
            return;
        }
    }
    TableClipboard::copySelection(*m_scorecardView);
    statusBar()->showMessage(tr("Scorecard copied to the clipboard"), 3000);
}

void MainWindow::chooseLanguage() {
    const QStringList labels = {tr("System default"), QStringLiteral("中文"), QStringLiteral("English")};
    const QStringList codes = {QString(), QStringLiteral("zh_CN"), QStringLiteral("en")};
    QSettings settings;
    const int current =
        std::max<int>(0, int(codes.indexOf(settings.value(QStringLiteral("ui/language")).toString())));
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Language"), tr("Language of the workbench:"),
                                                 labels, current, false, &ok);
    if (!ok)
        return;
    settings.setValue(QStringLiteral("ui/language"), codes.value(int(labels.indexOf(choice))));
    QMessageBox::information(this, tr("Language"),
                             tr("The new language takes effect when the workbench restarts."));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Jieshui Workbench"),
        tr("<h3>Jieshui Workbench %1</h3><p>Water-saving planning workbench for Qinzhou: judges the "
           "targets of the water-saving action plan by county, year and scenario.</p>"
           "<p>Licensed under the GNU GPL v3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_projectActions->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_presentation->isActive())
        m_presentation->setActive(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace jieshui::ui
