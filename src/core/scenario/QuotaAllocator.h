// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/Evaluator.h"
#include "model/Dataset.h"
#include "scenario/Allocation.h"

#include <memory>
#include <string>
#include <vector>

namespace jieshui::core {

/**
 * Splits a parent cap (m³) among child regions so that the shares add up.
 *
 * Weights per child (as the engine reads them: a scenario's projected years through its overlay):
 * - BaseYearShare: total water use (bulletin scope, the engine's one water total) in the base year.
 * - EqualIntensityReduction: cap_i = A_i,target · (W_i,base / A_i,base) · k, A = real GDP at base-year
 *   prices (GDP_base · Π 上年=100 indices / 100 from base+1 to the target year,
 * ComparablePriceSeries::chain), k common so that Σ = cap: every child cuts its water per real GDP by the
 * same share.
 * - GdpShare: current-price GDP in the target year.
 * - Manual: the shares as typed, and only those: a child given no value gets no share (no quota, not 0);
 *   `remainder` = cap − Σ shares (positive = unallocated, negative = over-allocated), never spread.
 * In the computed methods a share marked `manual` in the request is pinned: it is kept as typed and the
 * rest of the cap is split among the other children by their weights.
 *
 * Rounding: each computed share is a whole number of `roundingUnit`s by the largest-remainder method
 * (Hamilton), so the computed shares sum exactly to the cap; if the cap itself is not a whole number of
 * units, the odd part goes to the child with the largest share. Σ shares == cap holds in floating point.
 */
class QuotaAllocator {
public:
    /** Over @p dataset (compiled here). */
    explicit QuotaAllocator(const Dataset& dataset);
    /** Over an engine (e.g. a scenario's: a compiled project with its projection); it must outlive this. */
    explicit QuotaAllocator(const Evaluator& engine);

    /**
     * Allocates @p request.cap of @p request.parentRegion for @p request.year. The children are
     * @p childCodes, or when empty the parent's children of kind County or SubZone in the dataset.
     * Returns the request with `shares` (one per child, in child order; for Manual one per typed child) and
     * `remainder` filled in.
     * Errors: negative or non-finite cap or rounding unit ≤ 0 (InvalidValue); no children; a pinned share
     * for a region that is not a child, or negative; pinned shares above the cap; missing base-year or
     * target-year data for a child (MissingData / IndexChainGap, located: region, year); all weights zero.
     */
    Result<Allocation> allocate(Allocation request, std::vector<std::string> childCodes = {}) const;

    /**
     * Largest-remainder rounding of @p total into whole @p unit multiples proportional to @p weights
     * (weights ≥ 0, not all 0). The result sums exactly to @p total (see the class comment).
     */
    static std::vector<double> splitByLargestRemainder(double total, const std::vector<double>& weights,
                                                       double unit);

private:
    Result<double> weight(const Allocation& request, const std::string& child) const;

    std::unique_ptr<Evaluator> m_owned;
    const Evaluator& m_engine;
};

} // namespace jieshui::core
