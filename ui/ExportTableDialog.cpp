// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTableDialog.h"

#include "ProjectController.h"
#include "i18n/ErrorText.h"
#include "output/ReportTables.h"
#include "output/TableExporter.h"
#include "report/EvaluationService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace jieshui::ui {

ExportTableDialog::ExportTableDialog(ProjectController* controller, const QString& language, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_list(new QListWidget(this)),
      m_language(new QComboBox(this)), m_path(new QLineEdit(this)) {
    setWindowTitle(tr("Export Table"));
    setObjectName(QStringLiteral("ExportTableDialog"));
    setMinimumWidth(520);
    const int year = controller->year();
    const QString region = controller->selectedRegion();
    const core::ScenarioResult* result = controller->result();
    const bool hasAllocation = result && result->allocation(year);
    const struct {
        QString label;
        bool available;
        bool ticked;
    } items[TableCount] = {
        {tr("Scorecard %1").arg(year), result != nullptr, true},
        {tr("Scorecard of every year, with the counties"), result != nullptr, false},
        {region.isEmpty()
             ? tr("Region details (select a region on the map)")
             : tr("Region details: %1 %2")
                   .arg(output::ReportTables::regionName(controller->project().dataset, region.toStdString(),
                                                         output::ReportLanguage(language)))
                   .arg(year),
         result != nullptr && !region.isEmpty(), false},
        {tr("Key tasks"), result != nullptr, false},
        {hasAllocation ? tr("Quota allocation %1").arg(year) : tr("Quota allocation (none in %1)").arg(year),
         hasAllocation, false},
        {tr("Scenario comparison %1").arg(year), result != nullptr && !controller->scenarioNames().isEmpty(),
         false}};
    for (const auto& item : items) {
        auto* row = new QListWidgetItem(item.label, m_list);
        row->setFlags(item.available ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        row->setCheckState(item.available && item.ticked ? Qt::Checked : Qt::Unchecked);
    }
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    setLanguage(language);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Export Table"), m_path->text(),
                                         tr("Excel workbook (*.xlsx);;CSV, UTF-8 with BOM (*.csv)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    m_path->setPlaceholderText(tr("tables.xlsx (a sheet per table) or table.csv (one table)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Tables:"), m_list);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("File:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, [this, browse] {
        if (m_path->text().trimmed().isEmpty())
            browse->click();
        if (m_path->text().trimmed().isEmpty())
            return;
        const core::Status written = exportTables();
        if (written.hasError()) {
            QMessageBox::warning(this, tr("Export Table"), i18n::ErrorText::of(written.error()));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportTableDialog::choose(const std::vector<Table>& tables) {
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool wanted = std::find(tables.begin(), tables.end(), static_cast<Table>(i)) != tables.end();
        item->setCheckState(wanted && (item->flags() & Qt::ItemIsUserCheckable) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

void ExportTableDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void ExportTableDialog::setLanguage(const QString& language) {
    m_language->setCurrentIndex(language == QLatin1String("en") ? 1 : 0);
}

std::vector<core::ReportTable> ExportTableDialog::tables() const {
    std::vector<core::ReportTable> out;
    const core::ScenarioResult* result = m_controller->result();
    if (!result)
        return out;
    const output::ReportLanguage language(m_language->currentData().toString());
    const core::Dataset& dataset = m_controller->project().dataset;
    QString scenarioName;
    if (const core::Scenario* s = m_controller->project().scenario(m_controller->scenario()))
        scenarioName = QString::fromStdString(core::scenarioDisplayName(*s, language.isChinese()));
    const output::ReportTables tables(*result, dataset, language, scenarioName);
    const int year = m_controller->year();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        switch (static_cast<Table>(i)) {
        case Scorecard:
            out.push_back(tables.scorecard(year));
            break;
        case ScorecardAllYears:
            out.push_back(tables.scorecard(0, true));
            break;
        case RegionDetails:
            out.push_back(tables.regionDetails(m_controller->selectedRegion().toStdString(), year));
            break;
        case KeyTasks:
            out.push_back(tables.keyTasks());
            break;
        case Allocation:
            if (const core::Allocation* allocation = result->allocation(year))
                out.push_back(output::ReportTables::allocation(*allocation, dataset, language));
            break;
        case Comparison: {
            // Every scenario through the one evaluation service.
            std::vector<core::ScenarioResult> evaluated;
            std::vector<QString> names;
            for (const core::Scenario& s : m_controller->project().scenarios) {
                auto r = m_controller->service().evaluate(s.name);
                if (r.isOk()) {
                    evaluated.push_back(std::move(r).value());
                    names.push_back(
                        QString::fromStdString(core::scenarioDisplayName(s, language.isChinese())));
                }
            }
            std::vector<const core::ScenarioResult*> pointers;
            for (const core::ScenarioResult& r : evaluated)
                pointers.push_back(&r);
            out.push_back(output::ReportTables::comparison(pointers, names, dataset, year, language));
            break;
        }
        case TableCount:
            break;
        }
    }
    return out;
}

core::Status ExportTableDialog::exportTables() const {
    const std::vector<core::ReportTable> chosen = tables();
    if (chosen.empty())
        return core::Error(core::ErrorCode::MissingData, tr("Tick at least one table.").toStdString());
    return output::TableExporter::write(chosen, m_path->text().trimmed());
}

} // namespace jieshui::ui
