// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/KeyTask.h"
#include "model/PlanTarget.h"
#include "model/Region.h"
#include "model/Statistic.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Everything the engine evaluates: regions, the statistics long table, the plan targets and the key
 * tasks. Loaders and the project store fill it; the engine only reads it. Additions validate their
 * input (unknown region or variable, duplicates) and change nothing when they fail.
 */
class Dataset {
public:
    Status addRegion(Region region);
    const Region* region(std::string_view code) const;
    const std::vector<Region>& regions() const { return m_regions; }
    /** Regions whose parent is @p code, in insertion order. */
    std::vector<const Region*> children(std::string_view code) const;
    std::vector<const Region*> regionsOfKind(RegionKind kind) const;
    /** The region without parent (the city), or nullptr. */
    const Region* root() const;

    /** Adds a value; an unknown region or variable, or a second value for the same key, is an error. */
    Status addStatistic(Statistic statistic);
    /** Adds or replaces a value (for imports that replace); still checks region and variable. */
    Status setStatistic(Statistic statistic);
    void removeStatistic(std::string_view regionCode, std::string_view variable, int year);
    const Statistic* statistic(std::string_view regionCode, std::string_view variable, int year) const;
    /** Every year of one variable of one region, ordered by year. */
    std::vector<const Statistic*> series(std::string_view regionCode, std::string_view variable) const;
    /** All statistics, ordered by region, variable, year. */
    std::vector<const Statistic*> statistics() const;
    std::size_t statisticCount() const { return m_statisticCount; }
    /** Smallest and largest year with any statistic; {0, 0} when empty. */
    std::pair<int, int> yearRange() const;

    Status addTarget(PlanTarget target);
    const std::vector<PlanTarget>& targets() const { return m_targets; }
    void clearTargets() { m_targets.clear(); }

    Status addTask(KeyTask task);
    const std::vector<KeyTask>& tasks() const { return m_tasks; }
    KeyTask* task(int number);

private:
    Status checkStatistic(const Statistic& statistic) const;

    using YearMap = std::map<int, Statistic>;
    using VariableMap = std::map<std::string, YearMap, std::less<>>;
    std::vector<Region> m_regions;
    std::map<std::string, std::size_t, std::less<>> m_regionIndex;
    std::map<std::string, VariableMap, std::less<>> m_statistics; // region → variable → year
    std::size_t m_statisticCount = 0;
    std::vector<PlanTarget> m_targets;
    std::vector<KeyTask> m_tasks;
};

} // namespace jieshui::core
