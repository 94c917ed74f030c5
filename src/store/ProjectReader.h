// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Result.h"

namespace jieshui::store {

class Database;

/**
 * Reads the tables of a project file into a ProjectData. Columns added by later schema versions are
 * read only when @p schemaVersion has them, so a read-only file of an older version still opens.
 * A row that the core rejects (unknown kind, unknown indicator) is a StoreError naming table and row.
 */
class ProjectReader {
public:
    static core::Result<ProjectData> readAll(Database& db, int schemaVersion);
    static core::Result<std::vector<ResultRow>> readResults(Database& db, int schemaVersion,
                                                            const std::string& scenario = {});
    static core::Result<QVector<geo::FeatureLayer>> readLayers(Database& db);
};

} // namespace jieshui::store
