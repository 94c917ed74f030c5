// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Outcome.h"
#include "common/Result.h"
#include "units/Quantities.h"

#include <cstdint>
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
 *
 * The Accumulator is the one implementation (numbers, no allocation): rate() and the compiled engine use it.
 */
class ReuseRateCalculator {
public:
    /** Why a unit's volumes cannot be added: a negative reused or fresh volume. */
    enum class Fault : std::uint8_t { None, ReusedNegative, FreshNegative };

    class Accumulator {
    public:
        /** Adds one unit (m³); a fault leaves the sums unusable: stop there. */
        Fault add(double reused, double fresh);
        /** ΣV_r / Σ(V_r + V_f), or MissingData when the total is not positive. */
        Outcome<double> rate() const;

    private:
        double m_reused = 0.0;
        double m_total = 0.0;
    };

    /** MissingData for no units or zero total use; InvalidValue naming the unit for a negative volume. */
    static Result<Ratio> rate(const std::vector<ReuseVolumes>& units);

    /** The message of a unit's fault (code = the unit), or of a missing total (Fault::None). */
    static Error error(Fault fault, const std::string& code);
};

} // namespace jieshui::core
