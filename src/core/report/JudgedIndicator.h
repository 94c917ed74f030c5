// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"
#include "report/EvaluationService.h"

namespace jieshui::core {

/**
 * The indicator a target of @p indicator is judged on: a total-use cap (TotalWaterUse) in the assessment
 * scope when @p settings say caps are judged there (the default). The one rule every view that names, maps
 * or charts a cap follows, so all of them say the scope the plan's target is judged in.
 */
inline Indicator judgedIndicator(Indicator indicator, const EvaluationSettings& settings = {}) {
    return indicator == Indicator::TotalWaterUse && settings.assessmentScopeForCaps
               ? Indicator::TotalWaterUseAssessment
               : indicator;
}

} // namespace jieshui::core
