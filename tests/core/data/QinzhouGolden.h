// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The golden record of every Qinzhou number the engine produces (tests/core/data/qinzhou_golden.tsv):
// each indicator × region × year 2015–2035 of the observed data and of every scenario, every target's
// verdict, every county verdict of every city target, the projections, the baseline trend, the CJJ 92
// details, goal seeks and allocations. It was first written by the engine as it was before the compiled
// form existed (commit "Golden record of every Qinzhou value ..."), so comparing today's engine with it
// proves that the methods kept their meaning. Regenerate (only after a deliberate change of meaning,
// explained in docs/methods.md) with
//   JIESHUI_UPDATE_GOLDEN=1 build/tests/core/jieshui_core_tests --gtest_filter='QinzhouGolden.*'

#include "io/LoadedProject.h"

#include <string>
#include <vector>

namespace jieshui::core::golden {

/** The golden file in the source tree. */
std::string goldenPath();

/**
 * Every line of the record for @p project, as the public API (Evaluator, the scenario pipeline,
 * GoalSeeker, QuotaAllocator) computes it today. Tab-separated; numbers as %.17g.
 */
std::vector<std::string> dump(const LoadedProject& project);

/**
 * The numbers-only path (ScenarioModel, IndicatorKernel over a projection overlay, no text) for every
 * scenario, as "cells", "verdict" and "county" lines of the golden record's format, checked against
 * @p golden: each line is compared with the golden line of the same key (a scenario's observed years with the
 * observed rows). Returns the differences.
 */
struct Difference;
std::vector<Difference> compareNumbersOnly(const LoadedProject& project, const std::vector<std::string>& golden,
                                           std::size_t& compared);

/** The line kinds and the comparison rule (numbers within @p relative, text exact). */
struct Difference {
    std::string expected;
    std::string actual;
};
std::vector<Difference> compare(const std::vector<std::string>& expected, const std::vector<std::string>& actual,
                                 double relative = 1e-12);

std::vector<std::string> readLines(const std::string& path);
void writeLines(const std::string& path, const std::vector<std::string>& lines);

/** %.17g, and "-" for nothing. */
std::string number(double value);

} // namespace jieshui::core::golden
