// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace jieshui::core {

/** How targets are judged (Evaluator, ScenarioModel). */
struct EvaluationOptions {
    std::string scenario = "baseline"; ///< label copied into verdicts
    int year = 0;                      ///< only targets of this year; 0 = every target
    /** Met by less than this share of the target value counts as at risk (e.g. 0.02 = 2 %). */
    double atRiskMargin = 0.02;
    /** Total water use: judge against the bulletin scope (false) or the assessment scope (true). */
    bool assessmentScopeForCaps = true;
};

} // namespace jieshui::core
