// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Region.h"

#include <array>
#include <utility>

namespace jieshui::core {

namespace {
struct KindNames {
    RegionKind kind;
    std::string_view id;
    std::string_view nameZh;
    std::string_view nameEn;
};
constexpr std::array<KindNames, 9> kKinds{{
    {RegionKind::City, "city", "市", "city"},
    {RegionKind::County, "county", "县（市、区）", "county"},
    {RegionKind::SubZone, "sub-zone", "功能区", "sub-zone"},
    {RegionKind::Basin, "basin", "流域", "basin"},
    {RegionKind::IrrigationDistrict, "irrigation-district", "灌区", "irrigation district"},
    {RegionKind::SupplyUtility, "supply-utility", "供水单位", "water supply utility"},
    {RegionKind::Reservoir, "reservoir", "水库", "reservoir"},
    {RegionKind::Province, "province", "省（自治区、直辖市）", "province"},
    {RegionKind::Country, "country", "全国", "country"},
}};
} // namespace

const char* regionKindId(RegionKind kind) {
    for (const KindNames& k : kKinds)
        if (k.kind == kind)
            return k.id.data();
    return "county";
}

std::optional<RegionKind> regionKindFromId(std::string_view id) {
    for (const KindNames& k : kKinds)
        if (k.id == id)
            return k.kind;
    return std::nullopt;
}

std::string_view regionKindName(RegionKind kind, bool chinese) {
    for (const KindNames& k : kKinds)
        if (k.kind == kind)
            return chinese ? k.nameZh : k.nameEn;
    return {};
}

bool isRootKind(RegionKind kind) {
    return kind == RegionKind::City || kind == RegionKind::Province || kind == RegionKind::Country;
}

bool parentKindFits(RegionKind kind, RegionKind parent) {
    switch (kind) {
    case RegionKind::County:
        // A province-level unit without prefecture level (Hong Kong, Macao) holds its districts directly.
        return parent == RegionKind::City || parent == RegionKind::Province;
    case RegionKind::Basin:
        return parent == RegionKind::City || parent == RegionKind::Province;
    case RegionKind::City:
        return parent == RegionKind::Province;
    case RegionKind::Province:
        return parent == RegionKind::Country;
    case RegionKind::SubZone:
    case RegionKind::SupplyUtility:
        return parent == RegionKind::County;
    case RegionKind::Reservoir:
        return parent == RegionKind::County || parent == RegionKind::City;
    default:
        return true;
    }
}

const char* expectedParentKinds(RegionKind kind) {
    switch (kind) {
    case RegionKind::County:
        return "the city or the province";
    case RegionKind::Basin:
        return "the city or the province";
    case RegionKind::City:
        return "a province";
    case RegionKind::Province:
        return "the country";
    case RegionKind::SubZone:
    case RegionKind::SupplyUtility:
        return "a county";
    case RegionKind::Reservoir:
        return "a county or the city";
    default:
        return nullptr;
    }
}

} // namespace jieshui::core
