// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ObservedLevels.h"

#include "engine/NullRecorder.h"

namespace jieshui::core {

std::optional<double> ObservedLevels::level(RegionId region, Driver driver, int year) const {
    Var reported = Var::IrrigationCoefficientReported;
    Indicator indicator = Indicator::IrrigationCoefficient;
    switch (driver) {
    case Driver::IrrigationCoefficient:
        break;
    case Driver::LeakageRate:
        reported = Var::LeakageRateReported;
        indicator = Indicator::LeakageRate; // the assessed CJJ 92 R_BL, as in the plan's target
        break;
    case Driver::ReuseRate:
        reported = Var::ReuseRateReported;
        indicator = Indicator::IndustrialReuseRate;
        break;
    default:
        return std::nullopt;
    }
    double x = 0.0;
    ProvenanceKind ignored = ProvenanceKind::Sourced;
    if (m_kernel.view().read(region, variableId(reported), year, x, ignored))
        return x;
    NullRecorder quiet;
    const EngineValue computed = m_kernel.compute(indicator, region, year, 2015, quiet);
    if (!computed.ok)
        return std::nullopt;
    return computed.value;
}

} // namespace jieshui::core
