// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/Evaluator.h"
#include "model/Dataset.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"
#include "units/Quantities.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

struct GoalSeekOptions {
    double lowestDecline = 0.0;   ///< fraction per year
    double highestDecline = 0.30; ///< fraction per year (30 %/yr)
    double tolerance = 1e-4;      ///< width of the final bracket, fraction per year
};

struct GoalSeekResult {
    /** The smallest annual decline found that meets the target (within the tolerance, never below it). */
    Ratio annualDecline = ratio(0.0);
    int evaluations = 0; ///< predicate calls
};

/**
 * Finds the smallest uniform annual intensity decline d that meets a target, by bisection on a monotone
 * predicate (false below some d*, true from d* on). The decline is applied to every county's sector
 * intensities (agriculture, industry, domestic) as city-wide overrides of a child scenario, so the
 * intensity change per year is −d. The result is the upper end of the final bracket: it meets the target
 * and lies within `tolerance` of the true threshold.
 */
class GoalSeeker {
public:
    /** A predicate that cannot fail: true when the decline meets the target. */
    using Predicate = std::function<bool(double decline)>;
    /** A predicate that may fail (e.g. a projection error), which stops the search. */
    using FalliblePredicate = std::function<Result<bool>(double decline)>;

    /**
     * Bisection. Returns lowestDecline when it already meets the target. Error InvalidValue "unreachable
     * within [0, 30 %/yr]" (the configured bounds) when even highestDecline does not.
     */
    static Result<GoalSeekResult> seek(const Predicate& meetsTarget, const GoalSeekOptions& options = {});
    static Result<GoalSeekResult> seekFallible(const FalliblePredicate& meetsTarget,
                                               const GoalSeekOptions& options = {});

    /** The drivers the decline is applied to. */
    static const std::vector<Driver>& intensityDrivers();

    /**
     * A scenario named @p name inheriting from @p parent, with city-wide overrides setting every intensity
     * driver to −@p decline (fraction per year) from the first projected year on.
     */
    static Scenario declineScenario(const std::string& name, const std::string& parent,
                                    const std::string& cityCode, double decline);

    /**
     * The smallest decline, on top of @p scenario, for which the city's total water use in @p year stays
     * at or under @p cap (assessment scope by default: without non-conventional water), the city's total
     * being the engine's (the six sectors projected, never a partial sum: MissingData otherwise).
     */
    static Result<GoalSeekResult> seekTotalUseCap(const Dataset& observed, const ScenarioSet& scenarios,
                                                  std::string_view scenario, int year, WaterVolume cap,
                                                  bool assessmentScope = true,
                                                  const GoalSeekOptions& options = {});
    /** The same over a projector (compiled once; each step projects into one buffer, no dataset copy). */
    static Result<GoalSeekResult> seekTotalUseCap(const Projector& projector, std::string_view scenario, int year,
                                                  WaterVolume cap, bool assessmentScope = true,
                                                  const GoalSeekOptions& options = {});

    /**
     * The smallest decline, on top of @p scenario, for which the engine finds @p target held in its year:
     * each step projects into one buffer and has the engine judge the target over it (value ≤ target for
     * "<=", ≥ for ">="; caps in the scope of @p evaluation). Fits caps and intensity reductions (monotone
     * in the decline); a target the decline does not move (a coefficient) is met at 0 or unreachable.
     * MissingData when the engine cannot compute the value.
     */
    static Result<GoalSeekResult> seekTarget(const Dataset& observed, const ScenarioSet& scenarios,
                                             std::string_view scenario, const PlanTarget& target,
                                             const EvaluationOptions& evaluation = {},
                                             const GoalSeekOptions& options = {});
    /** The same over a projector. */
    static Result<GoalSeekResult> seekTarget(const Projector& projector, std::string_view scenario,
                                             const PlanTarget& target, const EvaluationOptions& evaluation = {},
                                             const GoalSeekOptions& options = {});

    /**
     * @p drivers with every county's intensity drivers set to −@p decline in every year: what resolving
     * declineScenario() on top of the scenario of @p base gives (its city-wide overrides from year 0 win).
     */
    static void applyDecline(const ResolvedDrivers& base, double decline, ResolvedDrivers& drivers);
};

} // namespace jieshui::core
