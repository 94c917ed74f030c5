// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "ProjectFile.h"
#include "common/Result.h"
#include "engine/Verdict.h"

#include <map>
#include <string>
#include <vector>

namespace jieshui::store {

/**
 * Where a project lives: a GeoPackage file on one desk (GeoPackageStore) or a schema on a shared
 * PostgreSQL/PostGIS server (server::ServerProject). Every front end (CLI commands, importers, the window)
 * reads and writes projects through this interface, so each works with either kind.
 *
 * save() stores the edits made to the data last returned by load(): a file replaces its content in one
 * transaction; a server applies the changed rows only, and refuses (ErrorCode::Conflict) when someone else
 * changed one of them since that load.
 */
class ProjectStore {
public:
    virtual ~ProjectStore() = default;

    /** The file path, or the server address without credentials: for messages and titles. */
    virtual std::string location() const = 0;
    /** True when opened read-only, or when the user may only read (a server role without write rights). */
    virtual bool isReadOnly() const = 0;
    virtual int schemaVersion() const = 0;

    /** Reads the whole project (and, on a server, remembers what was read as the base of the next save). */
    virtual core::Result<ProjectData> load() = 0;
    /** Stores @p data: all or nothing. */
    virtual core::Status save(const ProjectData& data) = 0;

    /** Replaces the results of @p scenario by @p rows (already converted) and records the evaluation time. */
    virtual core::Status writeResults(const std::string& scenario, const std::vector<ResultRow>& rows) = 0;
    /** Replaces the results of several scenarios (scenario name → its verdicts) at once. */
    virtual core::Status
    writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario) = 0;
    virtual core::Result<std::vector<ResultRow>> results(const std::string& scenario = {}) = 0;

    virtual core::Result<ProjectSummary> summary() = 0;
    /** One metadata value (e.g. "last_saved", "last_evaluated"); empty when absent. */
    virtual std::string metadata(const std::string& key) = 0;
};

} // namespace jieshui::store
