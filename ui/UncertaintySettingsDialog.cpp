// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintySettingsDialog.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/SetUncertaintyCommand.h"
#include "model/Variable.h"
#include "render/InputLabel.h"
#include "scenario/DriverTraits.h"
#include "scenario/ScenarioSet.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

enum StatisticColumn { SVariable, SRegion, SFrom, STo, SDistribution, SKind, SSpread, SUnit, SNote, SCount };
enum DriverColumn { DScenario, DRegion, DDriver, DFrom, DTo, DDistribution, DKind, DSpread, DUnit, DNote, DCount };

QComboBox* distributionBox(QWidget* parent, core::DistributionKind kind) {
    auto* box = new QComboBox(parent);
    box->addItem(UncertaintySettingsDialog::tr("Normal (spread = σ)"), int(core::DistributionKind::Normal));
    box->addItem(UncertaintySettingsDialog::tr("Triangular (± spread)"), int(core::DistributionKind::Triangular));
    box->addItem(UncertaintySettingsDialog::tr("Uniform (± spread)"), int(core::DistributionKind::Uniform));
    box->setCurrentIndex(box->findData(int(kind)));
    return box;
}

QComboBox* kindBox(QWidget* parent, core::SpreadKind kind) {
    auto* box = new QComboBox(parent);
    box->addItem(UncertaintySettingsDialog::tr("Relative"), int(core::SpreadKind::Relative));
    box->addItem(UncertaintySettingsDialog::tr("Absolute"), int(core::SpreadKind::Absolute));
    box->setCurrentIndex(box->findData(int(kind)));
    return box;
}

QDoubleSpinBox* spreadBox(QWidget* parent, double value) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(3);
    box->setRange(0.0, 1e9);
    box->setValue(value);
    return box;
}

QSpinBox* yearBox(QWidget* parent, int year) {
    auto* box = new QSpinBox(parent);
    box->setRange(0, 2200);
    box->setSpecialValueText(UncertaintySettingsDialog::tr("any"));
    box->setValue(year);
    return box;
}

template <typename T> T* cell(const QTableWidget* table, int row, int column) {
    return qobject_cast<T*>(table->cellWidget(row, column));
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

std::pair<double, QString> UncertaintySettingsDialog::absoluteUnit(core::Dimension dimension) {
    switch (dimension) {
    case core::Dimension::Volume:
        return {1e4, QStringLiteral("万m³")};
    case core::Dimension::Money:
        return {1e4, QStringLiteral("万元")};
    case core::Dimension::Area:
        return {1e4 * 10000.0 / 15.0, QStringLiteral("万亩")};
    case core::Dimension::Length:
        return {1e3, QStringLiteral("km")};
    case core::Dimension::Pressure:
        return {1e6, QStringLiteral("MPa")};
    case core::Dimension::Fraction:
        return {0.01, tr("percentage points")};
    case core::Dimension::PriceIndex:
        return {1.0, tr("index points")};
    case core::Dimension::Intensity:
        return {1e-4, QStringLiteral("m³/万元")};
    case core::Dimension::Count:
    case core::Dimension::Flag:
        break;
    }
    return {1.0, QString()};
}

UncertaintySettingsDialog::UncertaintySettingsDialog(ProjectController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller),
      m_defaults(makeTable(this, {tr("Values"), tr("Distribution"), tr("Spread (%)")})),
      m_statistics(makeTable(this, {tr("Variable"), tr("Region"), tr("From"), tr("To"), tr("Distribution"),
                                    tr("Kind"), tr("Spread"), tr("Unit"), tr("Note")})),
      m_drivers(makeTable(this, {tr("Scenario"), tr("Region"), tr("Driver"), tr("From"), tr("To"),
                                 tr("Distribution"), tr("Kind"), tr("Spread"), tr("Unit"), tr("Note")})),
      m_problem(new QLabel(this)) {
    setWindowTitle(tr("Uncertainty of the Inputs"));
    auto* intro = new QLabel(
        tr("Each draw of the probability analysis moves every uncertain input by its spread. A value takes the "
           "default of its provenance unless a rule names it; the most specific rule wins (variable over region "
           "over years), then the later. Driver ranges apply to the named scenario and those inheriting from it; "
           "a range for the city moves every county together."),
        this);
    intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a83a00"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_defaults, tr("Defaults by provenance"));
    auto* statistics = new QWidget(this);
    auto* statisticsLayout = new QVBoxLayout(statistics);
    statisticsLayout->addWidget(m_statistics);
    auto* statisticButtons = new QHBoxLayout();
    auto* addStatistic = new QPushButton(tr("Add Rule"), statistics);
    auto* removeStatistic = new QPushButton(tr("Remove Rule"), statistics);
    statisticButtons->addWidget(addStatistic);
    statisticButtons->addWidget(removeStatistic);
    statisticButtons->addStretch(1);
    statisticsLayout->addLayout(statisticButtons);
    tabs->addTab(statistics, tr("Statistics"));
    auto* drivers = new QWidget(this);
    auto* driversLayout = new QVBoxLayout(drivers);
    driversLayout->addWidget(m_drivers);
    auto* driverButtons = new QHBoxLayout();
    auto* addDriver = new QPushButton(tr("Add Range"), drivers);
    auto* removeDriver = new QPushButton(tr("Remove Range"), drivers);
    driverButtons->addWidget(addDriver);
    driverButtons->addWidget(removeDriver);
    driverButtons->addStretch(1);
    driversLayout->addLayout(driverButtons);
    tabs->addTab(drivers, tr("Scenario drivers"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 560);

    connect(addStatistic, &QPushButton::clicked, this, [this] {
        addStatisticRow({.uncertainty = {core::DistributionKind::Normal, core::SpreadKind::Relative, 0.1}});
    });
    connect(removeStatistic, &QPushButton::clicked, this, [this] { m_statistics->removeRow(m_statistics->currentRow()); });
    connect(addDriver, &QPushButton::clicked, this, [this] {
        const core::Region* root = m_controller->project().dataset.root();
        addDriverRow({.regionCode = root ? root->code : std::string(),
                      .uncertainty = {core::DistributionKind::Triangular, core::SpreadKind::Absolute, 0.01}});
    });
    connect(removeDriver, &QPushButton::clicked, this, [this] { m_drivers->removeRow(m_drivers->currentRow()); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setModel(m_controller->project().uncertainty);
}

void UncertaintySettingsDialog::setModel(const core::UncertaintyModel& model) {
    m_defaults->setRowCount(0);
    for (core::ProvenanceKind kind :
         {core::ProvenanceKind::Sourced, core::ProvenanceKind::Estimate, core::ProvenanceKind::Projected}) {
        const int row = m_defaults->rowCount();
        m_defaults->insertRow(row);
        auto* name = new QTableWidgetItem(DomainLabels::provenanceName(kind));
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(Qt::UserRole, int(kind));
        m_defaults->setItem(row, 0, name);
        const core::InputUncertainty& u = model.provenanceDefault(kind);
        m_defaults->setCellWidget(row, 1, distributionBox(m_defaults, u.distribution));
        auto* spread = spreadBox(m_defaults, u.spread * 100.0);
        spread->setRange(0.0, 100.0);
        m_defaults->setCellWidget(row, 2, spread);
    }
    m_statistics->setRowCount(0);
    for (const auto& rule : model.statisticRules())
        addStatisticRow(rule);
    m_drivers->setRowCount(0);
    for (const auto& rule : model.driverRules())
        addDriverRow(rule);
}

void UncertaintySettingsDialog::addStatisticRow(const core::StatisticUncertaintyRule& rule) {
    const core::Dataset& dataset = m_controller->project().dataset;
    const int row = m_statistics->rowCount();
    m_statistics->insertRow(row);
    auto* variable = new QComboBox(m_statistics);
    variable->addItem(tr("(every variable)"), QString());
    for (const core::VariableInfo& info : core::VariableCatalog::all())
        if (info.dimension != core::Dimension::Flag)
            variable->addItem(QString::fromUtf8(DomainLabels::isChinese() ? info.nameZh.data() : info.nameEn.data(),
                                                qsizetype(DomainLabels::isChinese() ? info.nameZh.size() : info.nameEn.size())),
                              QString::fromUtf8(info.id.data(), qsizetype(info.id.size())));
    for (const auto& [id, dimension] : dataset.taskVariables())
        variable->addItem(QString::fromStdString(id), QString::fromStdString(id));
    variable->setCurrentIndex(std::max(0, variable->findData(QString::fromStdString(rule.variable))));
    auto* region = new QComboBox(m_statistics);
    region->addItem(tr("(every region)"), QString());
    for (const core::Region& r : dataset.regions())
        region->addItem(DomainLabels::regionName(r), QString::fromStdString(r.code));
    region->setCurrentIndex(std::max(0, region->findData(QString::fromStdString(rule.regionCode))));
    m_statistics->setCellWidget(row, SVariable, variable);
    m_statistics->setCellWidget(row, SRegion, region);
    m_statistics->setCellWidget(row, SFrom, yearBox(m_statistics, rule.fromYear));
    m_statistics->setCellWidget(row, STo, yearBox(m_statistics, rule.toYear));
    m_statistics->setCellWidget(row, SDistribution, distributionBox(m_statistics, rule.uncertainty.distribution));
    auto* kind = kindBox(m_statistics, rule.uncertainty.spreadKind);
    m_statistics->setCellWidget(row, SKind, kind);
    // The spread in the unit the row shows (relative %; absolute: the variable's usual unit).
    double shown = rule.uncertainty.spread * 100.0;
    if (rule.uncertainty.spreadKind == core::SpreadKind::Absolute) {
        const auto dimension = dataset.variableDimension(rule.variable);
        shown = rule.uncertainty.spread / absoluteUnit(dimension.value_or(core::Dimension::Count)).first;
    }
    m_statistics->setCellWidget(row, SSpread, spreadBox(m_statistics, shown));
    m_statistics->setItem(row, SUnit, new QTableWidgetItem());
    m_statistics->item(row, SUnit)->setFlags(Qt::ItemIsEnabled);
    m_statistics->setItem(row, SNote, new QTableWidgetItem(QString::fromStdString(rule.note)));
    connect(variable, &QComboBox::currentIndexChanged, this, &UncertaintySettingsDialog::updateUnits);
    connect(kind, &QComboBox::currentIndexChanged, this, &UncertaintySettingsDialog::updateUnits);
    updateUnits();
}

void UncertaintySettingsDialog::addDriverRow(const core::DriverUncertaintyRule& rule) {
    const ProjectData& project = m_controller->project();
    const int row = m_drivers->rowCount();
    m_drivers->insertRow(row);
    auto* scenario = new QComboBox(m_drivers);
    scenario->addItem(tr("(every scenario)"), QString());
    for (const core::Scenario& s : project.scenarios)
        scenario->addItem(DomainLabels::scenarioName(s), QString::fromStdString(s.name));
    scenario->setCurrentIndex(std::max(0, scenario->findData(QString::fromStdString(rule.scenario))));
    auto* region = new QComboBox(m_drivers);
    const core::ScenarioRegions regions = core::ScenarioRegions::fromDataset(project.dataset);
    if (!regions.cityCode.empty())
        region->addItem(tr("%1 (all counties together)").arg(DomainLabels::regionName(
                            project.dataset, QString::fromStdString(regions.cityCode))),
                        QString::fromStdString(regions.cityCode));
    for (const std::string& code : regions.countyCodes)
        if (code != regions.cityCode)
            region->addItem(DomainLabels::regionName(project.dataset, QString::fromStdString(code)),
                            QString::fromStdString(code));
    region->setCurrentIndex(std::max(0, region->findData(QString::fromStdString(rule.regionCode))));
    auto* driver = new QComboBox(m_drivers);
    const QString language = DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
    for (core::Driver d : core::DriverTraits::all)
        driver->addItem(render::InputLabel::driverName(d, language), QString::fromUtf8(core::driverId(d)));
    driver->setCurrentIndex(driver->findData(QString::fromUtf8(core::driverId(rule.driver))));
    m_drivers->setCellWidget(row, DScenario, scenario);
    m_drivers->setCellWidget(row, DRegion, region);
    m_drivers->setCellWidget(row, DDriver, driver);
    m_drivers->setCellWidget(row, DFrom, yearBox(m_drivers, rule.fromYear));
    m_drivers->setCellWidget(row, DTo, yearBox(m_drivers, rule.toYear));
    m_drivers->setCellWidget(row, DDistribution, distributionBox(m_drivers, rule.uncertainty.distribution));
    auto* kind = kindBox(m_drivers, rule.uncertainty.spreadKind);
    m_drivers->setCellWidget(row, DKind, kind);
    m_drivers->setCellWidget(row, DSpread, spreadBox(m_drivers, rule.uncertainty.spread * 100.0));
    m_drivers->setItem(row, DUnit, new QTableWidgetItem());
    m_drivers->item(row, DUnit)->setFlags(Qt::ItemIsEnabled);
    m_drivers->setItem(row, DNote, new QTableWidgetItem(QString::fromStdString(rule.note)));
    connect(kind, &QComboBox::currentIndexChanged, this, &UncertaintySettingsDialog::updateUnits);
    updateUnits();
}

void UncertaintySettingsDialog::updateUnits() {
    const core::Dataset& dataset = m_controller->project().dataset;
    for (int row = 0; row < m_statistics->rowCount(); ++row) {
        auto* kind = cell<QComboBox>(m_statistics, row, SKind);
        auto* variable = cell<QComboBox>(m_statistics, row, SVariable);
        QTableWidgetItem* unit = m_statistics->item(row, SUnit);
        if (!kind || !variable || !unit)
            continue;
        if (core::SpreadKind(kind->currentData().toInt()) == core::SpreadKind::Relative) {
            unit->setText(QStringLiteral("%"));
            continue;
        }
        const auto dimension = dataset.variableDimension(variable->currentData().toString().toStdString());
        unit->setText(dimension ? absoluteUnit(*dimension).second : tr("(needs a variable)"));
    }
    for (int row = 0; row < m_drivers->rowCount(); ++row) {
        auto* kind = cell<QComboBox>(m_drivers, row, DKind);
        QTableWidgetItem* unit = m_drivers->item(row, DUnit);
        if (kind && unit)
            unit->setText(core::SpreadKind(kind->currentData().toInt()) == core::SpreadKind::Relative
                              ? QStringLiteral("%")
                              : tr("percentage points"));
    }
}

core::UncertaintyModel UncertaintySettingsDialog::model() const {
    const core::Dataset& dataset = m_controller->project().dataset;
    core::UncertaintyModel model;
    for (int row = 0; row < m_defaults->rowCount(); ++row) {
        const auto kind = core::ProvenanceKind(m_defaults->item(row, 0)->data(Qt::UserRole).toInt());
        model.setProvenanceDefault(
            kind, {core::DistributionKind(cell<QComboBox>(m_defaults, row, 1)->currentData().toInt()),
                   core::SpreadKind::Relative, cell<QDoubleSpinBox>(m_defaults, row, 2)->value() / 100.0});
    }
    for (int row = 0; row < m_statistics->rowCount(); ++row) {
        core::StatisticUncertaintyRule rule;
        rule.variable = cell<QComboBox>(m_statistics, row, SVariable)->currentData().toString().toStdString();
        rule.regionCode = cell<QComboBox>(m_statistics, row, SRegion)->currentData().toString().toStdString();
        rule.fromYear = cell<QSpinBox>(m_statistics, row, SFrom)->value();
        rule.toYear = cell<QSpinBox>(m_statistics, row, STo)->value();
        rule.uncertainty.distribution =
            core::DistributionKind(cell<QComboBox>(m_statistics, row, SDistribution)->currentData().toInt());
        rule.uncertainty.spreadKind = core::SpreadKind(cell<QComboBox>(m_statistics, row, SKind)->currentData().toInt());
        const double typed = cell<QDoubleSpinBox>(m_statistics, row, SSpread)->value();
        if (rule.uncertainty.spreadKind == core::SpreadKind::Relative) {
            rule.uncertainty.spread = typed / 100.0;
        } else {
            const auto dimension = dataset.variableDimension(rule.variable);
            rule.uncertainty.spread = typed * absoluteUnit(dimension.value_or(core::Dimension::Count)).first;
        }
        if (QTableWidgetItem* note = m_statistics->item(row, SNote))
            rule.note = note->text().toStdString();
        model.statisticRules().push_back(std::move(rule));
    }
    for (int row = 0; row < m_drivers->rowCount(); ++row) {
        core::DriverUncertaintyRule rule;
        rule.scenario = cell<QComboBox>(m_drivers, row, DScenario)->currentData().toString().toStdString();
        rule.regionCode = cell<QComboBox>(m_drivers, row, DRegion)->currentData().toString().toStdString();
        rule.driver = core::driverFromId(cell<QComboBox>(m_drivers, row, DDriver)->currentData().toString().toStdString())
                          .value_or(core::Driver::GdpRealGrowth);
        rule.fromYear = cell<QSpinBox>(m_drivers, row, DFrom)->value();
        rule.toYear = cell<QSpinBox>(m_drivers, row, DTo)->value();
        rule.uncertainty.distribution =
            core::DistributionKind(cell<QComboBox>(m_drivers, row, DDistribution)->currentData().toInt());
        rule.uncertainty.spreadKind = core::SpreadKind(cell<QComboBox>(m_drivers, row, DKind)->currentData().toInt());
        rule.uncertainty.spread = cell<QDoubleSpinBox>(m_drivers, row, DSpread)->value() / 100.0;
        if (QTableWidgetItem* note = m_drivers->item(row, DNote))
            rule.note = note->text().toStdString();
        model.driverRules().push_back(std::move(rule));
    }
    return model;
}

bool UncertaintySettingsDialog::apply() {
    core::UncertaintyModel edited = model();
    const ProjectData& project = m_controller->project();
    const auto problems = edited.validate(project.dataset, project.scenarios);
    if (!problems.empty()) {
        m_problem->setText(QString::fromStdString(problems.front().toString()));
        return false;
    }
    m_problem->clear();
    if (edited == project.uncertainty)
        return true;
    m_controller->undoStack()->push(new SetUncertaintyCommand(m_controller, std::move(edited)));
    return true;
}

} // namespace jieshui::ui
