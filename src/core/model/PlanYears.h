// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"

#include <vector>

namespace jieshui::core {

/**
 * The years a project is about, read from its plan targets instead of fixed in code: Qinzhou's plan gives
 * base year 2015 and key years 2020, 2022 and 2035; a 十四五 plan gives base year 2020 and key year 2025.
 */
struct PlanYears {
    int baseYear = 0;             ///< the plan's base year
    std::vector<int> targetYears; ///< years with an indicator target (not task milestones), ascending
    int firstYear = 0; ///< first year to offer: the base year or the first statistic, whichever is earlier
    int lastYear = 0;  ///< last year to offer and project to: the last target year or statistic

    /** The years to highlight: the base year, then the target years. */
    std::vector<int> keyYears() const;
    bool isKeyYear(int year) const;

    /**
     * From @p dataset: the base year is @p metadataBaseYear when set (> 0), else the base year most of the
     * targets name, else the first statistic's year, else the first target year less five (a plan period).
     * Without targets or statistics every year is 0 except a given base year.
     */
    static PlanYears of(const Dataset& dataset, int metadataBaseYear = 0);
};

} // namespace jieshui::core
