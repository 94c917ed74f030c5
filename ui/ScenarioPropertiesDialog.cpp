// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioPropertiesDialog.h"

#include "DomainLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jieshui::ui {

ScenarioPropertiesDialog::ScenarioPropertiesDialog(const std::vector<core::Scenario>& scenarios,
                                                   const QString& parent, const ScenarioTexts& texts,
                                                   bool editing, QWidget* widgetParent)
    : QDialog(widgetParent), m_parent(new QComboBox(this)), m_nameZh(new QLineEdit(this)),
      m_nameEn(new QLineEdit(this)), m_descriptionZh(new QPlainTextEdit(this)),
      m_descriptionEn(new QPlainTextEdit(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(editing ? tr("Rename Scenario") : tr("New Scenario"));
    for (const core::Scenario& s : scenarios)
        m_parent->addItem(DomainLabels::scenarioName(s), QString::fromStdString(s.name));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(parent)));
    m_parent->setEnabled(!editing);
    m_nameZh->setText(QString::fromStdString(texts.nameZh));
    m_nameEn->setText(QString::fromStdString(texts.nameEn));
    m_descriptionZh->setPlainText(QString::fromStdString(texts.descriptionZh));
    m_descriptionEn->setPlainText(QString::fromStdString(texts.descriptionEn));
    for (QPlainTextEdit* edit : {m_descriptionZh, m_descriptionEn})
        edit->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Inherits from:"), m_parent);
    form->addRow(tr("Name (Chinese):"), m_nameZh);
    form->addRow(tr("Name (English):"), m_nameEn);
    form->addRow(tr("Description (Chinese):"), m_descriptionZh);
    form->addRow(tr("Description (English):"), m_descriptionEn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameZh, &QLineEdit::textChanged, this, &ScenarioPropertiesDialog::updateState);
    connect(m_nameEn, &QLineEdit::textChanged, this, &ScenarioPropertiesDialog::updateState);
    resize(520, sizeHint().height());
    updateState();
}

void ScenarioPropertiesDialog::updateState() {
    const bool named = !m_nameZh->text().trimmed().isEmpty() || !m_nameEn->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(named && m_parent->count() > 0);
    m_hint->setText(named ? tr("It starts with every value of its parent; change only what differs.")
                          : tr("Give the scenario a name in at least one language."));
}

ScenarioTexts ScenarioPropertiesDialog::texts() const {
    return {m_nameZh->text().trimmed().toStdString(), m_nameEn->text().trimmed().toStdString(),
            m_descriptionZh->toPlainText().trimmed().toStdString(),
            m_descriptionEn->toPlainText().trimmed().toStdString()};
}

QString ScenarioPropertiesDialog::parentScenario() const {
    return m_parent->currentData().toString();
}

} // namespace jieshui::ui
