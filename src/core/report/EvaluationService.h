// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/EngineSettings.h"
#include "model/Dataset.h"
#include "report/ScenarioResult.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
#include "scenario/TrendEstimator.h"

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
    /** Scenarios are projected to this year; 0 = the plan's last year (core::PlanYears). */
    int horizonYear = 0;
};

/**
 * The one evaluation pipeline of the program: the window, the CLI, export-map, the reports and the
 * stored results all call it, so the same inputs give the same verdicts, values and quotas everywhere.
 *
 * evaluate() validates the scenarios, estimates the baseline trend from the observed years (cached until
 * observedChanged()), projects the scenario to the horizon (Projector), judges every plan target
 * (Evaluator) and applies every city target to each county, caps against the county's quota found by
 * allocationFor(). A project without scenarios is judged on its observed years alone.
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

    /** Drops what was derived from the observed data (the baseline trend); call after editing it. */
    void observedChanged();

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

private:
    Result<TrendEstimate> trend() const;
    ScenarioResult judge(std::string scenario, std::shared_ptr<const Dataset> data,
                         int lastObservedYear) const;

    const Dataset& m_observed;
    const std::vector<Scenario>& m_scenarios;
    const std::vector<Allocation>& m_allocations;
    EvaluationSettings m_settings;
    mutable std::mutex m_trendMutex;
    mutable std::shared_ptr<const Result<TrendEstimate>> m_trend;
};

} // namespace jieshui::core
