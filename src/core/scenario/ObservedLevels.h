// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/IndicatorKernel.h"
#include "scenario/Scenario.h"

#include <optional>

namespace jieshui::core {

/**
 * The observed value behind a level driver (irrigation coefficient, leakage rate, reuse rate) of a region
 * and year, as a fraction: the reported statistic when there is one (irrigation.coefficient_reported,
 * supply.leakage_rate_reported, industry.reuse_rate_reported), else what the engine computes from the detail
 * data (districts by the official aggregation, utilities by CJJ 92-2016 R_BL, above-scale reuse volumes). The
 * starting point of the projected levels and the input of their trend. Reads through a kernel, so that a
 * perturbed view (Monte Carlo) moves the starting point too.
 */
class ObservedLevels {
public:
    explicit ObservedLevels(const IndicatorKernel& kernel) : m_kernel(kernel) {}

    /** nullopt for rate drivers or when neither a reported value nor the engine's computation exists. */
    std::optional<double> level(RegionId region, Driver driver, int year) const;

    /**
     * The indicator a level driver is observed as (and is written and read like): the coefficient, the
     * assessed CJJ 92 leakage rate R_BL as in the plan's target, the above-scale reuse rate; nullopt for a
     * rate driver.
     */
    static std::optional<Indicator> indicatorOf(Driver driver);

private:
    const IndicatorKernel& m_kernel;
};

} // namespace jieshui::core
