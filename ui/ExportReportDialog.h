// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "output/ComplianceReport.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * File → Export Report: the compliance report (output::ComplianceReport, the same as
 * `jieshui-cli export-report`) of a chosen scenario and target years, in Chinese or English, as an A4 PDF;
 * optionally with the probability of meeting each target (the Monte Carlo run of the probability window, with
 * its draws and seed, as `export-report --uncertainty`).
 */
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    ExportReportDialog(ProjectController* controller, const QString& language, QWidget* parent = nullptr);

    void setPath(const QString& path);
    void setLanguage(const QString& language);
    /** Ticks exactly @p years of the plan's target years. */
    void chooseYears(const std::vector<int>& years);
    /** Ticks or clears "Probability of meeting each target". */
    void setProbabilities(bool on);
    /** The options the widgets describe (the probabilities with the window's draws and seed). */
    output::ReportOptions options() const;
    /** Writes the report to the path. */
    core::Result<output::ReportSummary> exportReport() const;

private:
    ProjectController* m_controller;
    QComboBox* m_scenario;
    QListWidget* m_years;
    QComboBox* m_language;
    QCheckBox* m_probabilities;
    QLineEdit* m_path;
};

} // namespace jieshui::ui
