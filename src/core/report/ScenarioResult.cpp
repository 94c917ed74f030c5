// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ScenarioResult.h"

namespace jieshui::core {

std::vector<const Verdict*> ScenarioResult::verdictsOfYear(int year) const {
    std::vector<const Verdict*> out;
    for (const Verdict& v : m_verdicts)
        if (v.target.year == year)
            out.push_back(&v);
    return out;
}

const Verdict* ScenarioResult::verdict(const std::string& targetId) const {
    for (const Verdict& v : m_verdicts)
        if (v.target.id == targetId)
            return &v;
    return nullptr;
}

const std::vector<Verdict>& ScenarioResult::countyVerdicts(std::size_t index) const {
    static const std::vector<Verdict> none;
    return index < m_countyVerdicts.size() ? m_countyVerdicts[index] : none;
}

std::optional<std::size_t> ScenarioResult::cityTargetIndex(Indicator indicator, int year) const {
    const Region* root = m_observed != nullptr ? m_observed->root() : nullptr;
    std::optional<std::size_t> any;
    for (std::size_t i = 0; i < m_verdicts.size(); ++i) {
        const PlanTarget& t = m_verdicts[i].target;
        if (t.indicator != indicator || t.year != year)
            continue;
        if (root != nullptr && t.regionCode == root->code)
            return i;
        if (!any)
            any = i;
    }
    return any;
}

std::optional<Verdict> ScenarioResult::regionVerdict(Indicator indicator, const std::string& regionCode,
                                                     int year) const {
    for (const Verdict& v : m_verdicts)
        if (v.target.indicator == indicator && v.target.year == year && v.target.regionCode == regionCode)
            return v;
    const std::optional<std::size_t> city = cityTargetIndex(indicator, year);
    if (!city)
        return std::nullopt;
    for (const Verdict& v : countyVerdicts(*city))
        if (v.target.regionCode == regionCode)
            return v;
    return std::nullopt;
}

Result<IndicatorValue> ScenarioResult::value(Indicator indicator, const std::string& regionCode,
                                             int year) const {
    return m_evaluator->compute(indicator, regionCode, year, m_baseYear);
}

Result<IndicatorValue> ScenarioResult::taskValue(const PlanTarget& target, int year) const {
    PlanTarget atYear = target;
    atYear.year = year;
    return m_evaluator->computeTask(atYear);
}

const Allocation* ScenarioResult::allocation(int year) const {
    for (const Allocation& a : m_allocations)
        if (a.year == year)
            return &a;
    return nullptr;
}

} // namespace jieshui::core
