// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/RegionMatcher.h"
#include "geo/TableReader.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace jieshui::geo {

/** One value column of a wide table and the statistics variable it holds. */
struct WideColumn {
    QString column;   ///< header text in the table, e.g. "用水总量(亿立方米)"
    QString variable; ///< statistics variable id, e.g. "water-use-total"
    QString unit;     ///< unit as the core unit parser reads it, e.g. "1e8 m3"
};

/** The outcome of converting wide tables: long-format CSV and the rows left out. */
struct LongTableConversion {
    QString csv;         ///< `region_code,year,variable,value,unit,source,estimate`, UTF-8 text, header first
    int valueCount = 0;  ///< data lines written
    QStringList skipped; ///< translated notes: rows whose region is unknown (e.g. 合计), empty cells
};

/**
 * Maps a wide, bulletin-style table (regions as rows, variables as columns; one year per sheet or file)
 * onto the long statistics table the core StatisticsLoader reads. Regions are found by code or by
 * normalised Chinese name (RegionMatcher::normalizeName); values may carry thousands separators.
 * The year comes from yearColumn, else from `year`, else from the sheet name ("2020年" -> 2020).
 */
class WideTableMapping {
public:
    QString regionColumn; ///< header of the region column (code or name)
    QString yearColumn;   ///< header of a year column; empty = one year per table
    int year = 0;         ///< the year of every table when there is no year column; 0 = from the sheet name
    QVector<WideColumn> columns;
    QString source;        ///< the source text for every row, e.g. "钦州市水资源公报 2020"
    bool estimate = false; ///< mark every value as an estimate

    /**
     * Converts @p tables. Fails (located: sheet, row, column) on a missing mapped column, a year that
     * cannot be found, or a cell that is not a number; rows of unknown regions are skipped and listed.
     */
    core::Result<LongTableConversion> toLongCsv(const QVector<Table>& tables,
                                                const QVector<RegionKey>& regions) const;

    /** The first 4-digit year 1949-2100 in @p text ("2020年" -> 2020), or 0. */
    static int yearFromText(const QString& text);

    /** Parses "1,234.5", "１２３", " 12 " as a number; std::nullopt for text; empty/"-"/"—" is handled by the
     * caller. */
    static std::optional<double> parseNumber(const QString& text);
};

} // namespace jieshui::geo
