// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioSet.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace jieshui::ui {

/**
 * Adds an own value (driver override) to a scenario: the region (the whole city or a county), the driver
 * with its unit and valid range, the first year (or every projected year) and the value in display units.
 * OK is enabled only for a value the scenario rules accept; the reason is said under the value otherwise.
 */
class DriverOverrideDialog : public QDialog {
    Q_OBJECT

public:
    DriverOverrideDialog(const core::Dataset& dataset, const core::Scenario& scenario, int firstProjectedYear,
                         QWidget* parent = nullptr);

    /** The override as entered, or nullopt while it is refused. */
    std::optional<core::DriverOverride> value() const;

    QComboBox* regionBox() const { return m_region; }
    QComboBox* driverBox() const { return m_driver; }
    QSpinBox* yearBox() const { return m_year; }
    QLineEdit* valueEdit() const { return m_value; }
    QLabel* messageLabel() const { return m_message; }

private:
    void updateState();

    const core::Dataset& m_dataset;
    const core::Scenario& m_scenario;
    core::ScenarioRegions m_regions;
    QComboBox* m_region;
    QComboBox* m_driver;
    QSpinBox* m_year;
    QLineEdit* m_value;
    QLabel* m_unit;
    QLabel* m_range;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace jieshui::ui
