// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/GoalSeekOutcome.h"

#include <string_view>

namespace jieshui::core {

class EvaluationService;

/**
 * The goal seek behind EvaluationService::goalSeek: each trial is a scenario inheriting from the one asked
 * about, evaluated by the service itself (EvaluationService::evaluateVariant), so an answer is judged by
 * the same pipeline — the same quotas, scopes and at-risk margin — as every view. Bisection by GoalSeeker.
 *
 * Levers: the three sector intensities (agriculture, industry, domestic) falling by the same fraction a
 * year (searched in [0, 30 %/yr]); for caps also real GDP and industrial growth set to one rate a year
 * (searched in [−10 %, +20 %/yr]). City answers change every county (city-wide overrides); a county's
 * answer changes that county only and is judged against its quota.
 */
class GoalSeekPlanner {
public:
    explicit GoalSeekPlanner(const EvaluationService& service);

    static constexpr double highestDecline = 0.30; ///< fraction per year
    static constexpr double lowestGrowth = -0.10;  ///< fraction per year
    static constexpr double highestGrowth = 0.20;  ///< fraction per year
    static constexpr double tolerance = 1e-4;      ///< width of the final bracket, fraction per year

    Result<GoalSeekOutcome> seek(std::string_view scenario, std::string_view targetId) const;

private:
    const EvaluationService& m_service;
};

} // namespace jieshui::core
