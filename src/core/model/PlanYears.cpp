// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PlanYears.h"

#include <algorithm>
#include <map>
#include <set>

namespace jieshui::core {

std::vector<int> PlanYears::keyYears() const {
    std::set<int> years(targetYears.begin(), targetYears.end());
    if (baseYear > 0)
        years.insert(baseYear);
    return {years.begin(), years.end()};
}

bool PlanYears::isKeyYear(int year) const {
    return year == baseYear || std::binary_search(targetYears.begin(), targetYears.end(), year);
}

PlanYears PlanYears::of(const Dataset& dataset, int metadataBaseYear) {
    PlanYears years;
    std::set<int> targetYears;
    std::map<int, int> baseYearVotes;
    for (const PlanTarget& t : dataset.targets()) {
        if (t.indicator == Indicator::TaskMilestone)
            continue;
        targetYears.insert(t.year);
        if (t.baseYear > 0)
            ++baseYearVotes[t.baseYear];
    }
    years.targetYears.assign(targetYears.begin(), targetYears.end());
    const auto [firstStatistic, lastStatistic] = dataset.yearRange();

    if (metadataBaseYear > 0) {
        years.baseYear = metadataBaseYear;
    } else if (!baseYearVotes.empty()) {
        years.baseYear =
            std::max_element(baseYearVotes.begin(), baseYearVotes.end(), [](const auto& a, const auto& b) {
                return a.second < b.second || (a.second == b.second && a.first > b.first);
            })->first;
    } else if (firstStatistic > 0) {
        years.baseYear = firstStatistic;
    } else if (!targetYears.empty()) {
        years.baseYear = *targetYears.begin() - 5; // a plan period is five years
    }

    std::vector<int> candidates{years.baseYear};
    if (firstStatistic > 0)
        candidates.insert(candidates.end(), {firstStatistic, lastStatistic});
    candidates.insert(candidates.end(), years.targetYears.begin(), years.targetYears.end());
    std::erase(candidates, 0);
    if (candidates.empty())
        return years;
    years.firstYear = *std::min_element(candidates.begin(), candidates.end());
    years.lastYear = *std::max_element(candidates.begin(), candidates.end());
    return years;
}

} // namespace jieshui::core
