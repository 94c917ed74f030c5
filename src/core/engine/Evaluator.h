// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/IndicatorValue.h"
#include "engine/Verdict.h"
#include "model/Dataset.h"

#include <string>
#include <vector>

namespace jieshui::core {

struct EvaluationOptions {
    std::string scenario = "baseline"; ///< label copied into verdicts
    int year = 0;                      ///< only targets of this year; 0 = every target
    /** Met by less than this share of the target value counts as at risk (e.g. 0.02 = 2 %). */
    double atRiskMargin = 0.02;
    /** Total water use: judge against the bulletin scope (false) or the assessment scope (true). */
    bool assessmentScopeForCaps = true;
};

/**
 * Computes every indicator by the official method (domain-methods.md) from a Dataset and judges plan
 * targets. Pure and const: one Evaluator may be shared by threads.
 */
class Evaluator {
public:
    explicit Evaluator(const Dataset& dataset);

    /** One indicator; MissingData (with what is missing) when the inputs are absent. */
    Result<IndicatorValue> compute(Indicator indicator, const std::string& regionCode, int year,
                                   int baseYear = 2015) const;

    /** Judges one target. */
    Verdict judge(const PlanTarget& target, const EvaluationOptions& options = {}) const;

    /** Judges every target of the dataset (of options.year if set), in target order. */
    std::vector<Verdict> scorecard(const EvaluationOptions& options = {}) const;

private:
    const Dataset& m_dataset;
};

} // namespace jieshui::core
