// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ResolvedDrivers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace jieshui::core {

ResolvedDrivers::ResolvedDrivers(std::vector<std::string> countyCodes, int firstYear, int lastYear)
    : m_countyCodes(std::move(countyCodes)), m_firstYear(firstYear),
      m_lastYear(std::max(lastYear, firstYear - 1)) {
    const auto years = static_cast<std::size_t>(m_lastYear - m_firstYear + 1);
    m_values.assign(m_countyCodes.size() * DriverTraits::count * years,
                    std::numeric_limits<double>::quiet_NaN());
}

void ResolvedDrivers::setFrom(std::size_t county, Driver driver, int year, double value) {
    if (county >= m_countyCodes.size() || year > m_lastYear)
        return;
    const int from = std::max(year, m_firstYear);
    const std::size_t begin = offset(county, driver, from);
    const std::size_t end = offset(county, driver, m_lastYear) + 1;
    std::fill(m_values.begin() + static_cast<std::ptrdiff_t>(begin),
              m_values.begin() + static_cast<std::ptrdiff_t>(end), value);
}

void ResolvedDrivers::set(std::size_t county, Driver driver, int year, double value) {
    if (county >= m_countyCodes.size() || year < m_firstYear || year > m_lastYear)
        return;
    m_values[offset(county, driver, year)] = value;
}

void ResolvedDrivers::copyValuesFrom(const ResolvedDrivers& other) {
    if (other.m_values.size() != m_values.size())
        throw std::logic_error("ResolvedDrivers::copyValuesFrom: tables of different shapes");
    std::copy(other.m_values.begin(), other.m_values.end(), m_values.begin());
}

} // namespace jieshui::core
