// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/Dimension.h"

#include <optional>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** The indicators the engine computes (domain-methods.md), each also accepted as a reported value. */
enum class Indicator {
    TotalWaterUse,             ///< 用水总量, bulletin scope (全口径), m³
    TotalWaterUseAssessment,   ///< 用水总量 考核口径: without non-conventional water, m³
    WaterPerGdp,               ///< 万元GDP用水量 at current prices, m³/yuan
    WaterPerGdpReduction,      ///< its reduction vs the base year at comparable prices, fraction
    WaterPerIva,               ///< 万元工业增加值用水量 at current prices, m³/yuan
    WaterPerIvaReduction,      ///< its reduction vs the base year at comparable prices, fraction
    IrrigationCoefficient,     ///< 农田灌溉水有效利用系数, fraction
    IndustrialReuseRate,       ///< 规模以上工业用水重复利用率, fraction
    LeakageRateComprehensive,  ///< CJJ 92 综合漏损率 R_WL, fraction
    LeakageRate,               ///< CJJ 92 漏损率 R_BL = R_WL − (R1+R2+R3+R4), fraction
    TaskMilestone              ///< a key-task quantity (area, count, share) against its milestone
};

struct IndicatorInfo {
    Indicator indicator;
    std::string_view id;       ///< e.g. "water-per-gdp-reduction"
    Dimension dimension;       ///< of the value (and of its target)
    std::string_view nameZh;
    std::string_view nameEn;
    std::string_view displayUnit; ///< e.g. "亿m³", "m³/万元", "%", "1"
};

class IndicatorCatalog {
public:
    static const IndicatorInfo& info(Indicator indicator);
    static std::optional<Indicator> fromId(std::string_view id);
    static const std::vector<IndicatorInfo>& all();
};

} // namespace jieshui::core
