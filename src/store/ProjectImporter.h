// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <string>
#include <vector>

namespace jieshui::store {

class ProjectFile;

/** What an import did, or would have done: counts, and one line per problem of a rejected row. */
struct ImportOutcome {
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    int rejected = 0;                        ///< rows with at least one error
    std::vector<std::string> rejectionLines; ///< "file:line: field 'x', region r, year y: reason"
    bool applied = false;                    ///< saved into the project (false when anything was rejected)
};

/**
 * Imports a long-format file (CSV, or the first sheet of an XLSX through GDAL) into an open project,
 * all or nothing: with any rejected row nothing is changed; otherwise the whole project is saved in one
 * transaction. Used by `jieshui-cli import-stats` / `import-plan` and the GUI.
 */
class ProjectImporter {
public:
    /**
     * Statistics (`region_code,year,variable,value,unit,source,estimate[,vintage]`): a row whose key
     * exists with another value replaces it. An unreadable file (encoding, quoting, columns) is an error.
     */
    static core::Result<ImportOutcome> importStatistics(ProjectFile& file, const QString& inputPath);

    /** Plan targets (plan_targets.csv columns): a target whose id exists is replaced, a new id added. */
    static core::Result<ImportOutcome> importPlan(ProjectFile& file, const QString& inputPath);
};

} // namespace jieshui::store
