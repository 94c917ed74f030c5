// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewFromBoundariesDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

QWidget* withButton(QWidget* parent, QLineEdit* edit, QPushButton* button) {
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return box;
}

QComboBox* fieldBox(QWidget* parent, const QStringList& suggestions) {
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(suggestions);
    return box;
}

} // namespace

NewFromBoundariesDialog::NewFromBoundariesDialog(QWidget* parent)
    : QDialog(parent), m_file(new QLineEdit(this)),
      m_codeField(fieldBox(this, {QStringLiteral("adcode"), QStringLiteral("code"), QStringLiteral("CODE"),
                                  QStringLiteral("xzqdm")})),
      m_nameField(fieldBox(this, {QStringLiteral("name"), QStringLiteral("name_zh"), QStringLiteral("NAME"),
                                  QStringLiteral("xzqmc")})),
      m_root(new QLineEdit(this)), m_rootName(new QLineEdit(this)), m_crs(new QLineEdit(this)),
      m_target(new QLineEdit(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("New Project From Boundaries"));
    auto* browseFileButton = new QPushButton(tr("Browse…"), this);
    auto* browseTargetButton = new QPushButton(tr("Browse…"), this);
    m_file->setPlaceholderText(tr("county boundaries: Shapefile, GeoJSON, GeoPackage, …"));
    m_codeField->setToolTip(
        tr("The attribute with the GB/T 2260 codes; empty: found by itself (adcode, code, …)"));
    m_nameField->setToolTip(tr("The attribute with the names; empty: found by itself (name, name_zh, …)"));
    m_root->setPlaceholderText(tr("empty: the city or province holding every county"));
    m_root->setToolTip(
        tr("A city (e.g. 450200), a province (450000) or the country (100000): only the counties "
           "under it are taken"));
    m_rootName->setPlaceholderText(tr("empty: from the file or the code lists"));
    m_crs->setPlaceholderText(tr("empty: the file's own (degrees in China: CGCS2000)"));
    m_target->setPlaceholderText(tr("new project file (.gpkg) or postgresql:// address"));
    auto* form = new QFormLayout;
    form->addRow(tr("Boundary file"), withButton(this, m_file, browseFileButton));
    form->addRow(tr("Code attribute"), m_codeField);
    form->addRow(tr("Name attribute"), m_nameField);
    form->addRow(tr("Root code"), m_root);
    form->addRow(tr("Root name"), m_rootName);
    form->addRow(tr("CRS of the file"), m_crs);
    form->addRow(tr("Save as"), withButton(this, m_target, browseTargetButton));
    auto* note =
        new QLabel(tr("The regions come from the counties' GB/T 2260 codes (county → city → province), the "
                      "display CRS from the data (the 3-degree Gauss-Krüger zone of its centre). "
                      "Statistics and plan targets come in afterwards through the imports; the project's "
                      "years come from its plan targets."),
                   this);
    note->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#b71c1c;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseFileButton, &QPushButton::clicked, this, &NewFromBoundariesDialog::browseFile);
    connect(browseTargetButton, &QPushButton::clicked, this, &NewFromBoundariesDialog::browseTarget);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString NewFromBoundariesDialog::target() const {
    QString text = m_target->text().trimmed();
    if (!text.isEmpty() && !text.startsWith(QLatin1String("postgres")) && QFileInfo(text).suffix().isEmpty())
        text += QStringLiteral(".gpkg");
    return text;
}

void NewFromBoundariesDialog::browseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("County Boundaries"), m_file->text(),
        tr("Vector files (*.shp *.geojson *.json *.gpkg *.kml *.topojson *.tab);;All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(path);
    if (m_target->text().isEmpty())
        m_target->setText(QFileInfo(path).absolutePath() + QLatin1Char('/') +
                          QFileInfo(path).completeBaseName() + QStringLiteral(".gpkg"));
}

void NewFromBoundariesDialog::browseTarget() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), m_target->text(),
                                                      tr("Jieshui projects (*.gpkg)"));
    if (!path.isEmpty())
        m_target->setText(path);
}

void NewFromBoundariesDialog::accept() {
    m_message->clear();
    if (m_file->text().trimmed().isEmpty() || target().isEmpty()) {
        m_message->setText(tr("Choose the boundary file and where to save the project."));
        return;
    }
    store::BoundaryOptions options;
    options.codeField = m_codeField->currentText().trimmed();
    options.nameField = m_nameField->currentText().trimmed();
    options.root = m_root->text().trimmed();
    options.rootName = m_rootName->text().trimmed();
    options.crs = m_crs->text().trimmed();
    options.codeFieldLabel = tr("“%1” above").arg(tr("Code attribute"));
    options.nameFieldLabel = tr("“%1” above").arg(tr("Name attribute"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = store::ProjectFromBoundaries::build(m_file->text().trimmed(), options);
    QApplication::restoreOverrideCursor();
    if (built.hasError()) {
        m_message->setText(
            tr("No project was made: %1").arg(QString::fromStdString(built.error().message())));
        return;
    }
    m_result = std::move(built).value();
    QDialog::accept();
}

} // namespace jieshui::ui
