// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/EngineSettings.h"
#include "engine/IndicatorGrid.h"
#include "engine/IndicatorValue.h"
#include "engine/LeakageCalculator.h"
#include "engine/RegionIndex.h"
#include "engine/Verdict.h"
#include "engine/WaterUseLedger.h"
#include "model/Dataset.h"
#include "scenario/Allocation.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

struct EvaluationOptions {
    std::string scenario = "baseline"; ///< label copied into verdicts
    int year = 0;                      ///< only targets of this year; 0 = every target
    /** Met by less than this share of the target value counts as at risk (e.g. 0.02 = 2 %). */
    double atRiskMargin = 0.02;
    /** Total water use: judge against the bulletin scope (false) or the assessment scope (true). */
    bool assessmentScopeForCaps = true;
};

/**
 * Computes every indicator by the official method (domain-methods.md, docs/methods.md) from a Dataset
 * and judges plan targets. Pure and const: one Evaluator may be shared by threads. The region
 * structure (counties, utilities, districts under each region) is indexed at construction: build a new
 * Evaluator after adding or removing regions; statistics and targets are read live.
 */
class Evaluator {
public:
    explicit Evaluator(const Dataset& dataset, EngineSettings settings = {});

    const EngineSettings& settings() const { return m_settings; }

    /**
     * One indicator of one region and year, in the base unit of the indicator's dimension (m³, m³/yuan,
     * fraction). Reductions are measured against @p baseYear at its comparable prices. MissingData (with
     * what is missing), InvalidValue or IndexChainGap — each located — when it cannot be computed.
     * TaskMilestone needs a variable: use computeTask().
     */
    Result<IndicatorValue> compute(Indicator indicator, const std::string& regionCode, int year,
                                   int baseYear = 2015) const;

    /**
     * The actual of a key-task target (target.variable, target.regionCode, target.year): with a per-year
     * unit ("/年", "/a") the amount of that year; otherwise the latest value recorded up to the year
     * (task variables hold the state reached to date: cumulative area, count, share, done flag).
     */
    Result<IndicatorValue> computeTask(const PlanTarget& target) const;

    /** compute() for every year of [fromYear, toYear], in year order (one entry per year). */
    std::vector<Result<IndicatorValue>> computeSeries(Indicator indicator, const std::string& regionCode,
                                                      int fromYear, int toYear, int baseYear = 2015) const;

    /**
     * The CJJ 92-2016 details behind the leakage indicators of a region (utilities under it, or the
     * utility itself): R_WL, R1–R4, R_BL and 产销差率 when every utility reports billed use.
     */
    Result<LeakageResult> leakageDetails(const std::string& regionCode, int year) const;

    /**
     * Every indicator of @p indicators for every region and year of [fromYear, toYear], as dense grids (one
     * per indicator, in order): the numbers of compute() without its method text, computed in one pass
     * per region (each statistic looked up once) — the path for maps, tables and large region sets.
     */
    std::vector<IndicatorGrid> computeGrid(const std::vector<Indicator>& indicators,
                                           const std::vector<std::string>& regionCodes, int fromYear,
                                           int toYear, int baseYear = 2015) const;

    /** Judges one target. */
    Verdict judge(const PlanTarget& target, const EvaluationOptions& options = {}) const;

    /** Judges every target of the dataset (of options.year if set), in target order. */
    std::vector<Verdict> scorecard(const EvaluationOptions& options = {}) const;

    /**
     * Applies a city target's threshold to each of @p regionCodes (the compliance map). For total-water-use
     * caps a region's cap is its share in @p allocation; without one the verdict is NoData.
     */
    std::vector<Verdict> judgeRegions(const PlanTarget& cityTarget,
                                      const std::vector<std::string>& regionCodes,
                                      const EvaluationOptions& options = {},
                                      const Allocation* allocation = nullptr) const;

private:
    Result<IndicatorValue> computeValue(Indicator indicator, const std::string& regionCode, int year,
                                        int baseYear) const;
    Result<IndicatorValue> computeForTarget(const PlanTarget& target, const EvaluationOptions& options,
                                            int year) const;
    Verdict judgeFromGrid(const PlanTarget& target, const IndicatorGrid& grid, std::size_t regionIndex,
                          const EvaluationOptions& options) const;
    std::optional<double> read(std::string_view regionCode, std::string_view variable, int year,
                               ProvenanceKind& provenance) const;
    std::optional<double> readOrCountySum(std::string_view regionCode, std::string_view variable, int year,
                                          ProvenanceKind& provenance) const;
    WaterUseLedger ledger(const std::string& regionCode, int year, ProvenanceKind& provenance) const;
    Result<LeakageResult> leakageInputs(const std::string& regionCode, int year, ProvenanceKind& provenance,
                                        int& utilitiesWithoutData) const;
    Result<IndicatorValue> totalUse(const std::string& regionCode, int year, WaterUseScope scope) const;
    Result<IndicatorValue> intensity(Indicator indicator, const std::string& regionCode, int year) const;
    Result<IndicatorValue> reduction(Indicator indicator, const std::string& regionCode, int year,
                                     int baseYear) const;
    Result<IndicatorValue> irrigationCoefficient(const std::string& regionCode, int year) const;
    Result<IndicatorValue> reuseRate(const std::string& regionCode, int year) const;
    Result<IndicatorValue> leakage(Indicator indicator, const std::string& regionCode, int year) const;
    Result<IndicatorValue> reportedFraction(Indicator indicator, const std::string& regionCode, int year,
                                            std::string_view variable, const Error& why) const;

    const Dataset& m_dataset;
    EngineSettings m_settings;
    RegionIndex m_index;
};

} // namespace jieshui::core
