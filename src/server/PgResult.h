// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>
#include <string>

struct pg_result;

namespace jieshui::server {

/** The result of one server statement (RAII over libpq's PGresult, move-only). Values are read as text. */
class PgResult {
public:
    explicit PgResult(pg_result* result) : m_result(result) {}
    PgResult(PgResult&& other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult();

    /** True when the statement succeeded (with or without rows). */
    bool isOk() const;
    /** The five-character SQLSTATE of a failure (e.g. "23505" unique violation); empty on success. */
    std::string sqlState() const;
    /** The server's message of a failure (primary message, then detail). */
    std::string errorMessage() const;

    int rowCount() const;
    int columnCount() const;
    /** Rows changed by INSERT/UPDATE/DELETE. */
    long long affectedRows() const;

    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    long long integer(int row, int column) const;
    double real(int row, int column) const;
    std::optional<double> optionalReal(int row, int column) const;
    /** A bytea value (text format "\x..." decoded). */
    QByteArray bytes(int row, int column) const;

private:
    pg_result* m_result = nullptr;
};

} // namespace jieshui::server
