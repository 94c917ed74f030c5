// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/EngineSettings.h"
#include "engine/EngineView.h"
#include "engine/EvaluationOptions.h"
#include "engine/IndicatorGrid.h"
#include "engine/IndicatorKernel.h"
#include "engine/IndicatorValue.h"
#include "engine/LeakageCalculator.h"
#include "engine/ValueOverlay.h"
#include "engine/Verdict.h"
#include "engine/WaterUseLedger.h"
#include "model/Dataset.h"
#include "scenario/Allocation.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Computes every indicator by the official method (domain-methods.md, docs/methods.md) and judges plan
 * targets, with the text a reader needs: each value's method, each error's located message, each verdict's
 * explanation. A convenience over the compiled form (CompiledProject + IndicatorKernel, which holds the one
 * implementation of every formula): constructed from a Dataset it compiles it (a snapshot: build a new
 * Evaluator after the dataset changes); constructed from a compiled project and a scenario's overlay it reads
 * the scenario's projected years without any copy of the data. Pure and const: one Evaluator may be shared
 * by threads.
 */
class Evaluator {
public:
    explicit Evaluator(const Dataset& dataset, EngineSettings settings = {});
    /** Over @p project, with @p overlay (a scenario's projection; may be null) standing over its values. */
    explicit Evaluator(std::shared_ptr<const CompiledProject> project, const ValueOverlay* overlay = nullptr);

    Evaluator(const Evaluator&) = delete;
    Evaluator& operator=(const Evaluator&) = delete;

    const EngineSettings& settings() const { return m_project->settings(); }
    const CompiledProject& project() const { return *m_project; }
    const std::shared_ptr<const CompiledProject>& sharedProject() const { return m_project; }
    const EngineView& view() const { return m_view; }
    const IndicatorKernel& kernel() const { return m_kernel; }

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
     * per indicator, in order): the numbers of compute() without its text — the path for maps, tables and
     * large region sets.
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

    /** A statistic as the engine reads it (the overlay's projected value first), base unit; nullopt if none. */
    std::optional<double> statistic(std::string_view regionCode, std::string_view variable, int year) const;

private:
    Verdict judgeOne(const PlanTarget& target, const EvaluationOptions& options, bool withMethod) const;
    Result<IndicatorValue> targetValueAt(const PlanTarget& target, const TargetSpec& spec, int year) const;

    std::shared_ptr<const CompiledProject> m_project;
    EngineView m_view;
    IndicatorKernel m_kernel;
};

} // namespace jieshui::core
