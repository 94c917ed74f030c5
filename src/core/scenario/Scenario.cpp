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

bool isScenarioId(std::string_view id) {
    const auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (id.empty() || !alnum(id.front()))
        return false;
    return std::all_of(id.begin(), id.end(), [&](char c) { return alnum(c) || c == '-' || c == '_'; });
}

namespace {

/** The words of @p description before its first colon when short (≤ 24 characters), else empty. */
std::string descriptionLead(const std::string& description) {
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
    return characters > 24 ? std::string() : lead;
}

} // namespace

std::string scenarioDisplayName(const Scenario& scenario, bool chinese) {
    const std::string& name = chinese ? scenario.nameZh : scenario.nameEn;
    if (!name.empty())
        return name;
    if (std::string lead = descriptionLead(chinese ? scenario.descriptionZh : scenario.descriptionEn);
        !lead.empty())
        return lead;
    const std::string& otherName = chinese ? scenario.nameEn : scenario.nameZh;
    if (!otherName.empty())
        return otherName;
    if (std::string lead = descriptionLead(chinese ? scenario.descriptionEn : scenario.descriptionZh);
        !lead.empty())
        return lead;
    return scenario.name;
}

} // namespace jieshui::core
