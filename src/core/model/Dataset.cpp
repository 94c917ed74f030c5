// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Dataset.h"

#include "model/Variable.h"

#include <algorithm>

namespace jieshui::core {

Status Dataset::addRegion(Region region) {
    if (region.code.empty())
        return Error(ErrorCode::InvalidValue, "a region needs a code");
    if (m_regionIndex.count(region.code) != 0)
        return Error(ErrorCode::DuplicateRow, "region " + region.code + " is defined twice",
                     {.region = region.code});
    m_regionIndex.emplace(region.code, m_regions.size());
    m_regions.push_back(std::move(region));
    return okStatus();
}

const Region* Dataset::region(std::string_view code) const {
    auto it = m_regionIndex.find(code);
    return it == m_regionIndex.end() ? nullptr : &m_regions[it->second];
}

std::vector<const Region*> Dataset::children(std::string_view code) const {
    std::vector<const Region*> out;
    for (const auto& r : m_regions)
        if (r.parentCode == code)
            out.push_back(&r);
    return out;
}

std::vector<const Region*> Dataset::regionsOfKind(RegionKind kind) const {
    std::vector<const Region*> out;
    for (const auto& r : m_regions)
        if (r.kind == kind)
            out.push_back(&r);
    return out;
}

const Region* Dataset::root() const {
    for (const auto& r : m_regions)
        if (r.parentCode.empty())
            return &r;
    return nullptr;
}

Status Dataset::checkStatistic(const Statistic& s) const {
    const ErrorLocation where{.field = s.variable, .region = s.regionCode, .year = s.year};
    if (region(s.regionCode) == nullptr)
        return Error(ErrorCode::UnknownRegion, "unknown region code '" + s.regionCode + "'", where);
    if (VariableCatalog::find(s.variable) == nullptr)
        return Error(ErrorCode::UnknownVariable, "unknown variable '" + s.variable + "'", where);
    return okStatus();
}

Status Dataset::addStatistic(Statistic s) {
    if (auto st = checkStatistic(s); st.hasError())
        return st;
    auto& years = m_statistics[s.regionCode][s.variable];
    if (years.count(s.year) != 0)
        return Error(ErrorCode::DuplicateRow, "a second value for the same region, variable and year",
                     {.field = s.variable, .region = s.regionCode, .year = s.year});
    const int year = s.year;
    years.emplace(year, std::move(s));
    ++m_statisticCount;
    return okStatus();
}

Status Dataset::setStatistic(Statistic s) {
    if (auto st = checkStatistic(s); st.hasError())
        return st;
    auto& years = m_statistics[s.regionCode][s.variable];
    const int year = s.year;
    auto [it, inserted] = years.insert_or_assign(year, std::move(s));
    (void)it;
    if (inserted)
        ++m_statisticCount;
    return okStatus();
}

void Dataset::removeStatistic(std::string_view regionCode, std::string_view variable, int year) {
    auto r = m_statistics.find(regionCode);
    if (r == m_statistics.end())
        return;
    auto v = r->second.find(variable);
    if (v == r->second.end())
        return;
    m_statisticCount -= v->second.erase(year);
}

const Statistic* Dataset::statistic(std::string_view regionCode, std::string_view variable, int year) const {
    auto r = m_statistics.find(regionCode);
    if (r == m_statistics.end())
        return nullptr;
    auto v = r->second.find(variable);
    if (v == r->second.end())
        return nullptr;
    auto y = v->second.find(year);
    return y == v->second.end() ? nullptr : &y->second;
}

std::vector<const Statistic*> Dataset::series(std::string_view regionCode, std::string_view variable) const {
    std::vector<const Statistic*> out;
    auto r = m_statistics.find(regionCode);
    if (r == m_statistics.end())
        return out;
    auto v = r->second.find(variable);
    if (v == r->second.end())
        return out;
    for (const auto& [year, s] : v->second)
        out.push_back(&s);
    return out;
}

std::vector<const Statistic*> Dataset::statistics() const {
    std::vector<const Statistic*> out;
    out.reserve(m_statisticCount);
    for (const auto& [region, variables] : m_statistics)
        for (const auto& [variable, years] : variables)
            for (const auto& [year, s] : years)
                out.push_back(&s);
    return out;
}

std::pair<int, int> Dataset::yearRange() const {
    int lo = 0;
    int hi = 0;
    for (const auto& [region, variables] : m_statistics)
        for (const auto& [variable, years] : variables) {
            if (years.empty())
                continue;
            const int first = years.begin()->first;
            const int last = years.rbegin()->first;
            lo = lo == 0 ? first : std::min(lo, first);
            hi = std::max(hi, last);
        }
    return {lo, hi};
}

Status Dataset::addTarget(PlanTarget target) {
    if (region(target.regionCode) == nullptr)
        return Error(ErrorCode::UnknownRegion, "target " + target.id + " names unknown region '" +
                                                   target.regionCode + "'",
                     {.region = target.regionCode, .year = target.year});
    for (const auto& t : m_targets)
        if (t.id == target.id)
            return Error(ErrorCode::DuplicateRow, "target id '" + target.id + "' is used twice",
                         {.region = target.regionCode, .year = target.year});
    m_targets.push_back(std::move(target));
    return okStatus();
}

Status Dataset::addTask(KeyTask task) {
    for (const auto& t : m_tasks)
        if (t.number == task.number)
            return Error(ErrorCode::DuplicateRow, "task " + std::to_string(task.number) + " is defined twice");
    m_tasks.push_back(std::move(task));
    return okStatus();
}

KeyTask* Dataset::task(int number) {
    auto it = std::find_if(m_tasks.begin(), m_tasks.end(), [number](const KeyTask& t) { return t.number == number; });
    return it == m_tasks.end() ? nullptr : &*it;
}

} // namespace jieshui::core
