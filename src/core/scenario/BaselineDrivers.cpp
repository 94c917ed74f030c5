// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/BaselineDrivers.h"

namespace jieshui::core {

void BaselineDrivers::set(const std::string& countyCode, Driver driver, double value) {
    m_values[countyCode][DriverTraits::index(driver)] = value;
}

std::optional<double> BaselineDrivers::value(std::string_view countyCode, Driver driver) const {
    auto it = m_values.find(countyCode);
    if (it == m_values.end())
        return std::nullopt;
    return it->second[DriverTraits::index(driver)];
}

} // namespace jieshui::core
