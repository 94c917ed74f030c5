// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/IrrigationDistrictProfile.h"

#include <array>
#include <utility>

namespace jieshui::core {

namespace {
template <typename E, std::size_t N>
const char* idOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [e, id] : table)
        if (e == value)
            return id.data();
    return table.front().second.data();
}
template <typename E, std::size_t N>
std::optional<E> fromId(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view id) {
    for (const auto& [e, name] : table)
        if (name == id)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<DistrictClass, std::string_view>, 4> kClasses{{
    {DistrictClass::Large, "large"},
    {DistrictClass::Medium, "medium"},
    {DistrictClass::Small, "small"},
    {DistrictClass::WellOnly, "well-only"},
}};
constexpr std::array<std::pair<SourceType, std::string_view>, 2> kSources{{
    {SourceType::Pumped, "pumped"},
    {SourceType::Gravity, "gravity"},
}};
constexpr std::array<std::pair<WellMethod, std::string_view>, 5> kMethods{{
    {WellMethod::EarthCanal, "earth-canal"},
    {WellMethod::LinedCanal, "lined-canal"},
    {WellMethod::Pipe, "pipe"},
    {WellMethod::Sprinkler, "sprinkler"},
    {WellMethod::Micro, "micro"},
}};
} // namespace

const char* districtClassId(DistrictClass c) { return idOf(kClasses, c); }
std::optional<DistrictClass> districtClassFromId(std::string_view id) { return fromId(kClasses, id); }
const char* sourceTypeId(SourceType s) { return idOf(kSources, s); }
std::optional<SourceType> sourceTypeFromId(std::string_view id) { return fromId(kSources, id); }
const char* wellMethodId(WellMethod m) { return idOf(kMethods, m); }
std::optional<WellMethod> wellMethodFromId(std::string_view id) { return fromId(kMethods, id); }

MediumBand mediumBandFor(Area designArea) {
    const double tenThousandMuValue = inTenThousandMu(designArea);
    if (tenThousandMuValue >= 15.0)
        return MediumBand::From15To30;
    if (tenThousandMuValue >= 5.0)
        return MediumBand::From5To15;
    return MediumBand::From1To5;
}

} // namespace jieshui::core
