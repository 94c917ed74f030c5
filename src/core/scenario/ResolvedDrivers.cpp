// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ResolvedDrivers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::core {

ResolvedDrivers::ResolvedDrivers(std::vector<std::string> countyCodes, int firstYear, int lastYear)
    : m_countyCodes(std::move(countyCodes)), m_firstYear(firstYear),
      m_lastYear(std::max(lastYear, firstYear - 1)) {
    const auto years = static_cast<std::size_t>(m_lastYear - m_firstYear + 1);
    m_values.assign(m_countyCodes.size() * DriverTraits::count * years,
                    std::numeric_limits<double>::quiet_NaN());
}

std::size_t ResolvedDrivers::offset(std::size_t county, Driver driver, int year) const {
    const auto years = static_cast<std::size_t>(m_lastYear - m_firstYear + 1);
    return (county * DriverTraits::count + DriverTraits::index(driver)) * years +
           static_cast<std::size_t>(year - m_firstYear);
}

std::optional<double> ResolvedDrivers::value(std::size_t county, Driver driver, int year) const {
    if (county >= m_countyCodes.size() || year < m_firstYear || year > m_lastYear)
        return std::nullopt;
    const double v = m_values[offset(county, driver, year)];
    if (std::isnan(v))
        return std::nullopt;
    return v;
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

} // namespace jieshui::core
