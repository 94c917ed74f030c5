// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/IrrigationDistrictProfile.h"
#include "model/Provenance.h"

#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

enum class RegionKind {
    City,
    County,
    SubZone,
    Basin,
    IrrigationDistrict,
    SupplyUtility,
    Reservoir,
    Province, ///< root of a province's project: its cities lie under it
    Country   ///< root of a national project: its provinces lie under it
};

/** True for the kinds a project's root may have: a city, a province or the country. */
bool isRootKind(RegionKind kind);

/** "city", "county", "sub-zone", "basin", "irrigation-district", "supply-utility", "reservoir", "province",
 * "country". */
const char* regionKindId(RegionKind kind);
std::optional<RegionKind> regionKindFromId(std::string_view id);
/** The kind as a person names it: "县（市、区）" / "county". */
std::string_view regionKindName(RegionKind kind, bool chinese);

/** True when a region of @p kind may lie under a region of kind @p parent (the project's hierarchy). */
bool parentKindFits(RegionKind kind, RegionKind parent);
/** The parents a region of @p kind may have, in words for messages ("the city"); nullptr when any. */
const char* expectedParentKinds(RegionKind kind);

/**
 * A unit that statistics and targets refer to. Counties carry GB/T 2260 codes; other regions carry
 * project codes (e.g. "450702-GZ" for a sub-zone, "BASIN-QINJIANG"). The parent of a county is the city,
 * of a sub-zone, district or utility the county it lies in, of a city its province (in a province's
 * project), of a province the country.
 */
struct Region {
    std::string code;
    RegionKind kind = RegionKind::County;
    std::string nameZh;
    std::string nameEn;
    std::string parentCode;                 ///< empty for the root (the city)
    std::vector<std::string> countyCodes;   ///< basins: the counties they cover, in part or whole
    std::optional<IrrigationDistrictProfile> irrigation; ///< set for irrigation districts
    Provenance provenance;                  ///< of the region's attributes (areas, class)
};

} // namespace jieshui::core
