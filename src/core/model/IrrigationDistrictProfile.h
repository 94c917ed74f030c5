// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/Quantities.h"

#include <optional>
#include <string_view>

namespace jieshui::core {

/** Size class of an irrigation district, by design irrigated area (domain-methods.md §2.2). */
enum class DistrictClass {
    Large,    ///< 大型, ≥ 30 万亩
    Medium,   ///< 中型, 1–30 万亩 (band from the design area)
    Small,    ///< 小型, < 1 万亩
    WellOnly  ///< 纯井灌区, groundwater only
};

/** Band of a medium district: 15–30, 5–15 or 1–5 万亩. */
enum class MediumBand { From15To30, From5To15, From1To5 };

/** Water source type of a small district: 提水 (pumped) or 自流 (gravity). */
enum class SourceType { Pumped, Gravity };

/** Irrigation method of a well-only district. */
enum class WellMethod { EarthCanal, LinedCanal, Pipe, Sprinkler, Micro };

const char* districtClassId(DistrictClass c);      ///< "large", "medium", "small", "well-only"
std::optional<DistrictClass> districtClassFromId(std::string_view id);
const char* sourceTypeId(SourceType s);            ///< "pumped", "gravity"
std::optional<SourceType> sourceTypeFromId(std::string_view id);
const char* wellMethodId(WellMethod m);            ///< "earth-canal", "lined-canal", "pipe", "sprinkler", "micro"
std::optional<WellMethod> wellMethodFromId(std::string_view id);

/** Band of a medium district from its design area (1–5, 5–15, 15–30 万亩; the upper bound inclusive). */
MediumBand mediumBandFor(Area designArea);

/** What the coefficient aggregation needs to know about a district besides its yearly water. */
struct IrrigationDistrictProfile {
    DistrictClass districtClass = DistrictClass::Small;
    SourceType sourceType = SourceType::Gravity;     ///< used for small districts
    WellMethod wellMethod = WellMethod::EarthCanal;  ///< used for well-only districts
    Area designArea = squareMetres(0);               ///< 设计灌溉面积
    Area effectiveArea = squareMetres(0);            ///< 有效灌溉面积
    std::string countyCode;                          ///< GB/T 2260 code of the county it lies in
};

} // namespace jieshui::core
