// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ObservedLevels.h"

#include "scenario/WaterLedger.h"

namespace jieshui::core {

ObservedLevels::ObservedLevels(const Dataset& dataset) : m_dataset(dataset), m_evaluator(dataset) {}

std::optional<double> ObservedLevels::level(const std::string& regionCode, Driver driver, int year) const {
    if (auto reported = WaterLedger::observedLevel(m_dataset, regionCode, driver, year))
        return reported;
    Indicator indicator = Indicator::IrrigationCoefficient;
    switch (driver) {
    case Driver::IrrigationCoefficient:
        indicator = Indicator::IrrigationCoefficient;
        break;
    case Driver::LeakageRate:
        indicator = Indicator::LeakageRate; // the assessed CJJ 92 R_BL, as in the plan's target
        break;
    case Driver::ReuseRate:
        indicator = Indicator::IndustrialReuseRate;
        break;
    default:
        return std::nullopt;
    }
    auto computed = m_evaluator.compute(indicator, regionCode, year);
    if (computed.hasError())
        return std::nullopt;
    return computed.value().value;
}

} // namespace jieshui::core
