// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Result.h"

#include <QStringList>
#include <string>
#include <vector>

namespace jieshui::store {

/**
 * The parts of a project a region edit touches, by reference: built from the store's ProjectData or from
 * the window's, so both edit regions by the same rules.
 */
struct ProjectParts {
    core::Dataset& dataset;
    std::vector<core::Scenario>& scenarios;
    std::vector<core::Allocation>& allocations;
    QVector<geo::FeatureLayer>& layers;
    std::vector<ResultRow>& results;

    static ProjectParts of(ProjectData& data) {
        return {data.dataset, data.scenarios, data.allocations, data.layers, data.results};
    }
};

/** What removing a region takes with it. */
struct RegionRemoval {
    std::vector<std::string> regions;     ///< the region and every region under it, deepest first
    std::size_t statistics = 0;           ///< their statistics
    std::vector<std::string> targets;     ///< plan targets of those regions
    std::vector<std::string> allocations; ///< allocations of a removed parent (removed whole)
    std::size_t shares = 0;               ///< shares of removed regions in other allocations
    std::size_t overrides = 0;            ///< scenario settings for removed regions
    std::vector<std::string> coverage; ///< regions (basins, utilities) that no longer list a removed county
    std::size_t features = 0;          ///< map features of the removed regions
    std::size_t results = 0;           ///< stored results of the removed regions

    /** One translated line per kind of thing removed, for a confirmation or a report. */
    QStringList describe() const;
};

/**
 * Adds, renames and removes the regions of a project, each all or nothing: the edit is made on copies and
 * only a complete, valid outcome replaces the project's parts. Used by `jieshui-cli region` and the window's
 * region edits (undo commands hold the parts before and after).
 */
class RegionEditor {
public:
    /**
     * Adds @p region under its parent. Refused: an empty or taken code, an empty Chinese name, a missing
     * parent (only the root has none, and a project has one root), a parent of a kind the region cannot have
     * (a county lies under a city, ...).
     */
    static core::Status add(ProjectParts project, core::Region region);
    /** Sets the names of region @p code (and of its map features); the Chinese name must not be empty. */
    static core::Status rename(ProjectParts project, const std::string& code, const std::string& nameZh,
                               const std::string& nameEn);
    /** What remove() would take with it, changing nothing. The root cannot be removed. */
    static core::Result<RegionRemoval> planRemoval(const ProjectParts& project, const std::string& code);
    /** Removes region @p code with everything that depends on it (see RegionRemoval). */
    static core::Result<RegionRemoval> remove(ProjectParts project, const std::string& code);
};

} // namespace jieshui::store
