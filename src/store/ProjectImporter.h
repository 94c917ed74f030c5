// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/WideTableMapping.h"
#include "model/Dataset.h"

#include <QString>
#include <string>
#include <vector>

namespace jieshui::store {

class ProjectFile;
class ProjectStore;

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
    static core::Result<ImportOutcome> importStatistics(ProjectStore& file, const QString& inputPath);

    /**
     * The all-or-nothing statistics import of long-format UTF-8 @p text; rejections are located in
     * @p displayName (a file name, or a note that the text was converted). importStatistics and
     * importWideStatistics both end here.
     */
    static core::Result<ImportOutcome> importStatisticsText(ProjectStore& file, const std::string& text,
                                                            const std::string& displayName);

    /**
     * Reads a wide-table mapping file (docs/import.md, "Wide tables"): CSV with the header
     * `column,variable,unit`; rows `region_column,NAME`, `year,YYYY`, `year_column,NAME`, `source,TEXT`,
     * `estimate,0|1` set the mapping, every other row maps a table column to a variable and unit.
     * Errors are located by mapping file, line and column (unknown variable or unit, bad year, ...).
     */
    static core::Result<geo::WideTableMapping> readWideMapping(const QString& mappingPath);

    /**
     * Converts the wide table(s) at @p tablePath (a CSV, or every sheet of an XLSX) with @p mapping
     * against the project's regions, without changing the project (the dry run shows this).
     */
    static core::Result<geo::LongTableConversion>
    convertWideStatistics(ProjectStore& file, const QString& tablePath, const geo::WideTableMapping& mapping);

    /** The same against @p dataset's regions (the window's project in memory). */
    static core::Result<geo::LongTableConversion> convertWideStatistics(const core::Dataset& dataset,
                                                                        const QString& tablePath,
                                                                        const geo::WideTableMapping& mapping);

    /**
     * A long-format statistics file (CSV in UTF-8 or GBK, or the first sheet of an XLSX) as UTF-8 CSV text,
     * for a loader; an unreadable file is an error naming it.
     */
    static core::Result<std::string> readLongText(const QString& path);

    /** convertWideStatistics, then importStatisticsText: all or nothing, like importStatistics. */
    static core::Result<ImportOutcome> importWideStatistics(ProjectStore& file, const QString& tablePath,
                                                            const geo::WideTableMapping& mapping);

    /** Plan targets (plan_targets.csv columns): a target whose id exists is replaced, a new id added. */
    static core::Result<ImportOutcome> importPlan(ProjectStore& file, const QString& inputPath);

    // The same imports into a project file already open (through a GeoPackageStore borrowing it).
    static core::Result<ImportOutcome> importStatistics(ProjectFile& file, const QString& inputPath);
    static core::Result<ImportOutcome> importPlan(ProjectFile& file, const QString& inputPath);
    static core::Result<ImportOutcome> importWideStatistics(ProjectFile& file, const QString& tablePath,
                                                            const geo::WideTableMapping& mapping);
};

} // namespace jieshui::store
