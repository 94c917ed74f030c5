// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <string>

namespace jieshui::store {

/**
 * Turns the first sheet of an XLSX workbook (GDAL's XLSX driver) into CSV text with the same columns,
 * so that the CSV loaders check it row by row: the first row is the header, and CSV line n is
 * spreadsheet row n. Every cell is taken as text, exactly as shown, never reinterpreted.
 */
class SpreadsheetReader {
public:
    static core::Result<std::string> xlsxToCsv(const QString& path);

    /** True when @p path ends in .xlsx (case-insensitive). */
    static bool isXlsx(const QString& path);
};

} // namespace jieshui::store
