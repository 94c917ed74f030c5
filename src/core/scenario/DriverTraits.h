// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <array>
#include <cstddef>

namespace jieshui::core {

/**
 * Static facts about the scenario drivers: their order, whether a driver is a rate (fraction per year,
 * compounded) or a level (fraction reached by the horizon year), and the range a value must lie in.
 */
struct DriverTraits {
    static constexpr std::size_t count = 9;

    /** Every driver, in declaration order (the order of driverIndex()). */
    static constexpr std::array<Driver, count> all{Driver::GdpRealGrowth,
                                                   Driver::IvaRealGrowth,
                                                   Driver::AgricultureIntensityChange,
                                                   Driver::IndustryIntensityChange,
                                                   Driver::DomesticIntensityChange,
                                                   Driver::IrrigatedAreaChange,
                                                   Driver::IrrigationCoefficient,
                                                   Driver::LeakageRate,
                                                   Driver::ReuseRate};

    static constexpr std::size_t index(Driver d) { return static_cast<std::size_t>(d); }

    /** True for IrrigationCoefficient, LeakageRate and ReuseRate (levels, not rates). */
    static constexpr bool isLevel(Driver d) {
        return d == Driver::IrrigationCoefficient || d == Driver::LeakageRate || d == Driver::ReuseRate;
    }

    /**
     * Whether @p value is acceptable for @p d. Rates: [−0.5, +1.0] per year (a fall of more than half a
     * year is a typing error, e.g. −60 for −0.6). Coefficient: (0, 1]. Leakage and reuse: [0, 1].
     */
    static constexpr bool inRange(Driver d, double value) {
        if (!(value == value)) // NaN
            return false;
        if (d == Driver::IrrigationCoefficient)
            return value > 0.0 && value <= 1.0;
        if (isLevel(d))
            return value >= 0.0 && value <= 1.0;
        return value >= minimumRate && value <= maximumRate;
    }

    static constexpr double minimumRate = -0.5; ///< fraction per year
    static constexpr double maximumRate = 1.0;  ///< fraction per year
};

} // namespace jieshui::core
