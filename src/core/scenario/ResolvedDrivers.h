// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/DriverTraits.h"

#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/**
 * The effective value of every driver for every county and projected year of one scenario, after
 * inheritance (ScenarioSet::resolve). A flat table, so that a projection reads it without lookups.
 */
class ResolvedDrivers {
public:
    ResolvedDrivers(std::vector<std::string> countyCodes, int firstYear, int lastYear);

    const std::vector<std::string>& countyCodes() const { return m_countyCodes; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    /** The value for county number @p county (index into countyCodes()); nullopt when undefined. */
    std::optional<double> value(std::size_t county, Driver driver, int year) const {
        if (county >= m_countyCodes.size() || year < m_firstYear || year > m_lastYear)
            return std::nullopt;
        const double v = m_values[offset(county, driver, year)];
        if (v != v) // NaN: undefined
            return std::nullopt;
        return v;
    }
    /** Sets the value for @p year and every later year of the table. */
    void setFrom(std::size_t county, Driver driver, int year, double value);
    /** Sets the value of @p year only (inside the table; NaN = undefined). */
    void set(std::size_t county, Driver driver, int year, double value);
    /** The value of @p year as stored (NaN = undefined); the year must lie inside the table. */
    double raw(std::size_t county, Driver driver, int year) const { return m_values[offset(county, driver, year)]; }
    /** Copies @p other's values (same shape) without allocating. */
    void copyValuesFrom(const ResolvedDrivers& other);

private:
    std::size_t offset(std::size_t county, Driver driver, int year) const {
        const auto years = static_cast<std::size_t>(m_lastYear - m_firstYear + 1);
        return (county * DriverTraits::count + DriverTraits::index(driver)) * years +
               static_cast<std::size_t>(year - m_firstYear);
    }

    std::vector<std::string> m_countyCodes;
    int m_firstYear;
    int m_lastYear;
    std::vector<double> m_values; // NaN = undefined; county-major, then driver, then year
};

} // namespace jieshui::core
