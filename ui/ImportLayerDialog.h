// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportController.h"

#include <QDialog>
#include <QStringList>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * File > Import layer: choose a vector file (any GDAL format) and its role; check the detected text
 * encoding (with decoded names) and CRS (declared, offered or refused with candidates; changeable);
 * "Analyse" runs the whole import in a worker thread with progress and Cancel, then shows the re-linking
 * table and the report. Only "Import" changes the project, through the undo stack.
 */
class ImportLayerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportLayerDialog(ProjectController* project, QWidget* parent = nullptr);
    ~ImportLayerDialog() override;

    /** Selects @p path (and layer @p layerName of a multi-layer source) and inspects it. */
    void setFile(const QString& path, const QString& layerName = {});
    void setRole(geo::LayerRole role);
    /** Sets the shapefile encoding ("UTF-8", "CP936", ...); the name preview follows. */
    void setEncoding(const QString& encoding);
    /** Sets the CRS to read the file in ("EPSG:4545", a PROJ string); empty = the file's or the offered. */
    void setCrs(const QString& crs);
    void setMatchField(const QString& field);

    QString encoding() const;
    QString crs() const;
    QString layerName() const;
    /** The detected-encoding line, the decoded-names preview and the CRS status shown to the user. */
    QString encodingText() const;
    QString previewText() const;
    QString crsText() const;
    /** The CRS decision for the inspected file, nullopt before a file was inspected successfully. */
    std::optional<geo::CrsDecision> crsDecision() const;
    /** The report pane (analysis report, or why it failed). */
    QString reportText() const;

    bool canAnalyse() const;
    bool canImport() const;
    QTableWidget* relinkTable() const { return m_table; }
    ImportController* importController() const { return m_import; }
    /** The lines saying what the accepted import changed (after importNow()). */
    QStringList changes() const { return m_changes; }

public slots:
    /** Starts the analysis (worker thread); nothing changes in the project. */
    void analyse();
    void cancelAnalysis();
    /** Applies the analysed import (undoable) and closes the dialog. */
    void importNow();
    void reject() override;

private:
    void browse();
    void inspectFile();
    void updatePreview();
    void updateCrsText();
    void invalidate();
    void updateButtons();
    void onProgress(int percent);
    void onFinished(bool ok);
    void fillTable();
    geo::LayerRole role() const;

    ProjectController* m_project;
    ImportController* m_import;
    QLineEdit* m_path;
    QComboBox* m_layer;
    QComboBox* m_role;
    QComboBox* m_encoding;
    QLabel* m_encodingInfo;
    QLabel* m_preview;
    QLabel* m_crsInfo;
    QComboBox* m_crs;
    QComboBox* m_matchField;
    QPushButton* m_analyse;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTableWidget* m_table;
    QPlainTextEdit* m_report;
    QPushButton* m_importButton;
    std::optional<ImportInspection> m_inspection;
    QString m_inspectedPath;
    QStringList m_changes;
    bool m_updating = false;
};

} // namespace jieshui::ui
