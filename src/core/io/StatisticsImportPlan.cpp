// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/StatisticsImportPlan.h"

namespace jieshui::core {

Status StatisticsImportPlan::apply(Dataset& dataset) const {
    Dataset copy = dataset;
    for (const Statistic& s : additions)
        if (auto st = copy.addStatistic(s); st.hasError())
            return st;
    for (const StatisticReplacement& r : replacements)
        if (auto st = copy.setStatistic(r.after); st.hasError())
            return st;
    dataset = std::move(copy);
    return okStatus();
}

} // namespace jieshui::core
