// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/DriverTraits.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * The business-as-usual drivers per county (TrendEstimator derives them from the observed years). They are
 * what the baseline scenario resolves to where no scenario overrides a driver. Rates are fractions per
 * year; levels are fractions reached by the horizon year.
 */
class BaselineDrivers {
public:
    void set(const std::string& countyCode, Driver driver, double value);
    /** The value, or nullopt when none was derived for this county and driver. */
    std::optional<double> value(std::string_view countyCode, Driver driver) const;
    bool empty() const { return m_values.empty(); }

    using DriverValues = std::array<std::optional<double>, DriverTraits::count>;
    /** county code → values indexed by DriverTraits::index(). */
    const std::map<std::string, DriverValues, std::less<>>& values() const { return m_values; }

private:
    std::map<std::string, DriverValues, std::less<>> m_values;
};

} // namespace jieshui::core
