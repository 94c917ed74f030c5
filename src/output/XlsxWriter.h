// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportTable.h"

#include <QString>
#include <vector>

namespace jieshui::output {

/**
 * Writes tables as an Excel workbook (libxlsxwriter), one sheet per table, as Excel and WPS expect it:
 * numbers are number cells holding the full value, with a number format showing the decimals the window shows
 * (the cell's, else the column's: "0.00"; General for −1; numberFormat()), text is
 * text, the header row carries the units ("数值（亿m³）"), is bold and frozen, columns are as wide as their
 * longest cell (CJK characters counted double), and the table's notes (sources, 估算 flags) follow under a
 * blank row; sheets print on A4 landscape, one page wide, the header repeated. Sheet names are the tables'
 * titles made legal (at most 31 characters, no []:*?/\, unique). The workbook is written beside @p path and
 * renamed over it: a failed export leaves an existing file untouched.
 */
class XlsxWriter {
public:
    /** IoError naming the file when it cannot be written; InvalidValue for no tables. */
    static core::Status write(const std::vector<core::ReportTable>& tables, const QString& path);

    /** The Excel number format that shows @p decimals places: "0", "0.0", "0.00" …; "General" for −1. */
    static QString numberFormat(int decimals);

    /** A legal, unique sheet name for @p title, given the names already taken. */
    static QString sheetName(const QString& title, const std::vector<QString>& taken);
};

} // namespace jieshui::output
