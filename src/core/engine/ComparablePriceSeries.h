// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "units/Quantities.h"

#include <string>
#include <vector>

namespace jieshui::core {

/**
 * A current-price series (GDP or industrial value added) with its official 上年=100 volume indices,
 * turned into comparable (constant base-year) prices (domain-methods.md §1.2):
 *
 *   I_t = Π_{k=base+1..t} (i_k / 100),   X_t(base prices) = X_base(current) × I_t,
 *   reduction_t = 1 − (W_t / W_base) · (1 / I_t).
 *
 * Values are never taken from typed-in "real" figures: only current prices and indices. A year after
 * the base without an index is an IndexChainGap error naming that year.
 */
class ComparablePriceSeries {
public:
    /**
     * @param baseYear the price base (2015 for the 2020/2022 targets, 2020 for 十四五 targets)
     * @param indexVariable the statistics variable of the indices, used as the error field
     */
    explicit ComparablePriceSeries(int baseYear, std::string indexVariable = "econ.gdp_index");

    int baseYear() const { return m_baseYear; }

    /** Records the 上年=100 index of @p year in points (e.g. 107.5); a non-positive index is InvalidValue. */
    Status setIndex(int year, double pointsPreviousYear100);

    /**
     * I_t as a factor (base year = 1.0; 1.45 means 145 on base = 100). Years before the base are chained
     * backwards (I_t = 1 / Π_{k=t+1..base} i_k/100). IndexChainGap names the first missing year.
     */
    Result<double> volumeFactor(int year) const;

    /** X_t at base-year prices from the base year's current-price value (yuan). */
    Result<Money> comparableValue(Money baseYearCurrentValue, int year) const;

    /** Intensity reduction vs the base year at comparable prices, 1 − (W_t/W_0)(1/I_t). W_0 must be positive.
     */
    Result<Ratio> intensityReduction(WaterVolume baseUse, WaterVolume use, int year) const;

    /** The same from a known factor I_t (> 0); W_0 must be positive. */
    static Result<Ratio> reductionFromFactor(WaterVolume baseUse, WaterVolume use, double volumeFactor);

    /** Implied deflator (current / comparable) of a year, for display. */
    Result<double> impliedDeflator(Money baseYearCurrentValue, Money currentValue, int year) const;

private:
    double indexAt(int year) const; ///< factor i_k/100, or 0 when missing
    int m_baseYear;
    std::string m_indexVariable;
    int m_firstYear = 0;
    std::vector<double> m_factors; ///< i_k / 100 from m_firstYear; 0 = missing
};

} // namespace jieshui::core
