// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Result.h"

namespace jieshui::store {

class Database;

/**
 * Writes the tables of a project file from a ProjectData. Every function replaces the whole content of
 * its tables and must run inside the caller's Transaction (ProjectFile::save holds one for all).
 */
class ProjectWriter {
public:
    static core::Status writeAll(Database& db, const ProjectData& data);
    static core::Status writeMetadata(Database& db, const core::ProjectMetadata& metadata);
    static core::Status writeRegions(Database& db, const core::Dataset& dataset);
    static core::Status writeStatistics(Database& db, const core::Dataset& dataset);
    static core::Status writeTargets(Database& db, const core::Dataset& dataset);
    static core::Status writeTasks(Database& db, const core::Dataset& dataset);
    static core::Status writeScenarios(Database& db, const std::vector<core::Scenario>& scenarios);
    static core::Status writeAllocations(Database& db, const std::vector<core::Allocation>& allocations);
    static core::Status writeLayers(Database& db, const QVector<geo::FeatureLayer>& layers);
    static core::Status writeLessons(Database& db, const std::vector<core::Lesson>& lessons);
    /** Replaces the result rows of @p scenario (all scenarios when empty) by @p rows. */
    static core::Status writeResults(Database& db, const std::string& scenario,
                                     const std::vector<ResultRow>& rows);
};

} // namespace jieshui::store
