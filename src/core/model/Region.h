// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/IrrigationDistrictProfile.h"
#include "model/Provenance.h"

#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

enum class RegionKind { City, County, SubZone, Basin, IrrigationDistrict, SupplyUtility, Reservoir };

/** "city", "county", "sub-zone", "basin", "irrigation-district", "supply-utility", "reservoir". */
const char* regionKindId(RegionKind kind);
std::optional<RegionKind> regionKindFromId(std::string_view id);

/**
 * A unit that statistics and targets refer to. Counties carry GB/T 2260 codes; other regions carry
 * project codes (e.g. "450702-GZ" for a sub-zone, "BASIN-QINJIANG"). The parent of a county is the city,
 * of a sub-zone, district or utility the county it lies in.
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
