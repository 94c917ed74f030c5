// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectImage.h"
#include "common/Result.h"

#include <string>
#include <vector>

namespace jieshui::server {

class PgConnection;

/** A table as it exists on the server: its columns (without fid and the bookkeeping columns). */
struct ServerTable {
    std::string name;
    std::vector<ImageColumn> columns;
    std::string geometryType; ///< layers: e.g. "MULTIPOLYGON"
    int srid = 0;
    bool isLayer() const { return !geometryType.empty(); }
};

/**
 * The server side of a project: one PostgreSQL schema per project holding the project file's tables under
 * the same names and columns (layers as PostGIS geometry columns with a spatial index, so QGIS lists them),
 * plus on every table `row_version`, `changed_by` and `changed_at`, kept by a trigger that also writes each
 * change (user, time, table, row, old and new values) to `jieshui_change_log`. Optional group roles
 * `<schema>_viewer` (read) and `<schema>_editor` (read and write, owner of the tables) carry the rights.
 * Every function runs inside the caller's transaction.
 */
class ServerSchema {
public:
    static constexpr const char* changeLogTable = "jieshui_change_log";

    /** True when the schema exists; NotAProject when it exists without our metadata table. */
    static core::Result<bool> exists(PgConnection& conn, const std::string& schema);
    /** The schema PostGIS is installed in (creating the extension when the user may); a clear error if not.
     */
    static core::Result<std::string> postgisSchema(PgConnection& conn, bool create);

    /** Creates the schema, the change log, the tracking trigger function and the tables of @p shape. */
    static core::Status create(PgConnection& conn, const std::string& schema, const std::string& postgis,
                               const ProjectImage& shape);
    /** Creates one table of @p shape's kind (with its keys, indexes and trigger) and grants it to the roles.
     */
    static core::Status createTable(PgConnection& conn, const std::string& schema, const std::string& postgis,
                                    const TableImage& shape);
    /** Adds the columns of @p shape that @p existing lacks (a project saved by a newer version). */
    static core::Status addMissingColumns(PgConnection& conn, const std::string& schema,
                                          const std::string& postgis, const TableImage& shape,
                                          const ServerTable& existing);

    /** The project tables on the server (not the change log), in name order. */
    static core::Result<std::vector<ServerTable>> tables(PgConnection& conn, const std::string& schema);

    static std::string viewerRole(const std::string& schema) { return schema + "_viewer"; }
    static std::string editorRole(const std::string& schema) { return schema + "_editor"; }
    /**
     * Creates the viewer and editor roles when the user may create roles, grants them the schema and makes
     * the editor role own the tables; returns a note for the user (what was done, or why not).
     */
    static core::Result<std::string> createRoles(PgConnection& conn, const std::string& schema);
    /** True when the roles of @p schema exist. */
    static core::Result<bool> hasRoles(PgConnection& conn, const std::string& schema);

    /** The SQL type of a column on the server. */
    static std::string sqlType(const ImageColumn& column, const std::string& postgis,
                               const TableImage& shape);
};

} // namespace jieshui::server
