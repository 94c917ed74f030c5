// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionDialog.h"

#include "DomainLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jieshui::ui {

namespace {

QString kindLabel(core::RegionKind kind) {
    const std::string_view name = core::regionKindName(kind, DomainLabels::isChinese());
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

// Kinds a user adds by hand (irrigation districts come with their profile from their own import).
constexpr core::RegionKind kAddable[] = {core::RegionKind::County,        core::RegionKind::City,
                                         core::RegionKind::SubZone,       core::RegionKind::Basin,
                                         core::RegionKind::SupplyUtility, core::RegionKind::Reservoir};

} // namespace

RegionDialog::RegionDialog(const core::Dataset& dataset, const QString& parentCode, QWidget* parent)
    : QDialog(parent), m_dataset(dataset) {
    setWindowTitle(tr("Add region"));
    build(false);
    const int index = m_parent->findData(parentCode);
    if (index >= 0)
        m_parent->setCurrentIndex(index);
    fillKinds();
    updateOk();
}

RegionDialog::RegionDialog(const core::Dataset& dataset, const core::Region& region, QWidget* parent)
    : QDialog(parent), m_dataset(dataset) {
    setWindowTitle(tr("Rename region"));
    build(true);
    m_code->setText(QString::fromStdString(region.code));
    m_nameZh->setText(QString::fromStdString(region.nameZh));
    m_nameEn->setText(QString::fromStdString(region.nameEn));
    m_kind->addItem(kindLabel(region.kind), int(region.kind));
    const int index = m_parent->findData(QString::fromStdString(region.parentCode));
    m_parent->setCurrentIndex(index);
    updateOk();
}

void RegionDialog::build(bool renaming) {
    auto* form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("e.g. 450799 (GB/T 2260) or a project code"));
    m_nameZh = new QLineEdit(this);
    m_nameEn = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_parent = new QComboBox(this);
    for (const core::Region& r : m_dataset.regions())
        if (r.kind == core::RegionKind::City || r.kind == core::RegionKind::County ||
            r.kind == core::RegionKind::Province || r.kind == core::RegionKind::Country)
            m_parent->addItem(
                QStringLiteral("%1 %2").arg(QString::fromStdString(r.code), DomainLabels::regionName(r)),
                QString::fromStdString(r.code));
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Chinese name"), m_nameZh);
    form->addRow(tr("English name"), m_nameEn);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Lies in"), m_parent);
    m_code->setReadOnly(renaming);
    m_kind->setEnabled(!renaming);
    m_parent->setEnabled(!renaming);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setText(renaming ? tr("The code stays; the map and every table show the new name.")
                             : tr("The new region starts without statistics; import them afterwards."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_code, m_nameZh})
        connect(edit, &QLineEdit::textChanged, this, &RegionDialog::updateOk);
    if (!renaming)
        connect(m_parent, &QComboBox::currentIndexChanged, this, [this] {
            fillKinds();
            updateOk();
        });
}

void RegionDialog::fillKinds() {
    m_kind->clear();
    const core::Region* parent = m_dataset.region(m_parent->currentData().toString().toStdString());
    for (core::RegionKind kind : kAddable)
        if (parent != nullptr && core::parentKindFits(kind, parent->kind))
            m_kind->addItem(kindLabel(kind), int(kind));
}

void RegionDialog::updateOk() {
    auto* box = findChild<QDialogButtonBox*>();
    const bool complete =
        !m_code->text().trimmed().isEmpty() && !m_nameZh->text().trimmed().isEmpty() && m_kind->count() > 0;
    if (box != nullptr)
        box->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

core::Region RegionDialog::region() const {
    core::Region r;
    r.code = m_code->text().trimmed().toStdString();
    r.kind = static_cast<core::RegionKind>(m_kind->currentData().toInt());
    r.nameZh = m_nameZh->text().trimmed().toStdString();
    r.nameEn = m_nameEn->text().trimmed().toStdString();
    r.parentCode = m_parent->currentData().toString().toStdString();
    return r;
}

} // namespace jieshui::ui
