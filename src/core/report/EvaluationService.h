// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/EngineSettings.h"
#include "model/Dataset.h"
#include "report/GoalSeekOutcome.h"
#include "report/QuotaCheck.h"
#include "report/ScenarioResult.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioSet.h"
#include "scenario/TrendEstimator.h"
#include "uncertainty/UncertaintyModel.h"
#include "uncertainty/UncertaintyOptions.h"
#include "uncertainty/UncertaintyResult.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

class ScenarioSet;

/** How a project is judged; the same for every front end. */
struct EvaluationSettings {
    EngineSettings engine;
    /** Met by less than this share of the target value counts as at risk (0.02 = 2 %). */
    double atRiskMargin = 0.02;
    /** Total-use caps are judged in the assessment scope (考核口径), as the plan's assessment does. */
    bool assessmentScopeForCaps = true;
    /** Scenarios are projected to this year; 0 = the plan's last year (core::PlanYears). */
    int horizonYear = 0;
};

/**
 * The one evaluation pipeline of the program: the window, the CLI, export-map, the reports and the
 * stored results all call it, so the same inputs give the same verdicts, values and quotas everywhere.
 *
 * evaluate() validates the scenarios, estimates the baseline trend from the observed years, projects the
 * scenario to the horizon (Projector::run into one table), judges every plan target (Evaluator) and applies
 * every city target to each county, caps against the county's quota found by allocationFor(). A project
 * without scenarios is judged on its observed years alone. The observed data are compiled once
 * (CompiledProject, with the trend cached until observedChanged()); a scenario's projection stands over them
 * as an overlay, so no evaluation copies the dataset.
 *
 * The inputs are referenced, not copied: they must outlive the service and every ScenarioResult it
 * returns. After editing the statistics, regions or targets call observedChanged(); scenario, override and
 * allocation edits need nothing (they are read at each evaluate()). Const methods may run concurrently.
 */
class EvaluationService {
public:
    EvaluationService(const Dataset& observed, const std::vector<Scenario>& scenarios,
                      const std::vector<Allocation>& allocations, EvaluationSettings settings = {});

    const EvaluationSettings& settings() const { return m_settings; }
    const Dataset& observed() const { return m_observed; }
    /** The scenarios and allocations evaluated (the project's, as they are now). */
    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const std::vector<Allocation>& allocations() const { return m_allocations; }

    /** Drops what was derived from the observed data (the compiled form, the trend); call after editing it.
     */
    void observedChanged();

    /** The observed data compiled (once, until observedChanged()): what every evaluation reads. */
    std::shared_ptr<const CompiledProject> compiled() const;

    /** The scenarios' names in the project's order; empty when the project has none. */
    std::vector<std::string> scenarioNames() const;
    /** The scenario shown when none is chosen: the first baseline; empty when there are no scenarios. */
    std::string defaultScenario() const;

    /**
     * The quota split @p scenario is judged against in @p year — the one rule for every front end: the
     * scenario's own allocation of that year, else its parent's, up to the baseline; else an allocation
     * stored without a scenario (project-wide). nullptr when there is none.
     */
    const Allocation* allocationFor(std::string_view scenario, int year) const;

    /** The plan's base year (core::PlanYears: the base year its targets name, else the first statistic). */
    int baseYear() const;
    /** The year scenarios are projected to: settings().horizonYear, else the plan's last year. */
    int horizonYear() const;

    /**
     * Evaluates @p scenario (empty = defaultScenario()). Errors, each located: an unknown scenario, an
     * invalid scenario set (duplicate names, cycles, overrides out of range), a trend or projection that
     * cannot be made (e.g. no GDP in the last observed year).
     */
    Result<ScenarioResult> evaluate(std::string_view scenario = {}) const;

    /** The observed years judged alone, without any projection (what a failed projection falls back to). */
    Result<ScenarioResult> evaluateObserved() const;

    /**
     * The probability of meeting each target of @p scenario (empty = defaultScenario()) given how uncertain
     * the inputs are (@p model: the project's defaults per provenance, statistics rules, driver ranges): a
     * Monte Carlo run (core::MonteCarlo, docs/methods.md) over the same compiled engine, trend, projection,
     * targets and allocation rule as evaluate(), so its centre is evaluate()'s numbers. For every plan target
     * and every city target applied to each county: P(met), the 5–50–95 % band of the value and the inputs
     * that move it most; the fans of options.trajectories. @p feedback (optional): progress and cancel.
     * Errors: those of evaluate(), a project without scenarios, an invalid model or options, Cancelled.
     */
    Result<UncertaintyResult> uncertainty(std::string_view scenario, const UncertaintyModel& model,
                                          const UncertaintyOptions& options = {},
                                          Feedback* feedback = nullptr) const;

    /**
     * Evaluates @p scenario of @p variant — the project's scenarios changed (a trial scenario added or
     * edited) — on the same observed data, trend and allocations: "what if" without editing the project.
     */
    Result<ScenarioResult> evaluateVariant(const std::vector<Scenario>& variant,
                                           std::string_view scenario) const;

    /**
     * The effective value of @p driver for @p regionCode (a county, or the city for its city-wide value) in
     * @p year under @p scenario, and where it comes from: an override of the scenario or of an ancestor, or
     * the baseline trend. MissingData for the city when no level sets a city-wide value.
     */
    Result<DriverOrigin> driverOrigin(std::string_view scenario, std::string_view regionCode, Driver driver,
                                      int year) const;

    /**
     * Splits @p request.cap (QuotaAllocator: method, pinned manual shares, rounding) over the counties with
     * the data of @p scenario — observed, then projected (GDP share and equal intensity read the target
     * year). The result belongs to @p scenario; shares in the dataset's county order.
     */
    Result<Allocation> allocate(std::string_view scenario, Allocation request) const;

    /**
     * Judges every county of @p result against its quota in @p allocation, as the map does: against the
     * plan's cap of that year (its scope), or, when the plan has none, against the allocation's cap.
     */
    QuotaCheck checkQuotas(const ScenarioResult& result, const Allocation& allocation) const;

    /**
     * "What does it take?" for the target @p targetId in @p scenario: the smallest uniform annual
     * intensity decline — and, for caps, the highest real growth — that brings it to Met, for the city and
     * for each county (its city target applied to it). Errors: unknown scenario or target, a key-task
     * milestone, a target whose year is observed (nothing projected can change it), a project without
     * scenarios.
     */
    Result<GoalSeekOutcome> goalSeek(std::string_view scenario, std::string_view targetId) const;

private:
    /** The compiled data and the trend of the same snapshot. */
    struct Derived {
        std::shared_ptr<const CompiledProject> compiled;
        std::shared_ptr<const Result<TrendEstimate>> trend;
    };
    Derived derived(bool withTrend) const;
    /** Fills @p set with the project's scenarios, checked, @p name among them. */
    Status fillScenarioSet(const std::string& name, ScenarioSet& set) const;
    ScenarioResult judge(std::string scenario, std::shared_ptr<const CompiledProject> compiled,
                         std::shared_ptr<const Projection> projection, const ValueOverlay* layout) const;

    const Dataset& m_observed;
    const std::vector<Scenario>& m_scenarios;
    const std::vector<Allocation>& m_allocations;
    EvaluationSettings m_settings;
    mutable std::mutex m_mutex;
    mutable Derived m_derived;
};

} // namespace jieshui::core
