// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Dataset.h"

#include "model/Variable.h"
#include "units/UnitParser.h"

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

Status Dataset::updateRegion(Region region) {
    auto it = m_regionIndex.find(region.code);
    if (it == m_regionIndex.end())
        return Error(ErrorCode::UnknownRegion, "unknown region code '" + region.code + "'",
                     {.region = region.code});
    if (!region.parentCode.empty() &&
        (region.parentCode == region.code || this->region(region.parentCode) == nullptr))
        return Error(ErrorCode::UnknownRegion, "parent '" + region.parentCode + "' is not a known region",
                     {.field = "parent_code", .region = region.code});
    m_regions[it->second] = std::move(region);
    return okStatus();
}

Status Dataset::removeRegion(std::string_view code) {
    auto it = m_regionIndex.find(code);
    if (it == m_regionIndex.end())
        return Error(ErrorCode::UnknownRegion, "unknown region code '" + std::string(code) + "'",
                     {.region = std::string(code)});
    for (const Region& r : m_regions) {
        const bool lists =
            std::find(r.countyCodes.begin(), r.countyCodes.end(), code) != r.countyCodes.end() ||
            (r.irrigation && r.irrigation->countyCode == code);
        if (r.parentCode == code || lists)
            return Error(ErrorCode::InvalidValue,
                         "region " + r.code + " lies under or covers " + std::string(code) +
                             "; remove it first",
                         {.region = std::string(code)});
    }
    for (const PlanTarget& t : m_targets)
        if (t.regionCode == code)
            return Error(ErrorCode::InvalidValue,
                         "plan target " + t.id + " names " + std::string(code) + "; remove it first",
                         {.region = std::string(code)});
    const std::size_t index = it->second;
    if (auto stats = m_statistics.find(code); stats != m_statistics.end()) {
        for (const auto& [variable, years] : stats->second)
            m_statisticCount -= years.size();
        m_statistics.erase(stats);
    }
    if (auto columns = m_columns.find(code); columns != m_columns.end())
        m_columns.erase(columns);
    m_regions.erase(m_regions.begin() + static_cast<std::ptrdiff_t>(index));
    m_regionIndex.erase(it);
    for (auto& [regionCode, position] : m_regionIndex)
        if (position > index)
            --position;
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
    if (VariableCatalog::find(s.variable) != nullptr || m_taskVariables.count(s.variable) != 0)
        return okStatus();
    if (!VariableCatalog::isTaskVariable(s.variable))
        return Error(ErrorCode::UnknownVariable, "unknown variable '" + s.variable + "'", where);
    if (auto dim = undeclaredTaskDimension(s); dim.hasError())
        return dim.error();
    return okStatus();
}

Result<std::optional<Dimension>> Dataset::undeclaredTaskDimension(const Statistic& s) const {
    if (!VariableCatalog::isTaskVariable(s.variable) || m_taskVariables.count(s.variable) != 0)
        return std::optional<Dimension>();
    const ErrorLocation where{.field = s.variable, .region = s.regionCode, .year = s.year};
    auto unit = UnitParser::parse(s.unit);
    if (unit.hasError())
        return unit.error().locatedIn(where);
    if (!VariableCatalog::isTaskVariableDimension(unit.value().dimension))
        return Error(ErrorCode::UnitMismatch,
                     std::string("a key-task quantity cannot be a ") + dimensionId(unit.value().dimension),
                     where);
    return std::optional<Dimension>(unit.value().dimension);
}

Status Dataset::declareTaskVariable(std::string_view id, Dimension dimension) {
    if (!VariableCatalog::isTaskVariable(id))
        return Error(ErrorCode::UnknownVariable,
                     "'" + std::string(id) + "' is not a key-task variable (task.<NN>.<name>)",
                     {.field = std::string(id)});
    if (!VariableCatalog::isTaskVariableDimension(dimension))
        return Error(ErrorCode::UnitMismatch,
                     std::string("a key-task quantity cannot be a ") + dimensionId(dimension),
                     {.field = std::string(id)});
    auto it = m_taskVariables.find(id);
    if (it == m_taskVariables.end()) {
        m_taskVariables.emplace(std::string(id), dimension);
        return okStatus();
    }
    if (it->second != dimension)
        return Error(ErrorCode::UnitMismatch,
                     "'" + std::string(id) + "' is a " + dimensionId(it->second) + " variable, not a " +
                         dimensionId(dimension) + " one",
                     {.field = std::string(id)});
    return okStatus();
}

std::optional<Dimension> Dataset::taskVariableDimension(std::string_view id) const {
    auto it = m_taskVariables.find(id);
    return it == m_taskVariables.end() ? std::nullopt : std::optional<Dimension>(it->second);
}

std::optional<Dimension> Dataset::variableDimension(std::string_view id) const {
    if (const VariableInfo* info = VariableCatalog::find(id))
        return info->dimension;
    return taskVariableDimension(id);
}

Status Dataset::addStatistic(Statistic s) {
    if (auto st = checkStatistic(s); st.hasError())
        return st;
    if (statistic(s.regionCode, s.variable, s.year) != nullptr)
        return Error(ErrorCode::DuplicateRow, "a second value for the same region, variable and year",
                     {.field = s.variable, .region = s.regionCode, .year = s.year});
    if (auto dim = undeclaredTaskDimension(s); dim.value().has_value())
        m_taskVariables.emplace(s.variable, *dim.value());
    auto& years = m_statistics[s.regionCode][s.variable];
    const int year = s.year;
    m_columns[s.regionCode][s.variable].set(year, s.value, s.provenance.kind);
    years.emplace(year, std::move(s));
    ++m_statisticCount;
    return okStatus();
}

Status Dataset::setStatistic(Statistic s) {
    if (auto st = checkStatistic(s); st.hasError())
        return st;
    if (auto dim = undeclaredTaskDimension(s); dim.value().has_value())
        m_taskVariables.emplace(s.variable, *dim.value());
    auto& years = m_statistics[s.regionCode][s.variable];
    const int year = s.year;
    m_columns[s.regionCode][s.variable].set(year, s.value, s.provenance.kind);
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
    m_columns[std::string(regionCode)][std::string(variable)].clear(year);
}

const RegionColumns* Dataset::columns(std::string_view regionCode) const {
    auto it = m_columns.find(regionCode);
    return it == m_columns.end() ? nullptr : &it->second;
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
        return Error(ErrorCode::UnknownRegion,
                     "target " + target.id + " names unknown region '" + target.regionCode + "'",
                     {.region = target.regionCode, .year = target.year});
    if (m_targetIds.count(target.id) != 0)
        return Error(ErrorCode::DuplicateRow, "target id '" + target.id + "' is used twice",
                     {.region = target.regionCode, .year = target.year});
    m_targetIds.insert(target.id);
    m_targets.push_back(std::move(target));
    return okStatus();
}

Status Dataset::addTask(KeyTask task) {
    for (const auto& t : m_tasks)
        if (t.number == task.number)
            return Error(ErrorCode::DuplicateRow,
                         "task " + std::to_string(task.number) + " is defined twice");
    m_tasks.push_back(std::move(task));
    return okStatus();
}

KeyTask* Dataset::task(int number) {
    auto it = std::find_if(m_tasks.begin(), m_tasks.end(),
                           [number](const KeyTask& t) { return t.number == number; });
    return it == m_tasks.end() ? nullptr : &*it;
}

} // namespace jieshui::core
