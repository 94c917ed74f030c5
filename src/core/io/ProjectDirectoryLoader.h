// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/FileProvider.h"
#include "io/LoadReport.h"
#include "io/LoadedProject.h"

#include <filesystem>

namespace jieshui::core {

/**
 * Loads a whole project data directory (docs/data-formats.md) except its geometry: project.csv and
 * regions.csv are required; irrigation_districts.csv, statistics.csv, plan_targets.csv, tasks.csv with
 * task_milestones.csv, scenarios.csv with scenario_overrides.csv, allocations.csv and uncertainty.csv are read when
 * present. Errors of every file that can be checked are collected (report()); any error means no
 * project. Files that others depend on (project, regions, districts) stop the load when they fail.
 */
class ProjectDirectoryLoader {
public:
    Result<LoadedProject> load(const std::filesystem::path& directory);
    Result<LoadedProject> load(const FileProvider& files);
    const LoadReport& report() const { return m_report; }

private:
    LoadReport m_report;
};

} // namespace jieshui::core
