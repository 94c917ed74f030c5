// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "report/ScenarioResult.h"

#include <optional>
#include <vector>

namespace jieshui::core {

/** One scenario's side of a compared target. Values in the indicator's base unit. */
struct ComparisonCell {
    VerdictStatus status = VerdictStatus::NoData;
    std::optional<double> value;
    /** value − the reference scenario's value (absent for the reference, or without both values). */
    std::optional<double> difference;
};

/** One plan target across the compared scenarios. */
struct ComparisonRow {
    PlanTarget target;
    std::vector<ComparisonCell> cells; ///< one per compared scenario, the reference first
    /** True when some scenario's verdict differs from the reference's, or its value as a report prints it. */
    bool differs = false;
};

/**
 * Scenarios side by side: every plan target of a year with each scenario's value and verdict and the
 * difference from the first (the reference), all from the evaluation service's results, so the comparison
 * shows the numbers every other view shows. A difference counts when it shows at the report's decimals
 * (core::IndicatorDisplay), not when it is floating-point noise.
 */
class ScenarioComparison {
public:
    /** @p results: the reference first; each evaluated by the same service. */
    static std::vector<ComparisonRow> compare(const std::vector<const ScenarioResult*>& results, int year);
};

} // namespace jieshui::core
