// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "units/Quantities.h"

#include <string>
#include <vector>

namespace jieshui::core {

/** The above-scale industry volumes of one unit (county or enterprise group). m³. */
struct ReuseVolumes {
    std::string code;                    ///< unit code, for errors
    WaterVolume reused = cubicMetres(0); ///< V_r 重复利用水量
    WaterVolume fresh = cubicMetres(0);  ///< V_f 新水量 (取水量)
};

/**
 * 规模以上工业用水重复利用率 (domain-methods.md §4): R = ΣV_r / Σ(V_r + V_f) over the units, i.e. the
 * volumes are aggregated, never the percentages averaged.
 */
class ReuseRateCalculator {
public:
    /** MissingData for no units or zero total use; InvalidValue naming the unit for a negative volume. */
    static Result<Ratio> rate(const std::vector<ReuseVolumes>& units);
};

} // namespace jieshui::core
