// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/Evaluator.h"
#include "engine/ValueOverlay.h"
#include "engine/Verdict.h"
#include "scenario/Allocation.h"
#include "scenario/Projection.h"
#include "scenario/TrendNote.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/**
 * Everything the front ends show of one evaluated scenario: the verdict of every plan target, the verdict
 * of every city target applied to each county (caps against the county's quota), and any indicator value
 * of the scenario's years (observed, then projected to the horizon). Built only by EvaluationService, so
 * the scorecard, the region details, the map, the chart, the CLI, the exports and the stored results read
 * the same numbers. It holds the compiled observed data (shared with the service, never copied) and the
 * scenario's projection, which the engine reads as an overlay on top of it; it stays valid (a snapshot) after
 * the service or the dataset change.
 */
class ScenarioResult {
public:
    /** The scenario's name; empty when the project has no scenarios (its observed years judged alone). */
    const std::string& scenario() const { return m_scenario; }
    bool isObservedOnly() const { return m_scenario.empty(); }
    /** Assumptions the baseline trend estimate had to make, in plain words (both languages). */
    const std::vector<TrendNote>& notes() const { return m_notes; }
    /** The last observed year (0 when nothing was projected); later years are projected. */
    int lastObservedYear() const { return m_lastObservedYear; }
    /** The year reductions are measured from when no target says otherwise (the plan's base year). */
    int baseYear() const { return m_baseYear; }

    /** The verdict of every plan target, in the plan's target order. */
    const std::vector<Verdict>& verdicts() const { return m_verdicts; }
    /** The verdicts of the targets of @p year, in target order (pointers into verdicts()). */
    std::vector<const Verdict*> verdictsOfYear(int year) const;
    /** The verdict of the target with id @p targetId, or nullptr. */
    const Verdict* verdict(const std::string& targetId) const;

    /**
     * The verdicts of the city target of verdicts()[index] applied to every county, in the dataset's
     * county order: each county's own value against the city's threshold, and for a total-use cap against
     * the county's quota in allocation(year) ("no quota allocated" NoData without one). Empty for targets
     * that are not the root region's or are key-task milestones.
     */
    const std::vector<Verdict>& countyVerdicts(std::size_t index) const;

    /**
     * The city target of @p indicator in @p year (the root region's; else the first of any region), as an
     * index into verdicts(); nullopt when the plan has none. What a compliance map of that indicator shows.
     */
    std::optional<std::size_t> cityTargetIndex(Indicator indicator, int year) const;

    /**
     * How @p regionCode stands on @p indicator in @p year: the verdict of its own target, else (for a
     * county) the city target applied to it; nullopt when the plan has no such target that year.
     */
    std::optional<Verdict> regionVerdict(Indicator indicator, const std::string& regionCode, int year) const;

    /** One indicator value of the scenario in its base unit; reductions against baseYear(). */
    Result<IndicatorValue> value(Indicator indicator, const std::string& regionCode, int year) const;
    /** A key-task milestone's value in @p year (the target's variable, region and unit). */
    Result<IndicatorValue> taskValue(const PlanTarget& target, int year) const;

    /** The quota split this scenario is judged against in @p year (own, else inherited), or nullptr. */
    const Allocation* allocation(int year) const;

    /** The engine over this scenario's data (compiled observed data, projection on top): any other figure. */
    const Evaluator& engine() const { return *m_evaluator; }
    /** The projected statistics (counties and city, after lastObservedYear()); null when nothing was projected. */
    const Projection* projection() const { return m_projection.get(); }

private:
    friend class EvaluationService;
    ScenarioResult() = default;

    std::string m_scenario;
    std::vector<TrendNote> m_notes;
    int m_lastObservedYear = 0;
    int m_baseYear = 2015;
    std::shared_ptr<const CompiledProject> m_project; ///< the observed data, compiled (shared with the service)
    std::shared_ptr<const Projection> m_projection;  ///< null when nothing was projected
    std::shared_ptr<const ValueOverlay> m_overlay;   ///< the projection over m_project (null with it)
    std::shared_ptr<const Evaluator> m_evaluator;    ///< over m_project and m_overlay
    std::vector<Verdict> m_verdicts;
    std::vector<std::vector<Verdict>> m_countyVerdicts; ///< parallel to m_verdicts
    std::vector<Allocation> m_allocations;              ///< the ones this scenario uses, one per year
};

} // namespace jieshui::core
