// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRows.h"

namespace jieshui::server {

std::string ServerRows::placeholder(const TableImage& table, const ImageColumn& column, int index) const {
    if (column.type == ColumnType::Geometry)
        return m_postgis + ".st_geomfromwkb($" + std::to_string(index) + ", " + std::to_string(table.srid) +
               ')';
    return '$' + std::to_string(index);
}

std::string ServerRows::selectList(const TableImage& table) const {
    std::string list = "fid, row_version";
    for (const ImageColumn& c : table.columns) {
        list += ", ";
        if (c.type == ColumnType::Geometry)
            list += m_postgis + ".st_asbinary(" + m_conn.quoteIdentifier(c.name) + ')';
        else
            list += m_conn.quoteIdentifier(c.name);
    }
    return list;
}

std::string ServerRows::insertStatement(const std::string& qualified, const TableImage& table,
                                        bool withFid) const {
    std::string columns = withFid ? "fid" : "";
    std::string values = withFid ? "$1" : "";
    int index = withFid ? 1 : 0;
    for (const ImageColumn& c : table.columns) {
        if (!columns.empty()) {
            columns += ", ";
            values += ", ";
        }
        columns += m_conn.quoteIdentifier(c.name);
        values += placeholder(table, c, ++index);
    }
    return "INSERT INTO " + qualified + " (" + columns + ") VALUES (" + values +
           ") RETURNING fid, row_version";
}

core::Status ServerRows::insertAll(const std::string& qualified, const TableImage& table, bool withFid) {
    const std::string statement = insertStatement(qualified, table, withFid);
    std::vector<PgParam> params;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        params.clear();
        if (withFid)
            params.push_back(PgParam::integer(table.fids[r]));
        for (const ImageValue& v : table.rows[r])
            params.push_back(param(v));
        if (auto st = m_conn.run(statement, params); st.hasError())
            return st;
    }
    return core::okStatus();
}

core::Status ServerRows::readAll(const std::string& qualified, TableImage& table,
                                 std::vector<long long>& versions, const std::string& where,
                                 const std::vector<PgParam>& params) {
    auto rows = m_conn.exec("SELECT " + selectList(table) + " FROM " + qualified +
                                (where.empty() ? std::string() : " WHERE " + where) + " ORDER BY fid",
                            params);
    if (rows.hasError())
        return rows.error();
    const PgResult& r = rows.value();
    table.fids.reserve(table.fids.size() + static_cast<std::size_t>(r.rowCount()));
    for (int i = 0; i < r.rowCount(); ++i) {
        table.fids.push_back(r.integer(i, 0));
        versions.push_back(r.integer(i, 1));
        ImageRow row;
        row.reserve(table.columns.size());
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            row.push_back(value(r, i, static_cast<int>(c) + 2, table.columns[c].type));
        table.rows.push_back(std::move(row));
    }
    return core::okStatus();
}

PgParam ServerRows::param(const ImageValue& value) {
    if (const auto* i = std::get_if<long long>(&value))
        return PgParam::integer(*i);
    if (const auto* d = std::get_if<double>(&value))
        return PgParam::real(*d);
    if (const auto* s = std::get_if<std::string>(&value))
        return PgParam::text(*s);
    if (const auto* b = std::get_if<QByteArray>(&value))
        return PgParam::binary(*b);
    return PgParam::null();
}

ImageValue ServerRows::value(const PgResult& result, int row, int column, ColumnType type) {
    if (result.isNull(row, column))
        return std::monostate{};
    switch (type) {
    case ColumnType::Integer:
        return result.integer(row, column);
    case ColumnType::Real:
        return result.real(row, column);
    case ColumnType::Text:
        return result.text(row, column);
    case ColumnType::Blob:
    case ColumnType::Geometry:
        return result.bytes(row, column);
    }
    return std::monostate{};
}

} // namespace jieshui::server
