// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CompiledProject.h"
#include "engine/EvaluationOptions.h"
#include "model/PlanTarget.h"

#include <string_view>

namespace jieshui::core {

/** A plan target in the compiled project's ids: what IndicatorKernel::judge() judges. */
struct TargetSpec {
    Indicator indicator = Indicator::TotalWaterUse; ///< as the target states it
    Indicator computed = Indicator::TotalWaterUse;  ///< what is computed (caps: the assessment scope if asked)
    RegionId region = kNoRegion;
    int year = 0;
    Comparator comparator = Comparator::AtMost;
    double value = 0.0;   ///< base unit
    int baseYear = 2015;  ///< of reductions (the target's, else 2015)
    double margin = 0.02; ///< at-risk margin (0 for key-task milestones)
    /** Key-task milestones: the variable (absent when the project has none of that name), per year or not. */
    bool hasTaskVariable = false;
    VariableId taskVariable = 0;
    bool perYearUnit = false;
    int oldestHistoryYear = 0; ///< how far back the judge looks for the latest values (reductions: the base)

    /**
     * The spec of @p target in @p project (region kNoRegion when the project lacks it). Key-task milestones
     * are judged without the at-risk margin (counts, shares and flags reached exactly are met); caps in the
     * assessment scope when @p options say so.
     */
    static TargetSpec of(const PlanTarget& target, const CompiledProject& project, const EvaluationOptions& options);

    /** Whether a task unit counts per year ("/年", "/a", "per year"): then the amount of the year is judged. */
    static bool isPerYearUnit(std::string_view unit);
    /** How many years before the target year a judge looks for the latest values (not for reductions). */
    static constexpr int historyYears = 25;
};

} // namespace jieshui::core
