// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportReportDialog.h"

#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "UncertaintyController.h"
#include "i18n/ErrorText.h"

#include <QApplication>
#include <QCheckBox>
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
#include <set>

namespace jieshui::ui {

ExportReportDialog::ExportReportDialog(ProjectController* controller, const QString& language,
                                       QWidget* parent)
    : QDialog(parent), m_controller(controller), m_scenario(new QComboBox(this)),
      m_years(new QListWidget(this)), m_language(new QComboBox(this)),
      m_probabilities(new QCheckBox(tr("Probability of meeting each target (Monte Carlo)"), this)),
      m_path(new QLineEdit(this)) {
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("ExportReportDialog"));
    setMinimumWidth(480);
    const bool zh = language != QLatin1String("en");
    for (const core::Scenario& s : controller->project().scenarios)
        m_scenario->addItem(QString::fromStdString(core::scenarioDisplayName(s, zh)),
                            QString::fromStdString(s.name));
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(controller->scenario())));
    m_scenario->setEnabled(m_scenario->count() > 0);
    std::set<int> years;
    for (const core::PlanTarget& t : controller->project().dataset.targets())
        if (t.indicator != core::Indicator::TaskMilestone)
            years.insert(t.year);
    for (const int year : years) {
        auto* item = new QListWidgetItem(QString::number(year), m_years);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_years->setMaximumHeight(110);
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    setLanguage(language);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getSaveFileName(this, tr("Export Report"), m_path->text(), tr("PDF (*.pdf)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    auto* pathRow = new QWidget(this);
    auto* pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    m_path->setPlaceholderText(tr("report.pdf"));

    auto* form = new QFormLayout;
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(tr("Target years:"), m_years);
    form->addRow(tr("Language:"), m_language);
    const core::UncertaintyOptions monteCarlo = controller->uncertainty()->options();
    m_probabilities->setObjectName(QStringLiteral("reportProbabilities"));
    m_probabilities->setToolTip(tr("Adds P(met) and the 5–95 % band of every target and county, and the "
                                   "probability maps: %1 draws, seed %2 (as in the probability window)")
                                    .arg(monteCarlo.draws)
                                    .arg(monteCarlo.seed));
    form->addRow(QString(), m_probabilities);
    form->addRow(tr("File:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(exportButton, &QPushButton::clicked, this, [this, browse] {
        if (m_path->text().trimmed().isEmpty())
            browse->click();
        if (m_path->text().trimmed().isEmpty())
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto written = exportReport();
        QApplication::restoreOverrideCursor();
        if (written.hasError()) {
            QMessageBox::warning(this, tr("Export Report"), i18n::ErrorText::of(written.error()));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportReportDialog::setPath(const QString& path) {
    m_path->setText(path);
}

void ExportReportDialog::setLanguage(const QString& language) {
    m_language->setCurrentIndex(language == QLatin1String("en") ? 1 : 0);
}

void ExportReportDialog::setProbabilities(bool on) {
    m_probabilities->setChecked(on);
}

void ExportReportDialog::chooseYears(const std::vector<int>& years) {
    for (int i = 0; i < m_years->count(); ++i) {
        const int year = m_years->item(i)->text().toInt();
        m_years->item(i)->setCheckState(
            std::find(years.begin(), years.end(), year) != years.end() ? Qt::Checked : Qt::Unchecked);
    }
}

output::ReportOptions ExportReportDialog::options() const {
    output::ReportOptions options;
    options.scenario = m_scenario->currentData().toString().toStdString();
    for (int i = 0; i < m_years->count(); ++i)
        if (m_years->item(i)->checkState() == Qt::Checked)
            options.years.push_back(m_years->item(i)->text().toInt());
    options.language = output::ReportLanguage(m_language->currentData().toString());
    if (m_probabilities->isChecked())
        options.uncertainty = m_controller->uncertainty()->options();
    return options;
}

core::Result<output::ReportSummary> ExportReportDialog::exportReport() const {
    const output::ReportOptions chosen = options();
    if (chosen.years.empty())
        return core::Error(core::ErrorCode::MissingData, tr("Tick at least one target year.").toStdString());
    // The window's evaluation service; the project's layers and names for the maps.
    const store::ProjectData project = StoreProjectRepository::toStore(m_controller->project());
    return output::ComplianceReport(project, m_controller->service()).write(chosen, m_path->text().trimmed());
}

} // namespace jieshui::ui
