// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "model/PlanTarget.h"
#include "scenario/Scenario.h"

#include <string>
#include <vector>

namespace jieshui::core {

/** What one lever of a goal seek found for one region. */
struct GoalSeekFinding {
    enum class Outcome {
        Found,        ///< `value` meets the target
        Unreachable,  ///< not even the far end of the searched range meets it
        NotApplicable ///< the lever does not apply (growth for a non-cap target, a county without a quota)
    };
    Outcome outcome = Outcome::NotApplicable;
    /**
     * Intensity decline: the smallest uniform annual decline of every sector intensity that meets the
     * target (fraction per year, 0.031 = −3.1 %/yr). Growth ceiling: the highest real GDP and industrial
     * growth per year under which it is still met.
     */
    double value = 0.0;
    /** The value is the end of the searched range: the answer is at least (growth: at least) this. */
    bool atSearchLimit = false;
};

/** The answers for one region: the city (city-wide changes) or one county (its own changes only). */
struct RegionGoalSeek {
    std::string regionCode;
    VerdictStatus statusNow = VerdictStatus::NoData; ///< in the scenario as it is
    GoalSeekFinding decline;
    GoalSeekFinding growthCeiling;
};

/**
 * "What does it take?" for one target of one scenario: the smallest uniform annual intensity decline (and,
 * for caps, the growth ceiling) that brings the target to Met — for the city as a whole and for each
 * county judged on its own (caps against the county's quota). Built by EvaluationService::goalSeek.
 */
struct GoalSeekOutcome {
    std::string scenario;
    PlanTarget target;
    int firstProjectedYear = 0;
    RegionGoalSeek city;
    std::vector<RegionGoalSeek> counties; ///< in the dataset's county order

    /**
     * A scenario inheriting from `scenario` that applies the declines found: city-wide overrides of the
     * three intensity drivers (@p perCounty false) or each county's own (true; counties without an
     * answer keep the parent's values). Names and descriptions in Chinese and English say what it meets.
     */
    Scenario toScenario(const std::string& id, bool perCounty, const std::string& cityCode,
                        std::string_view indicatorNameZh, std::string_view indicatorNameEn) const;
};

} // namespace jieshui::core
