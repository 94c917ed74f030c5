// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"
#include "model/PlanTarget.h"

#include <string>

namespace jieshui::core {

/**
 * The one place where indicator values become the numbers Chinese reports print: volumes in 亿m³,
 * intensities in m³/万元, rates in %, the irrigation coefficient as a bare number to three places, key-task
 * milestones in the unit the plan wrote them in (万亩, 个, %). The window, the CLI, the exports and the
 * engine's explanations all format through it, so a value reads the same everywhere. Numbers use a
 * decimal point and no group separators ("46311", not "46,311"); words (percentage points, done) are the
 * callers' to translate.
 */
class IndicatorDisplay {
public:
    /** The value in the display unit of @p indicator (e.g. 1.653e9 m³ → 16.53 for 亿m³). */
    static double toDisplay(Indicator indicator, double baseValue);
    /** The inverse of toDisplay(): a value typed in the display unit back to the base unit. */
    static double fromDisplay(Indicator indicator, double displayValue);
    /** The display unit symbol, e.g. "亿m³", "m³/万元", "%", or "" for the coefficient. */
    static std::string unit(Indicator indicator);
    /** Number of decimals reports show for the indicator (coefficient 3, volumes 2, % and intensities 1). */
    static int decimals(Indicator indicator);
    /** The display value formatted with its decimals (no unit), e.g. "16.53". */
    static std::string format(Indicator indicator, double baseValue);
    /** As format(), with a sign for gaps and changes, e.g. "+0.42" (never "-0.00"). */
    static std::string formatSigned(Indicator indicator, double baseValue);
    /** format() with the unit: "16.53 亿m³", "37.4 %", "0.503". */
    static std::string formatWithUnit(Indicator indicator, double baseValue);
    /** True when differences of @p indicator are percentage points (a "%" indicator). */
    static bool differencesInPercentagePoints(Indicator indicator);

    /** True for a done/not-done milestone (unit "flag"): callers show words, not numbers. */
    static bool isFlag(const PlanTarget& target) { return target.unit == "flag"; }
    /** A target's value in its own terms: the display unit, or the plan's unit for key-task milestones. */
    static double toTargetUnit(const PlanTarget& target, double baseValue);
    /** The unit a target's values are shown in ("亿m³", "万亩", "个", ""; "" also for flags and "1"). */
    static std::string targetUnit(const PlanTarget& target);
    /**
     * A target's value (or, with @p withSign, a gap) as a number in its own terms, without unit:
     * whole milestone numbers without decimals, other milestone numbers with two.
     */
    static std::string formatForTarget(const PlanTarget& target, double baseValue, bool withSign = false);
    /**
     * The decimals formatForTarget() shows @p baseValue of @p target with: the indicator's decimals, or for a
     * milestone 0 when its value in the plan's unit is whole and 2 otherwise. Spreadsheet exports take their
     * number formats from it, so a cell shows what the window shows while holding the full value.
     */
    static int decimalsForTarget(const PlanTarget& target, double baseValue);

    /** An annual rate (fraction per year) as a percentage with one decimal and a sign, e.g. "-6.9". */
    static std::string formatAnnualRate(double fractionPerYear);

    /**
     * A probability (0–1) in whole percent with the sign: "83 %"; "<1 %" and ">99 %" just short of the ends, so
     * that a rare outcome of a sampled probability never reads as impossible or certain; "0 %" and "100 %"
     * only for exactly 0 and 1.
     */
    static std::string formatProbability(double probability);
    /** A range of a target's values in its own terms, "16.10–17.20" (formatForTarget() of each end). */
    static std::string formatRange(const PlanTarget& target, double lowBase, double highBase);
};

} // namespace jieshui::core
