// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportTable.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * File → Export Table: the scorecard (the selected year, or every year with the county rows), the selected
 * region's details, the key tasks, the selected year's allocation and the comparison of every scenario —
 * as one XLSX workbook (a sheet per table, number cells, frozen header with units) or a CSV with a BOM
 * (one table). Tables come from output::ReportTables; files from output::TableExporter.
 */
class ExportTableDialog : public QDialog {
    Q_OBJECT
public:
    enum Table { Scorecard, ScorecardAllYears, RegionDetails, KeyTasks, Allocation, Comparison, TableCount };

    ExportTableDialog(ProjectController* controller, const QString& language, QWidget* parent = nullptr);

    /** Ticks exactly @p tables (the rest unticked; unavailable ones stay unticked). */
    void choose(const std::vector<Table>& tables);
    void setPath(const QString& path);
    void setLanguage(const QString& language);
    /** The ticked tables, built from the controller's evaluation. */
    std::vector<core::ReportTable> tables() const;
    /** Writes the ticked tables to the path (XLSX or CSV by its suffix). */
    core::Status exportTables() const;

private:
    ProjectController* m_controller;
    QListWidget* m_list;
    QComboBox* m_language;
    QLineEdit* m_path;
};

} // namespace jieshui::ui
