// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/StatisticsImportPlan.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace jieshui::ui {

class ProjectController;

/**
 * File → Import Statistics: a long-format CSV/XLSX (region_code,year,variable,value,unit,...), or a wide
 * bulletin sheet with a mapping file (docs/import.md). Preview is the dry run the CLI has — matched rows,
 * skipped rows, the first converted rows, what would be added, replaced or left unchanged — and the
 * validation report located by file, line or cell, column, region and year. Import is all or nothing and
 * one undo step (ImportStatisticsCommand); the scorecard and the map follow from the controller.
 */
class ImportStatisticsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportStatisticsDialog(ProjectController* controller, QWidget* parent = nullptr);

    void setFile(const QString& path);
    /** A mapping file makes the table a wide one; empty for a long table. */
    void setMapping(const QString& path);
    /** Runs the dry run: fills the report; true when the import may be applied (changes, no rejections). */
    bool preview();
    /** Applies the previewed plan as one undo step. False when there is nothing that may be applied. */
    bool import();
    QString report() const;

private:
    void browseFile();
    void browseMapping();

    ProjectController* m_controller;
    QLineEdit* m_file;
    QCheckBox* m_wide;
    QLineEdit* m_mapping;
    QPlainTextEdit* m_report;
    QLabel* m_summary;
    QPushButton* m_importButton;
    std::optional<core::StatisticsImportPlan> m_plan;
};

} // namespace jieshui::ui
