// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableImage.h"
#include "common/Result.h"
#include "store/ProjectData.h"

#include <string_view>
#include <vector>

namespace jieshui::store {
class Database;
}

namespace jieshui::server {

/**
 * Every table of a project as plain rows (TableImage): the exchange format between a GeoPackage project
 * and its server copy. Made from a GeoPackage (read), from a project in memory (fromProject, through the
 * GeoPackage writer in a temporary in-memory database) and turned back into a project (toProject, through
 * the GeoPackage reader and its schema migrations), so the meaning of every column stays in src/store.
 */
class ProjectImage {
public:
    int schemaVersion = 0;
    std::vector<TableImage> tables;

    TableImage* table(std::string_view name);
    const TableImage* table(std::string_view name) const;
    /** Total rows of every table. */
    std::size_t rowCount() const;

    /** Reads the project tables of an open GeoPackage project (attributes and features of gpkg_contents). */
    static core::Result<ProjectImage> read(store::Database& db);
    /** The tables, without rows, of a new project file of schema @p version: names, columns and keys. */
    static core::Result<ProjectImage> emptySchema(int version);
    /** The tables the project file would hold for @p data (current schema). */
    static core::Result<ProjectImage> fromProject(const store::ProjectData& data);
    /**
     * The project these tables hold: written into a temporary GeoPackage of their schema version, migrated
     * to the current one and read by the project reader (which checks every value as it would a file's).
     */
    core::Result<store::ProjectData> toProject() const;
    /** The result rows of @p scenario (all when empty) among these tables, as the project reader reads them.
     */
    core::Result<std::vector<store::ResultRow>> toResults(const std::string& scenario = {}) const;
    /**
     * Creates, registers (gpkg_contents, gpkg_geometry_columns) and fills in GeoPackage @p db every table of
     * these that @p db lacks: what a project keeps beside its data, such as the county_compliance layer and
     * QGIS's layer_styles, so that a pulled file holds every table the server does.
     */
    core::Status addTablesMissingFrom(store::Database& db) const;

private:
    /** A temporary GeoPackage of these tables, migrated to the current schema. */
    core::Result<store::Database> toDatabase() const;
};

} // namespace jieshui::server
