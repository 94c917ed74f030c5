// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/KeyTask.h"
#include "model/PlanTarget.h"
#include "model/Region.h"
#include "model/Statistic.h"
#include "model/ValueColumn.h"
#include "units/Dimension.h"

#include <map>
#include <optional>
#include <set>
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
    /**
     * Replaces the region with @p region's code (names, parent, county list, profile): UnknownRegion when
     * there is none, or when the new parent is not a region; nothing changes on error.
     */
    Status updateRegion(Region region);
    /**
     * Removes a region and every statistic of it. Refused (nothing changes) while a region lies under it or
     * lists it among its counties, or a plan target names it: those go first (store::RegionEditor removes a
     * region with everything that depends on it, all at once).
     */
    Status removeRegion(std::string_view code);
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
    /**
     * Every variable of one region as dense value columns (kept in step with the statistics), or nullptr
     * when the region has no statistics: the fast path for batch computations such as the engine's grids.
     */
    const RegionColumns* columns(std::string_view regionCode) const;
    /** Smallest and largest year with any statistic; {0, 0} when empty. */
    std::pair<int, int> yearRange() const;

    /**
     * Declares a key-task variable "task.<NN>.<name>" with the dimension of the unit it was loaded
     * with. Declaring it again with the same dimension is a no-op; with another one a UnitMismatch.
     * addStatistic/setStatistic declare it themselves from Statistic::unit when it is not declared yet.
     */
    Status declareTaskVariable(std::string_view id, Dimension dimension);
    /** Dimension of a declared task.* variable, or nullopt. */
    std::optional<Dimension> taskVariableDimension(std::string_view id) const;
    /** Every declared task.* variable and its dimension, ordered by id. */
    const std::map<std::string, Dimension, std::less<>>& taskVariables() const { return m_taskVariables; }
    /** Dimension of any variable: the catalogue's, or a declared task.* variable's; nullopt if unknown. */
    std::optional<Dimension> variableDimension(std::string_view id) const;

    Status addTarget(PlanTarget target);
    const std::vector<PlanTarget>& targets() const { return m_targets; }
    void clearTargets() {
        m_targets.clear();
        m_targetIds.clear();
    }

    Status addTask(KeyTask task);
    const std::vector<KeyTask>& tasks() const { return m_tasks; }
    KeyTask* task(int number);

private:
    Status checkStatistic(const Statistic& statistic) const;
    /** For a task.* statistic not yet declared: the dimension of its unit (checked), else nullopt. */
    Result<std::optional<Dimension>> undeclaredTaskDimension(const Statistic& statistic) const;

    using YearMap = std::map<int, Statistic>;
    using VariableMap = std::map<std::string, YearMap, std::less<>>;
    std::vector<Region> m_regions;
    std::map<std::string, std::size_t, std::less<>> m_regionIndex;
    std::map<std::string, VariableMap, std::less<>> m_statistics; // region → variable → year
    std::map<std::string, RegionColumns, std::less<>> m_columns;  // the same values, dense (columns())
    std::size_t m_statisticCount = 0;
    std::vector<PlanTarget> m_targets;
    std::set<std::string, std::less<>> m_targetIds; ///< ids of m_targets: addTarget stays O(log n)
    std::vector<KeyTask> m_tasks;
    std::map<std::string, Dimension, std::less<>> m_taskVariables; // task.<NN>.<name> → dimension
};

} // namespace jieshui::core
