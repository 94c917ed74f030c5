// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "model/Dataset.h"
#include "scenario/BaselineDrivers.h"
#include "scenario/TrendNote.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

struct TrendOptions {
    int firstYear = 0;      ///< first observed year used; 0 = the earliest available
    int lastYear = 0;       ///< last observed year used; 0 = Projector::lastObservedYear
    int growthWindow = 5;   ///< years of 上年=100 indices averaged for the growth rates
    int horizonYear = 2035; ///< the year the level drivers refer to
};

/** The baseline drivers and, in plain words, every assumption the estimator had to make. */
struct TrendEstimate {
    BaselineDrivers drivers;
    std::vector<TrendNote> notes;
};

/**
 * Derives the business-as-usual (BAU) drivers of each county from its observed years.
 *
 * Method (all rates are fractions per year):
 * - GDP and IVA real growth: the geometric mean of the official 上年=100 indices of the last
 *   `growthWindow` observed years, (Π iₖ/100)^(1/n) − 1, i.e. the compound annual real growth.
 * - Sector intensity change: a least-squares fit of ln(intensity) against the year, change = e^b − 1, over
 *   every observed year with data. Intensities: industry = water.industry / real IVA, domestic =
 *   (water.urban_public + water.residential) / real GDP, agriculture = water.farmland_irrigation /
 *   agri.irrigated_area. Real values chain the 上年=100 index from the first observed current-price value
 *   (comparable prices of the first year, ComparablePriceSeries::chain); the series stops at a missing index.
 * - Irrigated-area change: the same log-linear fit of agri.irrigated_area.
 * - Coefficient, leakage and reuse levels (ObservedLevels: the reported value, else the engine's
 *   computation from the detail data): the gap to the level's bound — 1 − η for the coefficient,
 *   1 − R for the reuse rate, the leakage rate itself (bound 0) — is fitted log-linearly like the
 *   intensities and read at the horizon year, so the level approaches its bound ever more slowly and
 *   never crosses it (a straight line would give Qinzhou a 3 % leakage rate by 2035). One observation,
 *   or a gap of 0, is held flat; no observation leaves the driver undefined (nothing is projected).
 * - A rate that cannot be estimated (fewer than two usable years, no index) is set to 0 (held) and a note
 *   says so; a fitted rate outside [−50 %, +100 %]/yr is clamped, with a note.
 */
class TrendEstimator {
public:
    /** Compiles @p observed (a snapshot). */
    explicit TrendEstimator(const Dataset& observed);
    explicit TrendEstimator(std::shared_ptr<const CompiledProject> observed);

    /** Drivers for every county of the dataset (ScenarioRegions::fromDataset). MissingData when no GDP at
     * all. */
    Result<TrendEstimate> estimate(const TrendOptions& options = {}) const;

    /** (Π iₖ/100)^(1/n) − 1 over 上年=100 indices; nullopt when empty or an index is not positive. */
    static std::optional<double> meanGrowthFromIndices(const std::vector<double>& indices);
    /** e^b − 1 for the least-squares line ln(v) = a + b·year; nullopt for < 2 points or a value ≤ 0. */
    static std::optional<double> logLinearAnnualChange(const std::vector<int>& years,
                                                       const std::vector<double>& values);
    /**
     * The least-squares line ln(v) = a + b·year read at @p atYear, e^(a + b·atYear); the value itself for a
     * single point; nullopt when empty or a value ≤ 0.
     */
    static std::optional<double> logLinearTrendAt(const std::vector<int>& years,
                                                  const std::vector<double>& values, int atYear);

private:
    std::shared_ptr<const CompiledProject> m_project;
};

} // namespace jieshui::core
