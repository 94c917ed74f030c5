// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportStatisticsDialog.h"

#include "ProjectController.h"
#include "commands/ImportStatisticsCommand.h"
#include "io/StatisticsLoader.h"
#include "store/ProjectImporter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

constexpr int kPreviewRows = 10;

QWidget* withBrowse(QLineEdit* edit, QPushButton* button, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

ImportStatisticsDialog::ImportStatisticsDialog(ProjectController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_file(new QLineEdit(this)), m_wide(new QCheckBox(this)),
      m_mapping(new QLineEdit(this)), m_report(new QPlainTextEdit(this)), m_summary(new QLabel(this)) {
    setWindowTitle(tr("Import Statistics"));
    setObjectName(QStringLiteral("ImportStatisticsDialog"));
    auto* form = new QFormLayout;
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportStatisticsDialog::browseFile);
    form->addRow(tr("Table (CSV or XLSX):"), withBrowse(m_file, browse, this));
    m_wide->setText(tr("Wide bulletin table, converted with a mapping file"));
    form->addRow(QString(), m_wide);
    auto* browseMapping = new QPushButton(tr("Browse…"), this);
    connect(browseMapping, &QPushButton::clicked, this, &ImportStatisticsDialog::browseMapping);
    form->addRow(tr("Mapping (CSV):"), withBrowse(m_mapping, browseMapping, this));
    m_mapping->setEnabled(false);
    connect(m_wide, &QCheckBox::toggled, m_mapping, &QWidget::setEnabled);
    m_file->setPlaceholderText(tr("region_code,year,variable,value,unit,source,estimate"));

    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setMinimumSize(640, 260);
    m_summary->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_importButton->setEnabled(false);
    connect(previewButton, &QPushButton::clicked, this, &ImportStatisticsDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (import())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Any change of input invalidates the preview: import only what was shown.
    for (QLineEdit* edit : {m_file, m_mapping})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_plan.reset();
            m_importButton->setEnabled(false);
        });
    connect(m_wide, &QCheckBox::toggled, this, [this] {
        m_plan.reset();
        m_importButton->setEnabled(false);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
}

void ImportStatisticsDialog::setFile(const QString& path) {
    m_file->setText(path);
}

void ImportStatisticsDialog::setMapping(const QString& path) {
    m_wide->setChecked(!path.isEmpty());
    m_mapping->setText(path);
}

QString ImportStatisticsDialog::report() const {
    return m_summary->text() + QLatin1Char('\n') + m_report->toPlainText();
}

void ImportStatisticsDialog::browseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Statistics"), m_file->text(),
                                                      tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportStatisticsDialog::browseMapping() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Mapping File"), m_mapping->text(),
                                                      tr("CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_mapping->setText(path);
}

bool ImportStatisticsDialog::preview() {
    m_plan.reset();
    m_importButton->setEnabled(false);
    QStringList lines;
    const QString path = m_file->text().trimmed();
    const core::Dataset& dataset = m_controller->project().dataset;
    std::string text;
    std::string displayName = QFileInfo(path).fileName().toStdString();
    if (m_wide->isChecked()) {
        auto mapping = store::ProjectImporter::readWideMapping(m_mapping->text().trimmed());
        if (mapping.hasError()) {
            m_summary->setText(tr("The mapping cannot be used."));
            m_report->setPlainText(QString::fromStdString(mapping.error().toString()));
            return false;
        }
        auto conversion = store::ProjectImporter::convertWideStatistics(dataset, path, mapping.value());
        if (conversion.hasError()) {
            m_summary->setText(tr("The table cannot be converted."));
            m_report->setPlainText(QString::fromStdString(conversion.error().toString()));
            return false;
        }
        const geo::LongTableConversion& c = conversion.value();
        lines << tr("Converted %n value(s) into long rows.", nullptr, c.valueCount);
        if (!c.skipped.isEmpty()) {
            lines << tr("Skipped:");
            for (const QString& skipped : c.skipped)
                lines << QStringLiteral("  ") + skipped;
        }
        const QStringList rows = c.csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines << tr("First converted rows:");
        for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), kPreviewRows + 1); ++i)
            lines << QStringLiteral("  ") + rows[i];
        text = c.csv.toStdString();
        displayName = tr("%1 (converted to long rows)").arg(QFileInfo(path).fileName()).toStdString();
    } else {
        auto read = store::ProjectImporter::readLongText(path);
        if (read.hasError()) {
            m_summary->setText(tr("The file cannot be read."));
            m_report->setPlainText(QString::fromStdString(read.error().toString()));
            return false;
        }
        text = std::move(read).value();
    }
    core::StatisticsLoader loader(dataset);
    auto plan = loader.planFromText(text, displayName);
    if (plan.hasError()) {
        m_summary->setText(tr("The file cannot be read."));
        m_report->setPlainText(QString::fromStdString(
            (loader.report().hasErrors() ? loader.report().combined() : plan.error()).toString()));
        return false;
    }
    const core::StatisticsImportPlan& p = plan.value();
    m_summary->setText(tr("%1 to add, %2 to replace, %3 unchanged, %4 rejected.")
                           .arg(p.additions.size())
                           .arg(p.replacements.size())
                           .arg(p.unchanged.size())
                           .arg(p.rejected.size()));
    if (p.hasRejections()) {
        lines << tr("Nothing will be imported until every row is valid:");
        for (const core::RejectedStatisticRow& row : p.rejected)
            for (const core::Error& reason : row.reasons)
                lines << QStringLiteral("  ") +
                             QString::fromStdString(reason
                                                        .locatedIn({.file = displayName,
                                                                    .line = row.line,
                                                                    .region = row.regionCode,
                                                                    .year = row.year})
                                                        .toString());
    }
    for (const core::StatisticReplacement& r : p.replacements) {
        if (lines.size() > 200)
            break;
        lines << tr("  replace %1 %2 %3: %4 → %5")
                     .arg(QString::fromStdString(r.after.regionCode))
                     .arg(r.after.year)
                     .arg(QString::fromStdString(r.after.variable))
                     .arg(r.before.value, 0, 'g', 10)
                     .arg(r.after.value, 0, 'g', 10);
    }
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
    const bool applicable = !p.hasRejections() && p.hasChanges();
    if (applicable)
        m_plan = p;
    m_importButton->setEnabled(applicable);
    return applicable;
}

bool ImportStatisticsDialog::import() {
    if (!m_plan)
        return false;
    m_controller->undoStack()->push(
        new ImportStatisticsCommand(m_controller, std::move(*m_plan), QFileInfo(m_file->text()).fileName()));
    m_plan.reset();
    m_importButton->setEnabled(false);
    return true;
}

} // namespace jieshui::ui
