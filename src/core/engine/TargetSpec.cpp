// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/TargetSpec.h"

namespace jieshui::core {

bool TargetSpec::isPerYearUnit(std::string_view unit) {
    return unit.find("/年") != std::string_view::npos || unit.find("/a") != std::string_view::npos ||
           unit.find("per year") != std::string_view::npos;
}

TargetSpec TargetSpec::of(const PlanTarget& target, const CompiledProject& project, const EvaluationOptions& options) {
    TargetSpec spec;
    spec.indicator = target.indicator;
    spec.computed = target.indicator;
    // A cap judged in the assessment scope keeps that indicator on its value, so reports name the scope.
    if (spec.computed == Indicator::TotalWaterUse && options.assessmentScopeForCaps)
        spec.computed = Indicator::TotalWaterUseAssessment;
    spec.region = project.findRegion(target.regionCode);
    spec.year = target.year;
    spec.comparator = target.comparator;
    spec.value = target.value;
    spec.baseYear = target.baseYear != 0 ? target.baseYear : 2015;
    // Key-task milestones are counts, shares and done flags: reaching them exactly is meeting them, so the
    // at-risk margin (meant for measured indicators with uncertainty) does not apply.
    spec.margin = target.indicator == Indicator::TaskMilestone ? 0.0 : options.atRiskMargin;
    if (target.indicator == Indicator::TaskMilestone) {
        if (auto v = project.findVariable(target.variable)) {
            spec.hasTaskVariable = true;
            spec.taskVariable = *v;
        }
        spec.perYearUnit = isPerYearUnit(target.unit);
    }
    const bool reduction = target.indicator == Indicator::WaterPerGdpReduction ||
                           target.indicator == Indicator::WaterPerIvaReduction;
    spec.oldestHistoryYear = reduction ? spec.baseYear : target.year - historyYears;
    return spec;
}

} // namespace jieshui::core
