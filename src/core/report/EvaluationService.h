// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/EngineSettings.h"
#include "model/Dataset.h"
#include "report/ScenarioResult.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
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

/** How a project is judged; the same for every front end. */
struct EvaluationSettings {
    EngineSettings engine;
    /** Met by less than this share of the target value counts as at risk (0.02 = 2 %). */
    double atRiskMargin = 0.02;
    /** Total-use caps are judged in the assessment scope (考核口径), as the plan's assessment does. */
    bool assessmentScopeForCaps = true;
    /** Scenarios are projected to this year. */
    int horizonYear = 2035;
};

/**
 * The one evaluation pipeline of the program: the window, the CLI, export-map, the reports and the
 * stored results all call it, so the same inputs give the same verdicts, values and quotas everywhere.
 *
 * evaluate() validates the scenarios, estimates the baseline trend from the observed years, projects the
 * scenario to the horizon (Projector::run into one table), judges every plan target (Evaluator) and applies
 * every city target to each county, caps against the county's quota found by allocationFor(). A project
 * without scenarios is judged on its observed years alone. The observed data are compiled once (CompiledProject,
 * with the trend cached until observedChanged()); a scenario's projection stands over them as an overlay, so no
 * evaluation copies the dataset.
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

    /** Drops what was derived from the observed data (the compiled form, the trend); call after editing it. */
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

    /**
     * The plan's base year: the base year of its reduction targets (the first that states one), else the
     * first year of the statistics, else 2015.
     */
    int baseYear() const;

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
                                          const UncertaintyOptions& options = {}, Feedback* feedback = nullptr) const;

private:
    /** The compiled data and the trend of the same snapshot. */
    struct Derived {
        std::shared_ptr<const CompiledProject> compiled;
        std::shared_ptr<const Result<TrendEstimate>> trend;
    };
    Derived derived(bool withTrend) const;
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
