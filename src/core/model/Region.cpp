// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Region.h"

#include <array>
#include <utility>

namespace jieshui::core {

namespace {
constexpr std::array<std::pair<RegionKind, std::string_view>, 7> kKinds{{
    {RegionKind::City, "city"},
    {RegionKind::County, "county"},
    {RegionKind::SubZone, "sub-zone"},
    {RegionKind::Basin, "basin"},
    {RegionKind::IrrigationDistrict, "irrigation-district"},
    {RegionKind::SupplyUtility, "supply-utility"},
    {RegionKind::Reservoir, "reservoir"},
}};
} // namespace

const char* regionKindId(RegionKind kind) {
    for (const auto& [k, id] : kKinds)
        if (k == kind)
            return id.data();
    return "county";
}

std::optional<RegionKind> regionKindFromId(std::string_view id) {
    for (const auto& [k, name] : kKinds)
        if (name == id)
            return k;
    return std::nullopt;
}

} // namespace jieshui::core
