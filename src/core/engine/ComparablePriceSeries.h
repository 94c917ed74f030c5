// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Outcome.h"
#include "common/Result.h"
#include "units/Quantities.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** A chained volume factor, or why there is none (plain numbers: the form the compiled engine uses). */
struct ChainOutcome {
    enum Kind : std::uint8_t { Ok, NonPositiveIndex, Gap };
    double factor = 1.0; ///< I_t (base year = 1.0)
    Kind kind = Ok;
    int year = 0; ///< the year of the non-positive or missing index

    bool ok() const { return kind == Ok; }
    ErrorCode code() const { return kind == Gap ? ErrorCode::IndexChainGap : ErrorCode::InvalidValue; }
};

/**
 * A current-price series (GDP or industrial value added) with its official 上年=100 volume indices,
 * turned into comparable (constant base-year) prices (domain-methods.md §1.2):
 *
 *   I_t = Π_{k=base+1..t} (i_k / 100),   X_t(base prices) = X_base(current) × I_t,
 *   reduction_t = 1 − (W_t / W_base) · (1 / I_t).
 *
 * Values are never taken from typed-in "real" figures: only current prices and indices. A year after
 * the base without an index is an IndexChainGap error naming that year.
 *
 * chain() and reductionOf() are the one implementation of the chain and of the reduction: the member
 * functions, the compiled engine, the quota allocator and the trend estimator all call them.
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

    /**
     * I_@p year on base @p baseYear from the 上年=100 indices that @p pointsAt(k) returns (points, NaN when
     * absent) for every k between the two years. Forwards I = Π_{k=base+1..year} i_k/100; backwards
     * I = 1 / Π_{k=year+1..base} i_k/100. A present index that is not positive is NonPositiveIndex (the
     * earliest such year), else a missing one is a Gap (the first missing year walking away from the base).
     */
    template <typename PointsAt> static ChainOutcome chain(int baseYear, int year, PointsAt&& pointsAt) {
        ChainOutcome out;
        chainEach(baseYear, year, year, pointsAt, [&out](int, const ChainOutcome& o) { out = o; });
        return out;
    }

    /**
     * chain(@p baseYear, y) for every y of [@p fromYear, @p toYear] in one walk away from the base (each index
     * read once): @p emit(y, outcome) is called for each y as soon as its outcome is known, forwards in
     * increasing years, backwards in decreasing years. The same multiplications in the same order as chain(),
     * which is this for one year.
     */
    template <typename PointsAt, typename Emit>
    static void chainEach(int baseYear, int fromYear, int toYear, PointsAt&& pointsAt, Emit&& emit) {
        const auto outcome = [](double factor, int bad, int gap) {
            ChainOutcome o;
            o.factor = factor;
            if (bad != 0) {
                o.kind = ChainOutcome::NonPositiveIndex;
                o.year = bad;
            } else if (gap != 0) {
                o.kind = ChainOutcome::Gap;
                o.year = gap;
            }
            return o;
        };
        if (toYear >= baseYear) {
            double factor = 1.0;
            int bad = 0;
            int gap = 0;
            if (fromYear <= baseYear)
                emit(baseYear, outcome(factor, bad, gap));
            for (int k = baseYear + 1; k <= toYear; ++k) {
                const double p = pointsAt(k);
                if (std::isnan(p)) {
                    gap = gap != 0 ? gap : k;
                } else if (!(p > 0.0)) {
                    bad = bad != 0 ? bad : k;
                } else {
                    factor *= p / 100.0;
                }
                if (k >= fromYear)
                    emit(k, outcome(factor, bad, gap));
            }
        }
        if (fromYear < baseYear) {
            // The index of year k links k − 1 to k: divide backwards from the base.
            double factor = 1.0;
            int bad = 0;
            int gap = 0;
            for (int k = baseYear; k > fromYear; --k) {
                const double p = pointsAt(k);
                if (std::isnan(p)) {
                    gap = gap != 0 ? gap : k;
                } else if (!(p > 0.0)) {
                    bad = k;
                } else {
                    factor /= p / 100.0;
                }
                if (k - 1 <= toYear)
                    emit(k - 1, outcome(factor, bad, gap));
            }
        }
    }
    /** The message of a failed chain on @p baseYear of @p indexVariable, located at the year. */
    static Error chainError(const ChainOutcome& chain, int baseYear, std::string_view indexVariable);

    /**
     * 1 − (W_t/W_0) / I_t on plain numbers (m³, m³, factor): the reduction, or the error code when W_0 ≤ 0,
     * W_t < 0 or I_t ≤ 0 (reductionFromFactor() gives the message).
     */
    static Outcome<double> reductionOf(double baseUse, double use, double volumeFactor) {
        if (!(baseUse > 0.0) || use < 0.0 || !(volumeFactor > 0.0))
            return Outcome<double>::failure(ErrorCode::InvalidValue);
        // (W_t/GDP_t) / (W_0/GDP_0) with GDP_t = GDP_0 · I_t at base prices: GDP_0 cancels out.
        return Outcome<double>::success(1.0 - (use / baseUse) / volumeFactor);
    }

private:
    int m_baseYear;
    std::string m_indexVariable;
    int m_firstYear = 0;
    std::vector<double> m_points; ///< i_k in points from m_firstYear; NaN = missing
};

} // namespace jieshui::core
