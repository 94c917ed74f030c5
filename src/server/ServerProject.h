// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeLogEntry.h"
#include "PgConnection.h"
#include "ProjectImage.h"
#include "ServerAddress.h"
#include "store/ProjectStore.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace jieshui::server {

/**
 * A project shared on a PostgreSQL/PostGIS server (one schema per project, see ServerSchema), used like a
 * project file through store::ProjectStore.
 *
 * Optimistic concurrency: load() remembers each row's version; save() compares the new project with what was
 * loaded and writes only the rows that differ, in one transaction, each UPDATE/DELETE guarded by the version
 * it read. When someone else changed one of those rows in between, nothing is saved and the error
 * (ErrorCode::Conflict) names the row, who changed it, when and how. A client killed mid-save leaves nothing:
 * the server rolls the open transaction back. Rows the user did not touch are never written, so two people
 * editing different things both save.
 */
class ServerProject : public store::ProjectStore {
public:
    /**
     * Connects and checks the project: the schema exists and holds a project of a schema version this
     * program reads. ReadWrite is refused when the user's role may only read (a viewer).
     */
    static core::Result<std::unique_ptr<ServerProject>>
    open(const ServerAddress& address, store::OpenMode mode = store::OpenMode::ReadWrite);

    std::string location() const override { return m_address.display(); }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override { return m_schemaVersion; }

    core::Result<store::ProjectData> load() override;
    /** load(), also handing over the tables as read from the server, every row of every table (for pull). */
    core::Result<store::ProjectData> load(ProjectImage* raw);
    core::Status save(const store::ProjectData& data) override;
    core::Status writeResults(const std::string& scenario,
                              const std::vector<store::ResultRow>& rows) override;
    core::Status writeResults(const std::map<std::string, std::vector<core::Verdict>>& byScenario) override;
    core::Result<std::vector<store::ResultRow>> results(const std::string& scenario = {}) override;
    core::Result<store::ProjectSummary> summary() override;
    std::string metadata(const std::string& key) override;

    /** The newest @p limit changes, newest first. */
    core::Result<std::vector<ChangeLogEntry>> changeLog(int limit = 200);
    /** The login this project is open as. */
    std::string user() const { return m_conn.user(); }
    const ServerAddress& address() const { return m_address; }

private:
    struct RowVersion {
        long long fid = 0;
        long long version = 0;
    };
    using VersionMap = std::map<std::string, std::map<std::string, RowVersion>>; // table → row key → version

    ServerProject(PgConnection conn, ServerAddress address, std::string postgis, int schemaVersion,
                  bool readOnly)
        : m_conn(std::move(conn)), m_address(std::move(address)), m_postgis(std::move(postgis)),
          m_schemaVersion(schemaVersion), m_readOnly(readOnly) {}

    core::Result<ProjectImage> readServer(VersionMap& versions);
    core::Status replaceResults(const TableImage& rows, const std::vector<std::string>& scenarios,
                                const std::string& note);
    core::Error conflict(const std::string& table, const std::string& key, long long fid, const char* kind);
    core::Error readOnlyError() const;
    std::string table(const std::string& name) const { return m_conn.qualified(m_address.schema(), name); }

    PgConnection m_conn;
    ServerAddress m_address;
    std::string m_postgis; ///< quoted schema of the PostGIS functions
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_loaded = false;
    ProjectImage m_base; ///< the project as last loaded or saved, as the file writer writes it
    VersionMap m_versions;
};

} // namespace jieshui::server
