// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/EngineView.h"
#include "engine/EvaluationOptions.h"
#include "engine/TargetSpec.h"
#include "engine/ValueOverlay.h"
#include "engine/Verdict.h"
#include "scenario/Allocation.h"
#include "scenario/Projection.h"
#include "scenario/Projector.h"
#include "scenario/ResolvedDrivers.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** How a Monte Carlo draw changes an input: x' = x·v (Scale), x' = v (Replace) or x' = x + v (Add). */
enum class PerturbationMode : std::uint8_t { Scale, Replace, Add };

/** A statistic (variable × region × year) that a draw changes. It must have a value: none is invented. */
struct StatisticPerturbation {
    std::string regionCode;
    std::string variable; ///< e.g. "water.industry"
    int year = 0;
    PerturbationMode mode = PerturbationMode::Scale;
};

/**
 * A scenario driver that a draw changes, for one county or (the city code) every county, in the projected
 * years fromYear–toYear (0 = the first projected year / the horizon). Rates are fractions per year, levels
 * fractions: Add 0.01 to a growth rate of 0.06 gives 0.07.
 */
struct DriverPerturbation {
    std::string regionCode;
    Driver driver = Driver::GdpRealGrowth;
    int fromYear = 0;
    int toYear = 0;
    PerturbationMode mode = PerturbationMode::Add;
};

/** What a Monte Carlo run varies: the inputs of every draw, in this order (statistics first, then drivers). */
struct PerturbationPlan {
    std::vector<StatisticPerturbation> statistics;
    std::vector<DriverPerturbation> drivers;
};

/** One target's (or one county's) verdict as numbers: no strings. Values in the indicator's base unit. */
struct TargetOutcome {
    VerdictStatus status = VerdictStatus::NoData;
    bool hasValue = false;
    double value = 0.0; ///< the value judged (VerdictNumbers::shown)
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    bool reported = false; ///< the value is a published (reported) figure
    bool hasGap = false;
    double gap = 0.0; ///< value − target (for a trend: the trend's value − target)
    bool hasRate = false;
    double rate = 0.0; ///< required annual rate, fraction per year
};

/**
 * One scenario of a compiled project, prepared once to be evaluated many times with numbers only: the
 * projection to the horizon and every plan target judged, plus every city indicator target (not the key-task
 * milestones, which are not mapped) applied to every county (the compliance map) — the path of Monte Carlo, goal seeks and live recomputation. Its numbers are those of
 * Evaluator (same kernel, same projection; a test compares them with the golden record of every Qinzhou
 * value and verdict).
 *
 * Use (the Monte Carlo engine's entry point):
 * @code
 *   Projector projector(compiled, scenarioSet);  // scenarioSet: the project's scenarios with the baseline trend
 *   auto model = ScenarioModel::create(projector, "baseline", {.allocations = {&cap2022, &cap2035}});
 *   auto plan = model.value().prepare({.statistics = {{"450702", "water.industry", 2022, PerturbationMode::Scale}},
 *                                      .drivers = {{"450700", Driver::GdpRealGrowth, 2023, 2035,
 *                                                   PerturbationMode::Add}}});
 *   // one Scratch per thread (it allocates once, here):
 *   ScenarioModel::Scratch scratch = model.value().scratch(plan.value());
 *   for (each draw) {
 *       scratch.inputs()[0] = 1.05;  // industry water of 钦南区 in 2022 × 1.05
 *       scratch.inputs()[1] = -0.01; // GDP growth of every county 2023–2035 − 1 point
 *       if (model.value().evaluate(scratch))
 *           use(scratch.targets(), scratch.counties()); // TargetOutcome per target, per city target × county
 *   }
 * @endcode
 *
 * - evaluate() allocates nothing and writes only into its Scratch: any number of threads may evaluate one
 *   model at once, each with its own Scratch (the model and the compiled project are read only).
 * - A statistic perturbation changes the value every formula reads (observed years, the projection's start
 *   in the last observed year and the levels computed from districts and utilities then); a driver
 *   perturbation changes the resolved drivers the projection reads. The baseline trend (the drivers of the
 *   baseline) is estimated once from the unperturbed data and is not re-estimated per draw: perturb the
 *   drivers to vary it.
 * - Inputs are applied in plan order on top of the unperturbed values; overlapping driver perturbations
 *   compound.
 */
class ScenarioModel {
public:
    struct Options {
        int horizonYear = 2035;
        EvaluationOptions evaluation; ///< margin, cap scope, target year filter
        /**
         * The county caps of total-water-use targets: the allocation of the target's year (the caller picks them
         * by the project's rule: EvaluationService::allocationFor). A cap without one is NoQuota per county,
         * as on the map.
         */
        std::vector<const Allocation*> allocations;
        /** Also apply every city indicator target to every county (Scratch::counties()); off: targets only. */
        bool judgeCounties = true;
    };

    /** A validated plan in the compiled project's ids (ScenarioModel::prepare). */
    class Perturbations {
    public:
        std::size_t size() const { return m_statistics.size() + m_drivers.size(); }

    private:
        friend class ScenarioModel;
        struct Statistic {
            std::size_t offset; ///< into the compiled values
            PerturbationMode mode;
        };
        struct DriverRange {
            std::size_t firstCounty, lastCounty; ///< inclusive
            Driver driver;
            int fromYear, toYear;
            PerturbationMode mode;
        };
        std::vector<Statistic> m_statistics;
        std::vector<DriverRange> m_drivers;
    };

    /** Per-thread buffers of one evaluation: the perturbed inputs, the projection and the outcomes. */
    class Scratch {
    public:
        Scratch(Scratch&&) = default; // one per thread: moved into place, never copied
        Scratch& operator=(Scratch&&) = default;
        Scratch(const Scratch&) = delete;
        Scratch& operator=(const Scratch&) = delete;

        /** One number per plan entry, in plan order (statistics, then drivers); see PerturbationMode. */
        std::span<double> inputs() { return m_inputs; }
        /** The outcome of each target (ScenarioModel::targets() order). */
        std::span<const TargetOutcome> targets() const { return m_targets; }
        /** The outcome of each city target × county (cityTargets() × counties(), target-major). */
        std::span<const TargetOutcome> counties() const { return m_counties; }
        /** The projection of the last evaluation (base units; NaN = not projected). */
        const Projection& projection() const { return m_projection; }
        /** The overlay of that projection: EngineView(model.project(), &overlay()) reads the scenario's data. */
        const ValueOverlay& overlay() const { return m_overlay; }
        /** Why the last evaluation failed (kind None when it did not). */
        const ProjectionFault& fault() const { return m_fault; }
        /**
         * What the last evaluation read: the compiled values (this draw's where statistics are perturbed) under
         * the projection's overlay — for values the targets do not cover, e.g. the years of a fan chart
         * (IndicatorKernel over it). Valid until the next evaluate() with this scratch.
         */
        EngineView view() const {
            EngineView v(*m_project, &m_overlay);
            if (!m_values.empty())
                v.useValues(m_values.data(), m_project->states().data());
            return v;
        }

    private:
        friend class ScenarioModel;
        Scratch(const ScenarioModel& model, const Perturbations& plan);
        const CompiledProject* m_project;
        Perturbations m_plan;
        std::vector<double> m_inputs;
        std::vector<double> m_values;        // a copy of the compiled values, when statistics are perturbed
        std::vector<std::uint8_t> m_states;  // (states are never perturbed: shared with the project)
        ResolvedDrivers m_drivers;
        Projector::Start m_start;
        Projection m_projection;
        ValueOverlay m_overlay;
        ProjectionFault m_fault;
        std::vector<TargetOutcome> m_targets;
        std::vector<TargetOutcome> m_counties;
    };

    /** Resolves @p scenario's drivers to the horizon and compiles every target; errors as Projector's. */
    static Result<ScenarioModel> create(const Projector& projector, std::string_view scenario, Options options);

    /** Checks @p plan against the project (known region, variable, an existing value; a county or the city;
     * years inside the projection) and interns it. InvalidValue / UnknownRegion, located, otherwise. */
    Result<Perturbations> prepare(const PerturbationPlan& plan) const;
    /** Buffers for evaluate() (allocates: make one per thread, once). */
    Scratch scratch(const Perturbations& plan = {}) const;

    /**
     * Evaluates the scenario with @p scratch's inputs: projection, every target, every county. False when the
     * projection fails (Scratch::fault(); the outcomes are then all NoData). No allocation, no shared write.
     */
    bool evaluate(Scratch& scratch) const;

    const std::string& scenario() const { return m_scenario; }
    const CompiledProject& project() const { return *m_project; }
    /** The targets judged, in order (the project's, of options.evaluation.year if set). */
    const std::vector<PlanTarget>& targets() const { return m_targets; }
    /** The city's own indicator targets applied to the counties, and the counties (every region of kind
     * County, in the project's order, as EvaluationService judges them). */
    const std::vector<PlanTarget>& cityTargets() const { return m_cityTargets; }
    const std::vector<std::string>& counties() const { return m_judgedCounties; }
    int lastObservedYear() const { return m_start.lastYear; }
    int horizonYear() const { return m_horizon; }

private:
    ScenarioModel() = default;
    void judgeAll(const EngineView& view, Scratch& scratch) const;

    std::shared_ptr<const CompiledProject> m_project;
    std::string m_scenario;
    int m_horizon = 0;
    bool m_hasCity = false;
    std::vector<RegionId> m_countyIds;
    std::vector<std::string> m_countyCodes; // the projection's (ScenarioRegions)
    std::string m_cityCode;
    std::vector<std::string> m_judgedCounties;
    ResolvedDrivers m_drivers{{}, 0, -1};
    Projector::Start m_start;
    Projection m_emptyProjection{{}, {}, 0, -1};
    ValueOverlay m_overlay;
    std::vector<PlanTarget> m_targets;
    std::vector<TargetSpec> m_targetSpecs;
    std::vector<PlanTarget> m_cityTargets;
    std::vector<TargetSpec> m_countySpecs; ///< city targets × counties; region kNoRegion = no cap allocated
};

} // namespace jieshui::core
