// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Scenario.h"

#include <algorithm>
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

std::string scenarioDisplayName(const Scenario& scenario, bool chinese) {
    const std::string& preferred = chinese ? scenario.descriptionZh : scenario.descriptionEn;
    const std::string& description =
        !preferred.empty() ? preferred : (chinese ? scenario.descriptionEn : scenario.descriptionZh);
    std::size_t end = description.size();
    for (std::string_view colon : {std::string_view("\xEF\xBC\x9A"), std::string_view(":")}) // ：and :
        end = std::min(end, description.find(colon));
    std::string lead = description.substr(0, end);
    while (!lead.empty() && lead.back() == ' ')
        lead.pop_back();
    // Characters, not bytes: count the UTF-8 lead bytes.
    std::size_t characters = 0;
    for (const unsigned char c : lead)
        characters += (c & 0xC0) != 0x80 ? 1 : 0;
    if (lead.empty() || characters > 24)
        return scenario.name;
    return lead;
}

} // namespace jieshui::core
