// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Scenario.h"

#include <array>
#include <utility>

namespace jieshui::core {

namespace {

constexpr std::array<std::pair<Driver, std::string_view>, 9> kDriverIds{{
    {Driver::GdpRealGrowth, "gdp-real-growth"},
    {Driver::IvaRealGrowth, "iva-real-growth"},
    {Driver::AgricultureIntensityChange, "agriculture-intensity-change"},
    {Driver::IndustryIntensityChange, "industry-intensity-change"},
    {Driver::DomesticIntensityChange, "domestic-intensity-change"},
    {Driver::IrrigatedAreaChange, "irrigated-area-change"},
    {Driver::IrrigationCoefficient, "irrigation-coefficient"},
    {Driver::LeakageRate, "leakage-rate"},
    {Driver::ReuseRate, "reuse-rate"},
}};

} // namespace

const char* driverId(Driver d) {
    for (const auto& [driver, id] : kDriverIds)
        if (driver == d)
            return id.data(); // the literals are NUL-terminated
    return "gdp-real-growth";
}

std::optional<Driver> driverFromId(std::string_view id) {
    for (const auto& [driver, name] : kDriverIds)
        if (name == id)
            return driver;
    return std::nullopt;
}

} // namespace jieshui::core
