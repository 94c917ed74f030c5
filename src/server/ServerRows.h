// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "TableImage.h"

#include <string>
#include <vector>

namespace jieshui::server {

/**
 * Moves TableImage rows to and from a server table: the SQL for reading, inserting and updating them
 * (geometry through PostGIS WKB functions, every value a bound parameter) and the value conversions.
 */
class ServerRows {
public:
    /** @p postgis: the quoted schema of the PostGIS functions. */
    ServerRows(PgConnection& conn, std::string postgis) : m_conn(conn), m_postgis(std::move(postgis)) {}

    /** "$n", or the PostGIS call that turns parameter n (WKB) into a geometry of the table's SRID. */
    std::string placeholder(const TableImage& table, const ImageColumn& column, int index) const;
    /** "fid, row_version, <columns>" with geometry read as WKB. */
    std::string selectList(const TableImage& table) const;
    /** INSERT of every column (and the fid when @p withFid) into @p qualified, returning fid and row_version.
     */
    std::string insertStatement(const std::string& qualified, const TableImage& table, bool withFid) const;
    /** Inserts every row of @p table (with its fid when @p withFid). */
    core::Status insertAll(const std::string& qualified, const TableImage& table, bool withFid);
    /**
     * Reads the rows of @p qualified into @p table (whose columns say what to read), ordered by fid;
     * each row's version goes to @p versions.
     */
    core::Status readAll(const std::string& qualified, TableImage& table, std::vector<long long>& versions,
                         const std::string& where = {}, const std::vector<PgParam>& params = {});

    static PgParam param(const ImageValue& value);
    static ImageValue value(const PgResult& result, int row, int column, ColumnType type);

private:
    PgConnection& m_conn;
    std::string m_postgis;
};

} // namespace jieshui::server
