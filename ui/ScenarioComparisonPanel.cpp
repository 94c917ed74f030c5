// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparisonPanel.h"

#include "DomainLabels.h"
#include "MapPresenter.h"
#include "MapPreview.h"
#include "ProjectController.h"
#include "ScenarioComparisonModel.h"
#include "TableClipboard.h"
#include "output/ReportTables.h"
#include "output/TableExporter.h"
#include "render/ComplianceMapBuilder.h"
#include "render/DifferenceMapBuilder.h"
#include "report/JudgedIndicator.h"
#include "report/ScenarioComparison.h"

#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace jieshui::ui {

ScenarioComparisonPanel::ScenarioComparisonPanel(ProjectController* controller, MapPresenter* presenter,
                                                 QWidget* parent)
    : QWidget(parent), m_controller(controller), m_presenter(presenter),
      m_model(new ScenarioComparisonModel(this)), m_reference(new QComboBox(this)),
      m_others(new QListWidget(this)), m_year(new QSpinBox(this)), m_table(new QTableView(this)),
      m_indicator(new QComboBox(this)), m_mapScenario(new QComboBox(this)), m_map(new MapPreview(this)),
      m_saveMap(new QPushButton(this)), m_message(new QLabel(this)), m_copy(new QPushButton(this)),
      m_export(new QPushButton(this)), m_views(new QTabWidget(this)), m_referenceCaption(new QLabel(this)),
      m_yearCaption(new QLabel(this)), m_mapCaption(new QLabel(this)), m_otherCaption(new QLabel(this)),
      m_othersCaption(new QLabel(this)) {
    m_year->setRange(m_controller->firstYear(), m_controller->lastYear());
    m_year->setValue(m_controller->year());
    m_others->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A usable size in a narrow dock: the map has the panel's height to itself, on its own tab.
    m_map->setMinimumSize(240, 320);
    m_message->setWordWrap(true);

    // Two short rows rather than one long one: the dock may be a third of a 1366-pixel screen. Long names
    // never widen the boxes (their lists are as wide as the names).
    for (QComboBox* box : {m_reference, m_indicator, m_mapScenario}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    auto* choices = new QGridLayout;
    choices->addWidget(m_referenceCaption, 0, 0);
    choices->addWidget(m_reference, 0, 1);
    choices->addWidget(m_yearCaption, 0, 2);
    choices->addWidget(m_year, 0, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);
    choices->addLayout(buttons, 1, 0, 1, 4);
    choices->setColumnStretch(1, 1);
    auto* mapChoices = new QGridLayout;
    mapChoices->addWidget(m_mapCaption, 0, 0);
    mapChoices->addWidget(m_indicator, 0, 1, 1, 2);
    mapChoices->addWidget(m_otherCaption, 1, 0, Qt::AlignRight);
    mapChoices->addWidget(m_mapScenario, 1, 1);
    mapChoices->addWidget(m_saveMap, 1, 2);
    mapChoices->setColumnStretch(1, 1);
    auto* mapPage = new QWidget(this);
    auto* mapLayout = new QVBoxLayout(mapPage);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addLayout(mapChoices);
    mapLayout->addWidget(m_map, 1);
    m_views->addTab(m_table, QString());
    m_views->addTab(mapPage, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_othersCaption);
    layout->addWidget(m_others);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_message);

    connect(m_controller, &ProjectController::changed, this, &ScenarioComparisonPanel::onChanged);
    connect(m_reference, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillChoices();
    });
    connect(m_others, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &ScenarioComparisonPanel::refresh);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refreshMap();
    });
    connect(m_mapScenario, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refreshMap();
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        setMapIndicator(core::Indicator(index.data(ScenarioComparisonModel::IndicatorRole).toInt()));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { TableClipboard::copySelection(*m_table); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"), QString(),
                                                          tr("Excel workbook (*.xlsx);;CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        if (const core::Status written = exportTable(path); written.hasError())
            m_message->setText(tr("The comparison could not be exported: %1")
                                   .arg(QString::fromStdString(written.error().message())));
        else
            m_message->setText(tr("Saved %1.").arg(path));
    });
    connect(m_saveMap, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Difference Map"), QString(),
                                                          tr("Maps (*.png *.svg *.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = m_map->exportTo(path); saved.hasError())
            m_message->setText(
                tr("The map could not be saved: %1").arg(QString::fromStdString(saved.error().message())));
        else
            m_message->setText(tr("Saved %1.").arg(path));
    });
    retranslate();
    fillChoices();
}

void ScenarioComparisonPanel::retranslate() {
    m_referenceCaption->setText(tr("Reference (A):"));
    m_yearCaption->setText(tr("Year:"));
    m_mapCaption->setText(tr("Difference map of"));
    m_otherCaption->setText(tr("B:"));
    m_othersCaption->setText(tr("Compared with A:"));
    m_copy->setText(tr("Copy"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export the comparison with each difference as CSV or Excel"));
    m_saveMap->setText(tr("Save Map…"));
    m_saveMap->setToolTip(tr("Save the difference map as PNG, SVG or PDF, as export-map draws it"));
    m_others->setToolTip(tr("The scenarios compared with the reference"));
    m_reference->setToolTip(tr("The reference scenario A: differences are each scenario minus A"));
    m_views->setTabText(0, tr("Table"));
    m_views->setTabText(1, tr("Difference Map"));
}

void ScenarioComparisonPanel::renameChoices() {
    // Renamed in place, nothing evaluated anew: what is chosen and checked stays so, the table keeps its
    // rows.
    const auto& project = m_controller->project();
    const auto nameOf = [&project](const QString& id, const QString& fallback) {
        const core::Scenario* s = project.scenario(id);
        return s ? DomainLabels::scenarioName(*s) : fallback;
    };
    m_filling = true;
    {
        const QSignalBlocker b1(m_reference);
        const QSignalBlocker b2(m_indicator);
        const QSignalBlocker b3(m_mapScenario);
        for (int i = 0; i < m_reference->count(); ++i)
            m_reference->setItemText(i,
                                     nameOf(m_reference->itemData(i).toString(), m_reference->itemText(i)));
        for (int i = 0; i < m_mapScenario->count(); ++i)
            m_mapScenario->setItemText(
                i, nameOf(m_mapScenario->itemData(i).toString(), m_mapScenario->itemText(i)));
        for (int i = 0; i < m_indicator->count(); ++i) {
            const auto indicator = core::Indicator(m_indicator->itemData(i).toInt());
            m_indicator->setItemText(i, m_indicatorsJudged ? DomainLabels::judgedIndicatorName(indicator)
                                                           : DomainLabels::indicatorName(indicator));
        }
    }
    for (int i = 0; i < m_others->count(); ++i) {
        QListWidgetItem* item = m_others->item(i);
        item->setText(nameOf(item->data(Qt::UserRole).toString(), item->text()));
    }
    m_filling = false;
    QStringList names;
    for (int k = 0; k < m_ids.size(); ++k)
        names << nameOf(m_ids[k], m_model->names().value(k));
    m_model->setNames(names);
    m_message->setText(stateMessage());
    // The map's title, legend and region names are drawn in the language: drawn again when on screen.
    if (isShownToUser())
        refreshMap();
    else
        m_mapStale = true;
}

QString ScenarioComparisonPanel::stateMessage() const {
    if (m_results.size() < 2)
        return tr("Check at least one scenario to compare with the reference.");
    if (m_model->rows().empty())
        return tr("The plan has no targets in %1; the map compares the values.").arg(m_year->value());
    return {};
}

QString ScenarioComparisonPanel::reference() const {
    return m_reference->currentData().toString();
}

QStringList ScenarioComparisonPanel::others() const {
    QStringList ids;
    for (int i = 0; i < m_others->count(); ++i)
        if (m_others->item(i)->checkState() == Qt::Checked)
            ids << m_others->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void ScenarioComparisonPanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged) {
        retranslate();
        renameChoices();
        return;
    }
    const bool scenarios = event.kind == ChangeKind::ProjectReplaced ||
                           event.kind == ChangeKind::ScenariosChanged ||
                           event.kind == ChangeKind::DataChanged;
    if (!scenarios && event.kind != ChangeKind::LayersChanged)
        return;
    // A hidden comparison waits until it is shown: a quota edit must not pay for three evaluations and a
    // page render nobody sees. In a dock, a tab behind another counts as hidden: Qt keeps it "visible" but
    // moves it off the window, so nothing of it is on screen.
    watchDock();
    if (!isShownToUser()) {
        m_stale = true;
        return;
    }
    if (scenarios)
        fillChoices();
    else
        refreshMap();
}

void ScenarioComparisonPanel::onDockVisibilityChanged(bool shown) {
    if (shown && m_stale)
        fillChoices();
    else if (shown && m_mapStale)
        refreshMap();
}

void ScenarioComparisonPanel::watchDock() {
    // The dock may hold the panel in a scroll area: look up the ancestors, not the parent alone.
    for (QWidget* w = parentWidget(); w != nullptr; w = w->parentWidget())
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            connect(dock, &QDockWidget::visibilityChanged, this,
                    &ScenarioComparisonPanel::onDockVisibilityChanged, Qt::UniqueConnection);
            return;
        }
}

bool ScenarioComparisonPanel::isShownToUser() const {
    return isVisible() && !visibleRegion().isEmpty();
}

void ScenarioComparisonPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    watchDock();
    if (m_stale)
        fillChoices();
    else if (m_mapStale)
        refreshMap();
}

void ScenarioComparisonPanel::fillChoices() {
    m_stale = false;
    // Keep what was chosen where it still exists; by default the first scenario against all others.
    const QString previousReference = reference();
    const QStringList previousOthers = others();
    const bool first = m_reference->count() == 0;
    m_filling = true;
    const auto& scenarios = m_controller->project().scenarios;
    {
        const QSignalBlocker blocker(m_reference);
        m_reference->clear();
        for (const core::Scenario& s : scenarios)
            m_reference->addItem(DomainLabels::scenarioName(s), QString::fromStdString(s.name));
        m_reference->setCurrentIndex(std::max(0, m_reference->findData(previousReference)));
    }
    m_others->clear();
    for (const core::Scenario& s : scenarios) {
        const QString id = QString::fromStdString(s.name);
        if (id == reference())
            continue;
        auto* item = new QListWidgetItem(DomainLabels::scenarioName(s), m_others);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(first || previousOthers.contains(id) || previousOthers.isEmpty() ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    m_filling = false;
    refresh();
}

void ScenarioComparisonPanel::compare(const QString& referenceId, const QStringList& otherIds, int year) {
    m_filling = true;
    m_reference->setCurrentIndex(std::max(0, m_reference->findData(referenceId)));
    m_filling = false;
    fillChoices();
    m_filling = true;
    for (int i = 0; i < m_others->count(); ++i)
        m_others->item(i)->setCheckState(otherIds.contains(m_others->item(i)->data(Qt::UserRole).toString())
                                             ? Qt::Checked
                                             : Qt::Unchecked);
    m_filling = false;
    const QSignalBlocker blocker(m_year);
    m_year->setValue(year);
    refresh();
}

void ScenarioComparisonPanel::refresh() {
    m_results.clear();
    m_ids.clear();
    m_message->clear();
    QStringList names;
    const auto& project = m_controller->project();
    QStringList ids{reference()};
    ids << others();
    for (const QString& id : ids) {
        if (id.isEmpty())
            continue;
        auto result = m_controller->service().evaluate(id.toStdString());
        if (result.hasError()) {
            m_message->setText(tr("“%1” cannot be evaluated: %2")
                                   .arg(DomainLabels::scenarioName(*project.scenario(id)),
                                        QString::fromStdString(result.error().message())));
            continue;
        }
        m_results.push_back(std::move(result).value());
        m_ids << id;
        names << DomainLabels::scenarioName(*project.scenario(id));
    }
    std::vector<const core::ScenarioResult*> pointers;
    for (const core::ScenarioResult& r : m_results)
        pointers.push_back(&r);
    const int year = m_year->value();
    std::vector<core::ComparisonRow> rows = core::ScenarioComparison::compare(pointers, year);
    m_model->setComparison(std::move(rows), names, &project.dataset);
    if (m_message->text().isEmpty())
        m_message->setText(stateMessage());

    // The map's choices: the indicators of the year's targets (else every indicator), and the others.
    m_filling = true;
    const QVariant indicator = m_indicator->currentData();
    const QString other = m_mapScenario->currentData().toString();
    m_indicator->clear();
    std::set<int> offered;
    for (const core::ComparisonRow& row : m_model->rows())
        if (row.target.indicator != core::Indicator::TaskMilestone &&
            offered.insert(int(row.target.indicator)).second)
            m_indicator->addItem(DomainLabels::judgedIndicatorName(row.target.indicator),
                                 int(row.target.indicator));
    m_indicatorsJudged = m_indicator->count() > 0;
    if (m_indicator->count() == 0)
        for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
            if (info.indicator != core::Indicator::TaskMilestone)
                m_indicator->addItem(DomainLabels::indicatorName(info.indicator), int(info.indicator));
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_mapScenario->clear();
    for (int k = 1; k < m_ids.size(); ++k)
        m_mapScenario->addItem(names[k], m_ids[k]);
    m_mapScenario->setCurrentIndex(std::max(0, m_mapScenario->findData(other)));
    m_filling = false;
    refreshMap();
}

core::ReportTable ScenarioComparisonPanel::reportTable() const {
    const output::ReportLanguage language(DomainLabels::isChinese() ? QStringLiteral("zh")
                                                                    : QStringLiteral("en"));
    std::vector<const core::ScenarioResult*> pointers;
    std::vector<QString> names;
    const auto& project = m_controller->project();
    for (std::size_t i = 0; i < m_results.size(); ++i) {
        pointers.push_back(&m_results[i]);
        const core::Scenario* s = project.scenario(m_ids[qsizetype(i)]);
        names.push_back(s ? QString::fromStdString(core::scenarioDisplayName(*s, language.isChinese()))
                          : m_ids[qsizetype(i)]);
    }
    return output::ReportTables::comparison(pointers, names, project.dataset, m_year->value(), language);
}

core::Status ScenarioComparisonPanel::exportTable(const QString& path) const {
    if (m_results.size() < 2)
        return core::Error(core::ErrorCode::MissingData,
                           tr("Check at least one scenario to compare with the reference.").toStdString());
    return output::TableExporter::write({reportTable()}, path);
}

void ScenarioComparisonPanel::setMapIndicator(core::Indicator indicator) {
    const int i = m_indicator->findData(int(indicator));
    if (i >= 0)
        m_indicator->setCurrentIndex(i);
}

void ScenarioComparisonPanel::setMapScenario(const QString& other) {
    const int i = m_mapScenario->findData(other);
    if (i >= 0)
        m_mapScenario->setCurrentIndex(i);
}

void ScenarioComparisonPanel::refreshMap() {
    m_mapStale = false;
    std::vector<std::shared_ptr<const render::LayerGeometry>> layers;
    if (m_presenter)
        layers = m_presenter->displayGeometries();
    render::MapDocument document = render::ComplianceMapBuilder::documentFromGeometries(
        std::move(layers), m_presenter ? m_presenter->displayCrs() : QString());
    render::DecorationOptions decorations;
    decorations.language = DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
    decorations.northArrow = false;
    if (m_controller)
        render::ComplianceMapBuilder::nameRegions(document, m_controller->project().dataset,
                                                  decorations.language);
    const int b = int(m_ids.indexOf(m_mapScenario->currentData().toString()));
    m_saveMap->setEnabled(false);
    if (m_results.size() >= 2 && b > 0 && m_indicator->currentIndex() >= 0) {
        render::DifferenceRequest request;
        // A cap's difference in the scope it is judged in, as the box names it.
        request.indicator = core::judgedIndicator(core::Indicator(m_indicator->currentData().toInt()));
        request.year = m_year->value();
        request.language = decorations.language;
        request.referenceName = m_reference->currentText();
        request.otherName = m_mapScenario->currentText();
        std::vector<std::string> counties;
        for (const core::Region* county :
             m_controller->project().dataset.regionsOfKind(core::RegionKind::County))
            counties.push_back(county->code);
        const render::DifferenceMapBuilder builder(m_results.front(), m_results[std::size_t(b)]);
        auto style = builder.style(request, counties);
        if (style.isOk()) {
            render::DifferenceMapBuilder::apply(document, style.value(), request.indicator);
            decorations.title = render::DifferenceMapBuilder::title(request);
            m_saveMap->setEnabled(true);
        } else {
            m_message->setText(
                tr("No difference map: %1").arg(QString::fromStdString(style.error().message())));
        }
    }
    m_map->setMap(std::move(document), decorations);
}

} // namespace jieshui::ui
