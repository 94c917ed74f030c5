// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace jieshui::server {

/** How a column's values are kept and sent: the SQLite declared type, or the layer's geometry. */
enum class ColumnType { Integer, Real, Text, Blob, Geometry };

struct ImageColumn {
    std::string name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
};

/** One value: NULL, INTEGER, REAL, TEXT, BLOB, or a geometry as ISO WKB (2D, no GeoPackage header). */
using ImageValue = std::variant<std::monostate, long long, double, std::string, QByteArray>;
using ImageRow = std::vector<ImageValue>;

/**
 * One table of a project as plain rows, independent of where it is kept: what a GeoPackage project holds
 * and what a server schema mirrors column for column. The GeoPackage's writer and reader stay the only code
 * that knows what the columns mean; the server copies and compares rows.
 *
 * Rows are identified by their natural key (keyColumns: the table's UNIQUE constraint, else a declared key),
 * layers by their fid. A key's text is its values joined by " / ", the same text the server's change log
 * records for the row.
 */
struct TableImage {
    std::string name;
    bool isLayer = false;             ///< a feature table (fid, geom, ...): identified by fid
    std::string geometryType;         ///< layers: GeoPackage geometry type name, e.g. "MULTIPOLYGON"
    int srid = 0;                     ///< layers: EPSG code of the geometry
    std::vector<ImageColumn> columns; ///< every column except fid, in table order
    std::vector<std::vector<std::string>> uniqueKeys; ///< UNIQUE constraints (column names)
    std::vector<std::vector<std::string>> indexes;    ///< other indexes (column names)
    std::vector<int> keyColumns;                      ///< indexes into columns; empty for layers
    std::vector<long long> fids;                      ///< one per row
    std::vector<ImageRow> rows;

    /** Index of a column by name, or -1. */
    int columnIndex(std::string_view column) const;
    /** Chooses keyColumns: the first UNIQUE constraint, else the declared natural key, else every column. */
    void chooseKey();
    /** The key columns' names ("fid" for a layer). */
    std::vector<std::string> keyColumnNames() const;
    /** The readable key of row @p row (see the class comment). */
    std::string keyOf(std::size_t row) const;
    /** keyOf() of every row; the second and later rows with the same key get " #2", " #3", ... */
    std::vector<std::string> rowKeys() const;
};

/** A value as key text: integers in decimal, text as is, NULL empty. */
std::string keyText(const ImageValue& value);

/** True for names we generate for tables and columns (letters, digits, underscores): safe to quote. */
bool isPlainIdentifier(std::string_view name);

} // namespace jieshui::server
