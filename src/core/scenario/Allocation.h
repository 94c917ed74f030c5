// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** How a parent cap is split among child regions. */
enum class AllocationMethod {
    BaseYearShare,           ///< in proportion to each child's use in the base year
    EqualIntensityReduction, ///< every child cuts its intensity by the same share
    GdpShare,                ///< in proportion to each child's GDP in the target year
    Manual ///< typed by hand; a child not typed has no share (no quota); the remainder is never spread
};

const char* allocationMethodId(AllocationMethod m); ///< the engine id, for files and JSON only, never shown
/**
 * The method's name for people (UTF-8), in Chinese when @p chinese: the one table the window, the CLI and
 * the exports use (e.g. "按基准年用水比例" / "Base-year share of use").
 */
const char* allocationMethodName(AllocationMethod m, bool chinese);
std::optional<AllocationMethod>
allocationMethodFromId(std::string_view id); ///< "base-year-share", "equal-intensity", "gdp-share", "manual"

/** One child's share of a cap. Volumes in m³. */
struct AllocationShare {
    std::string regionCode;
    double volume = 0.0; ///< m³
    bool manual = false; ///< typed by hand (Manual method, or a pinned share)
};

/**
 * A city cap (e.g. 16.53 亿m³ in 2022) split among counties. The shares always sum to the cap: for the
 * computed methods exactly (largest-remainder rounding to `roundingUnit`), for Manual the difference is
 * `remainder` (positive = unallocated).
 */
struct Allocation {
    std::string id;
    std::string scenario;     ///< the scenario it belongs to
    std::string parentRegion; ///< e.g. "450700"
    int year = 0;
    double cap = 0.0; ///< m³
    AllocationMethod method = AllocationMethod::BaseYearShare;
    int baseYear = 2015;
    double roundingUnit = 1e4; ///< m³ (1 万m³)
    std::vector<AllocationShare> shares;
    double remainder = 0.0; ///< cap − Σ shares, m³
};

} // namespace jieshui::core
