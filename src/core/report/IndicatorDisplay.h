// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"

#include <string>

namespace jieshui::core {

/**
 * Converts indicator values from the engine's base units to the units Chinese reports use:
 * volumes in 亿m³, intensities in m³/万元, rates in %, the irrigation coefficient as a bare number.
 */
class IndicatorDisplay {
public:
    /** The value in the display unit of @p indicator (e.g. 1.653e9 m³ → 16.53 for 亿m³). */
    static double toDisplay(Indicator indicator, double baseValue);
    /** The display unit symbol, e.g. "亿m³", "m³/万元", "%", or "" for the coefficient. */
    static std::string unit(Indicator indicator);
    /** Number of decimals reports show for the indicator (coefficient 3, volumes 2, % 1). */
    static int decimals(Indicator indicator);
    /** The display value formatted with its decimals (no unit), e.g. "16.53". */
    static std::string format(Indicator indicator, double baseValue);
    /** As format(), with a sign for gaps, e.g. "+0.42". */
    static std::string formatSigned(Indicator indicator, double baseValue);
};

} // namespace jieshui::core
