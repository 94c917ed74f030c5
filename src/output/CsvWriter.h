// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportTable.h"

#include <QByteArray>
#include <QString>

namespace jieshui::output {

/**
 * Writes a table as CSV that Excel and WPS open in Chinese without an import dialog: UTF-8 with a byte
 * order mark, CRLF line ends, RFC 4180 quoting, the units in the header row ("数值（亿m³）"), numbers with
 * the column's decimals and a decimal point. The table's notes follow under an empty line, one per row.
 */
class CsvWriter {
public:
    /** The file's bytes, BOM included. */
    static QByteArray toCsv(const core::ReportTable& table);
    /** Writes atomically (QSaveFile): a failed write leaves an existing file untouched. */
    static core::Status write(const core::ReportTable& table, const QString& path);
    /** One field, quoted when it holds a comma, a quote or a line break. */
    static QString field(const QString& text);
};

} // namespace jieshui::output
