// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ObservedLevels.h"

#include "engine/NullRecorder.h"

namespace jieshui::core {

std::optional<Indicator> ObservedLevels::indicatorOf(Driver driver) {
    switch (driver) {
    case Driver::IrrigationCoefficient:
        return Indicator::IrrigationCoefficient;
    case Driver::LeakageRate:
        return Indicator::LeakageRate; // the assessed CJJ 92 R_BL, as in the plan's target
    case Driver::ReuseRate:
        return Indicator::IndustrialReuseRate;
    default:
        return std::nullopt;
    }
}

std::optional<double> ObservedLevels::level(RegionId region, Driver driver, int year) const {
    const std::optional<Indicator> indicator = indicatorOf(driver);
    if (!indicator)
        return std::nullopt;
    const Var reported = driver == Driver::LeakageRate ? Var::LeakageRateReported
                         : driver == Driver::ReuseRate ? Var::ReuseRateReported
                                                       : Var::IrrigationCoefficientReported;
    double x = 0.0;
    ProvenanceKind ignored = ProvenanceKind::Sourced;
    if (m_kernel.view().read(region, variableId(reported), year, x, ignored))
        return x;
    NullRecorder quiet;
    const EngineValue computed = m_kernel.compute(*indicator, region, year, 2015, quiet);
    if (!computed.ok)
        return std::nullopt;
    return computed.value;
}

} // namespace jieshui::core
