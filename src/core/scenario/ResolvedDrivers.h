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
    std::optional<double> value(std::size_t county, Driver driver, int year) const;
    /** Sets the value for @p year and every later year of the table. */
    void setFrom(std::size_t county, Driver driver, int year, double value);

private:
    std::size_t offset(std::size_t county, Driver driver, int year) const;

    std::vector<std::string> m_countyCodes;
    int m_firstYear;
    int m_lastYear;
    std::vector<double> m_values; // NaN = undefined; county-major, then driver, then year
};

} // namespace jieshui::core
