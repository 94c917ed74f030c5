// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jieshui::geo {

/** A table of text cells: a header row and data rows (one sheet of a workbook, or one CSV file). */
struct Table {
    QString name;              ///< sheet name, or the CSV file's base name
    QStringList header;        ///< first row, trimmed
    QVector<QStringList> rows; ///< data rows; each padded to the header's length
    QString encoding;          ///< CSV: the encoding the bytes were read in ("UTF-8", "CP936")
};

/**
 * Reads statistics tables for import: CSV in UTF-8, UTF-8 with BOM or GBK (detected, or named), and
 * XLSX workbooks through GDAL's XLSX driver (every sheet, all cells as text). Blank rows are skipped.
 */
class TableReader {
public:
    /** Reads @p path: a CSV gives one table, an XLSX one per sheet. @p encoding overrides CSV detection. */
    static core::Result<QVector<Table>> read(const QString& path, const QString& encoding = {});

    /** Parses CSV bytes (RFC 4180 quoting; comma, or semicolon/tab when the header has no comma). */
    static core::Result<Table> readCsv(const QByteArray& bytes, const QString& displayName,
                                       const QString& encoding = {});

    /** The encoding TextDecoding::decodeTextFile() decides ("UTF-8", "GB18030"), empty when it refuses. */
    static QString detectCsvEncoding(const QByteArray& bytes);

    /** Writes @p table as UTF-8 CSV text (no BOM), quoting cells with commas, quotes or line breaks. */
    static QString toCsv(const Table& table);
};

} // namespace jieshui::geo
