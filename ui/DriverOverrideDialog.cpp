// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriverOverrideDialog.h"

#include "DomainLabels.h"
#include "i18n/ScenarioWords.h"
#include "scenario/ScenarioEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jieshui::ui {

using i18n::ScenarioWords;

DriverOverrideDialog::DriverOverrideDialog(const core::Dataset& dataset, const core::Scenario& scenario,
                                           int firstProjectedYear, QWidget* parent)
    : QDialog(parent), m_dataset(dataset), m_scenario(scenario),
      m_regions(core::ScenarioRegions::fromDataset(dataset)), m_region(new QComboBox(this)),
      m_driver(new QComboBox(this)), m_year(new QSpinBox(this)), m_value(new QLineEdit(this)),
      m_unit(new QLabel(this)), m_range(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const bool zh = DomainLabels::isChinese();
    setWindowTitle(tr("Add a Value to “%1”").arg(DomainLabels::scenarioName(scenario)));
    m_region->addItem(ScenarioWords::regionLabel(dataset, m_regions.cityCode, zh, false),
                      QString::fromStdString(m_regions.cityCode));
    for (const std::string& county : m_regions.countyCodes)
        if (county != m_regions.cityCode)
            m_region->addItem(ScenarioWords::regionLabel(dataset, county, zh, false),
                              QString::fromStdString(county));
    for (core::Driver d : core::DriverTraits::all)
        m_driver->addItem(ScenarioWords::driverName(d, zh), int(d));
    // 0 is shown as "every projected year"; otherwise any first year from the first projected one.
    m_year->setRange(firstProjectedYear - 1, 2100);
    m_year->setSpecialValueText(ScenarioWords::fromYearText(0));
    m_year->setValue(firstProjectedYear - 1);
    m_message->setWordWrap(true);
    m_range->setStyleSheet(QStringLiteral("color: #616161"));

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);
    auto* form = new QFormLayout;
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Driver:"), m_driver);
    form->addRow(tr("From:"), m_year);
    form->addRow(tr("Value:"), valueRow);
    form->addRow(QString(), m_range);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_region, &QComboBox::currentIndexChanged, this, &DriverOverrideDialog::updateState);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &DriverOverrideDialog::updateState);
    connect(m_year, &QSpinBox::valueChanged, this, &DriverOverrideDialog::updateState);
    connect(m_value, &QLineEdit::textChanged, this, &DriverOverrideDialog::updateState);
    resize(560, sizeHint().height());
    updateState();
}

std::optional<core::DriverOverride> DriverOverrideDialog::value() const {
    const core::Driver driver = core::Driver(m_driver->currentData().toInt());
    const auto parsed = ScenarioWords::parseValue(driver, m_value->text());
    if (!parsed)
        return std::nullopt;
    core::DriverOverride o{.regionCode = m_region->currentData().toString().toStdString(),
                           .driver = driver,
                           .fromYear = m_year->value() == m_year->minimum() ? 0 : m_year->value(),
                           .value = *parsed};
    if (core::ScenarioEditor::checkOverride(o, m_regions, m_scenario.name))
        return std::nullopt;
    return o;
}

void DriverOverrideDialog::updateState() {
    const bool zh = DomainLabels::isChinese();
    const core::Driver driver = core::Driver(m_driver->currentData().toInt());
    m_unit->setText(ScenarioWords::driverUnit(driver, zh));
    m_range->setText(tr("Valid range: %1").arg(ScenarioWords::rangeText(driver, zh)));
    QString message;
    const auto parsed = ScenarioWords::parseValue(driver, m_value->text());
    if (m_value->text().trimmed().isEmpty()) {
        message =
            tr("Type the value in %1.")
                .arg(ScenarioWords::driverUnit(driver, zh).isEmpty() ? tr("plain numbers")
                                                                     : ScenarioWords::driverUnit(driver, zh));
    } else if (!parsed) {
        message = tr("“%1” is not a number: %2 takes a value in %3.")
                      .arg(m_value->text(), ScenarioWords::driverName(driver, zh),
                           ScenarioWords::rangeText(driver, zh));
    } else {
        core::DriverOverride o{.regionCode = m_region->currentData().toString().toStdString(),
                               .driver = driver,
                               .fromYear = m_year->value() == m_year->minimum() ? 0 : m_year->value(),
                               .value = *parsed};
        if (auto problem = core::ScenarioEditor::checkOverride(o, m_regions, m_scenario.name))
            message = ScenarioWords::problem(*problem, m_dataset, {m_scenario}, zh);
        else if (core::ScenarioEditor::overrideIndex(m_scenario, o.regionCode, o.driver, o.fromYear))
            message = tr("Replaces the value the scenario has for this region, driver and year.");
    }
    const bool ok = value().has_value();
    m_message->setText(message);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #616161") : QStringLiteral("color: #A83A00"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace jieshui::ui
