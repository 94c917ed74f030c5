// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportLayerDialog.h"

#include "ProjectController.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

QString vectorFilter() {
    return ImportLayerDialog::tr("Vector files (*.shp *.geojson *.json *.topojson *.gpkg *.kml *.gml *.tab "
                                 "*.mif *.sqlite *.gdb);;All files (*)");
}

/** The CRS offered to type over: CGCS2000 degrees and the Gauss-Kruger zones around Qinzhou. */
const QStringList commonCrs{QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4545"),
                            QStringLiteral("EPSG:4544"), QStringLiteral("EPSG:4524"),
                            QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857")};

const QStringList commonEncodings{QStringLiteral("UTF-8"), QStringLiteral("CP936"), QStringLiteral("GB18030"),
                                  QStringLiteral("BIG5"), QStringLiteral("ISO-8859-1")};

} // namespace

ImportLayerDialog::ImportLayerDialog(ProjectController* project, QWidget* parent)
    : QDialog(parent), m_project(project), m_import(new ImportController(project, this)),
      m_path(new QLineEdit(this)), m_layer(new QComboBox(this)), m_role(new QComboBox(this)),
      m_encoding(new QComboBox(this)), m_encodingInfo(new QLabel(this)), m_preview(new QLabel(this)),
      m_crsInfo(new QLabel(this)), m_crs(new QComboBox(this)), m_matchField(new QComboBox(this)),
      m_analyse(new QPushButton(tr("&Analyse"), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel Analysis"), this)), m_table(new QTableWidget(0, 4, this)),
      m_report(new QPlainTextEdit(this)), m_importButton(nullptr) {
    setWindowTitle(tr("Import Layer"));
    resize(860, 720);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    m_path->setPlaceholderText(tr("A vector file: Shapefile, GeoJSON, GeoPackage, KML, …"));

    const std::pair<geo::LayerRole, QString> roles[] = {
        {geo::LayerRole::Counties, tr("Counties")},
        {geo::LayerRole::Basins, tr("Basins")},
        {geo::LayerRole::IrrigationDistricts, tr("Irrigation districts")},
        {geo::LayerRole::Rivers, tr("Rivers")},
        {geo::LayerRole::Reservoirs, tr("Reservoirs")},
        {geo::LayerRole::Other, tr("Other")}};
    for (const auto& [value, label] : roles)
        m_role->addItem(label, int(value));

    m_encoding->setEditable(true);
    m_encoding->addItems(commonEncodings);
    m_encodingInfo->setWordWrap(true);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* encodingBox = new QVBoxLayout;
    encodingBox->addWidget(m_encoding);
    encodingBox->addWidget(m_encodingInfo);
    encodingBox->addWidget(m_preview);

    m_crs->setEditable(true);
    m_crs->addItem(QString());
    m_crs->addItems(commonCrs);
    m_crs->lineEdit()->setPlaceholderText(tr("As detected (or EPSG:n, a PROJ string)"));
    m_crsInfo->setWordWrap(true);
    m_crsInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* crsBox = new QVBoxLayout;
    crsBox->addWidget(m_crsInfo);
    crsBox->addWidget(m_crs);

    m_matchField->setEditable(true);
    m_matchField->lineEdit()->setPlaceholderText(tr("Automatic (code, then name)"));

    auto* form = new QFormLayout;
    // Rows holding a layout get their label's buddy set by hand, so the mnemonics work.
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&File:"), m_path), fileRow);
    form->addRow(tr("&Layer:"), m_layer);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(label(tr("Text &encoding:"), m_encoding), encodingBox);
    form->addRow(label(tr("&CRS:"), m_crs), crsBox);
    form->addRow(tr("&Match field:"), m_matchField);

    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_analyse);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);

    m_table->setHorizontalHeaderLabels({tr("Feature"), tr("Code"), tr("Project region"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setReadOnly(true);
    m_report->setPlaceholderText(tr("The import report appears here after the analysis."));
    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_table);
    results->addWidget(m_report);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(results, 1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportLayerDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_inspectedPath)
            setFile(m_path->text());
    });
    connect(m_layer, &QComboBox::currentTextChanged, this, [this] {
        if (!m_updating)
            inspectFile();
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, &ImportLayerDialog::invalidate);
    connect(m_encoding, &QComboBox::currentTextChanged, this, [this] {
        updatePreview();
        invalidate();
    });
    connect(m_crs, &QComboBox::currentTextChanged, this, [this] {
        updateCrsText();
        invalidate();
    });
    connect(m_matchField, &QComboBox::currentTextChanged, this, &ImportLayerDialog::invalidate);
    connect(m_analyse, &QPushButton::clicked, this, &ImportLayerDialog::analyse);
    connect(m_cancel, &QPushButton::clicked, this, &ImportLayerDialog::cancelAnalysis);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportLayerDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportLayerDialog::reject);
    connect(m_import, &ImportController::progressChanged, this, &ImportLayerDialog::onProgress);
    connect(m_import, &ImportController::analysisFinished, this, &ImportLayerDialog::onFinished);
    updateButtons();
}

ImportLayerDialog::~ImportLayerDialog() = default;

void ImportLayerDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Layer"),
                                                      QFileInfo(m_path->text()).path(), vectorFilter());
    if (!path.isEmpty())
        setFile(path);
}

void ImportLayerDialog::setFile(const QString& path, const QString& layerName) {
    m_updating = true;
    m_path->setText(path);
    m_layer->clear();
    if (!layerName.isEmpty())
        m_layer->addItem(layerName);
    m_updating = false;
    inspectFile();
}

void ImportLayerDialog::setRole(geo::LayerRole role) {
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

void ImportLayerDialog::setEncoding(const QString& encoding) {
    m_encoding->setCurrentText(encoding);
}

void ImportLayerDialog::setCrs(const QString& crs) {
    m_crs->setCurrentText(crs);
}

void ImportLayerDialog::setMatchField(const QString& field) {
    m_matchField->setCurrentText(field);
}

QString ImportLayerDialog::encoding() const {
    return m_encoding->currentText().trimmed();
}

QString ImportLayerDialog::crs() const {
    return m_crs->currentText().trimmed();
}

QString ImportLayerDialog::layerName() const {
    return m_layer->currentText();
}

QString ImportLayerDialog::encodingText() const {
    return m_encodingInfo->text();
}

QString ImportLayerDialog::previewText() const {
    return m_preview->text();
}

QString ImportLayerDialog::crsText() const {
    return m_crsInfo->text();
}

std::optional<geo::CrsDecision> ImportLayerDialog::crsDecision() const {
    if (!m_inspection)
        return std::nullopt;
    return m_inspection->crs.decision;
}

QString ImportLayerDialog::reportText() const {
    return m_report->toPlainText();
}

geo::LayerRole ImportLayerDialog::role() const {
    return geo::LayerRole(m_role->currentData().toInt());
}

void ImportLayerDialog::inspectFile() {
    const QString path = m_path->text().trimmed();
    m_inspectedPath = path;
    m_inspection.reset();
    invalidate();
    if (path.isEmpty()) {
        m_crsInfo->clear();
        m_encodingInfo->clear();
        m_preview->clear();
        updateButtons();
        return;
    }
    auto inspected = ImportController::inspect(
        path, m_layer->currentText(), {}, geo::LayerImporter::projectAreaOf(m_project->project().layers));
    m_updating = true;
    if (inspected.hasError()) {
        m_encodingInfo->clear();
        m_preview->clear();
        m_crsInfo->setText(
            tr("Cannot read %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(inspected.error().message())));
        m_updating = false;
        updateButtons();
        return;
    }
    m_inspection = std::move(inspected).value();
    const QString chosenLayer = m_layer->currentText();
    m_layer->clear();
    m_layer->addItems(m_inspection->layerNames);
    if (!chosenLayer.isEmpty())
        m_layer->setCurrentText(chosenLayer);
    m_layer->setEnabled(m_inspection->layerNames.size() > 1);

    const QString field = m_matchField->currentText();
    m_matchField->clear();
    m_matchField->addItem(QString());
    m_matchField->addItems(m_inspection->fields);
    m_matchField->setCurrentText(field);

    if (m_inspection->encoding) {
        const geo::EncodingDetection& detected = *m_inspection->encoding;
        m_encoding->setEnabled(true);
        if (m_encoding->findText(detected.encoding) < 0)
            m_encoding->addItem(detected.encoding);
        m_encoding->setCurrentText(detected.encoding);
        m_encodingInfo->setText(tr("Detected: %1 (%2)").arg(detected.encoding, detected.detail));
    } else {
        m_encoding->setEnabled(false);
        m_encodingInfo->setText(
            tr("Not a shapefile: %1 stores its text encoding itself.").arg(m_inspection->driver));
    }

    // Refused CRS: the candidates go first in the list, most likely first.
    for (const geo::CrsCandidate& candidate : m_inspection->crs.candidates)
        if (m_crs->findText(candidate.crs) < 0)
            m_crs->insertItem(1, candidate.crs);
    m_updating = false;
    updatePreview();
    updateCrsText();
    updateButtons();
}

void ImportLayerDialog::updatePreview() {
    if (!m_inspection || !m_inspection->encoding) {
        m_preview->clear();
        return;
    }
    const QStringList names = ImportController::previewNames(m_inspectedPath, encoding());
    m_preview->setText(names.isEmpty()
                           ? tr("No names to preview.")
                           : tr("Names decoded as %1: %2").arg(encoding(), names.join(QStringLiteral("、"))));
}

void ImportLayerDialog::updateCrsText() {
    if (!m_inspection)
        return;
    const geo::CrsGuess& guess = m_inspection->crs;
    QString text;
    switch (guess.decision) {
    case geo::CrsDecision::Declared: {
        QString fileCrs = m_inspection->fileCrs;
        if (fileCrs.size() > 60)
            fileCrs = fileCrs.left(57) + QStringLiteral("…");
        text = tr("Declared by the file: %1.").arg(fileCrs);
        break;
    }
    case geo::CrsDecision::Offered:
        text = tr("Not declared; CGCS2000 (%1) is offered: %2").arg(guess.offeredCrs, guess.message);
        break;
    case geo::CrsDecision::Refused: {
        QStringList candidates;
        for (const geo::CrsCandidate& candidate : guess.candidates)
            candidates.append(tr("%1 (%2)").arg(candidate.crs, candidate.name));
        text = tr("Not declared and not guessable, set the CRS below: %1").arg(guess.message);
        if (!candidates.isEmpty())
            text += QLatin1Char('\n') + tr("Candidates: %1").arg(candidates.join(QStringLiteral("; ")));
        break;
    }
    }
    if (!crs().isEmpty())
        text += QLatin1Char('\n') + tr("The file is read as %1 (set by you).").arg(crs());
    m_crsInfo->setText(text);
    updateButtons();
}

void ImportLayerDialog::invalidate() {
    if (m_updating)
        return;
    if (m_import->result() || !m_import->errorText().isEmpty()) {
        m_import->clearResult();
        m_table->setRowCount(0);
        m_report->clear();
        m_progress->setValue(0);
    }
    updateButtons();
}

bool ImportLayerDialog::canAnalyse() const {
    if (!m_inspection || m_import->isRunning())
        return false;
    return m_inspection->crs.decision != geo::CrsDecision::Refused || !crs().isEmpty();
}

bool ImportLayerDialog::canImport() const {
    return m_import->result() != nullptr && !m_import->isRunning();
}

void ImportLayerDialog::updateButtons() {
    m_analyse->setEnabled(canAnalyse());
    m_cancel->setEnabled(m_import->isRunning());
    if (m_importButton)
        m_importButton->setEnabled(canImport());
}

void ImportLayerDialog::analyse() {
    if (!canAnalyse())
        return;
    geo::ImportOptions options = m_import->optionsFor(role());
    options.layerName = layerName();
    // Only a changed encoding is passed, so the report says where a detected one came from.
    if (m_inspection && m_inspection->encoding && encoding() != m_inspection->encoding->encoding)
        options.encoding = encoding();
    options.crs = crs();
    options.matchField = m_matchField->currentText().trimmed();
    m_table->setRowCount(0);
    m_report->setPlainText(tr("Analysing…"));
    m_progress->setValue(0);
    m_import->startAnalysis(m_inspectedPath, options);
    updateButtons();
}

void ImportLayerDialog::cancelAnalysis() {
    m_import->cancel();
}

void ImportLayerDialog::onProgress(int percent) {
    m_progress->setValue(percent);
}

void ImportLayerDialog::onFinished(bool ok) {
    if (ok) {
        m_progress->setValue(100);
        fillTable();
        m_report->setPlainText(m_import->result()->report.text());
    } else {
        m_progress->setValue(0);
        m_report->setPlainText(
            m_import->wasCancelled()
                ? m_import->errorText()
                : tr("Import refused, the project is unchanged: %1").arg(m_import->errorText()));
    }
    updateButtons();
}

void ImportLayerDialog::fillTable() {
    const QVector<RelinkRow> rows = m_import->relinkRows();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const RelinkRow& row = rows[r];
        const QString region =
            row.regionName.isEmpty() ? row.regionCode : tr("%1 (%2)").arg(row.regionName, row.regionCode);
        const QString cells[] = {row.featureName, row.featureCode, region,
                                 ImportController::statusName(row.status)};
        for (int c = 0; c < 4; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (!row.detail.isEmpty())
                item->setToolTip(row.detail);
            if (c == 3 && row.status != RelinkStatus::Matched)
                item->setForeground(row.status == RelinkStatus::Ambiguous ? QColor(0xb3, 0x6b, 0x00)
                                                                          : QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(r, c, item);
        }
    }
}

void ImportLayerDialog::importNow() {
    if (!canImport())
        return;
    m_changes = m_import->apply();
    accept();
}

void ImportLayerDialog::reject() {
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->waitForFinished();
    }
    QDialog::reject();
}

} // namespace jieshui::ui
