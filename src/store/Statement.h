// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace jieshui::store {

class Database;

/**
 * A prepared statement (RAII, move-only). Values are only ever bound as parameters (1-based index),
 * so no user value is ever part of SQL text.
 */
class Statement {
public:
    /** Prepares fixed SQL text; a syntax error or missing table is a StoreError. */
    static core::Result<Statement> prepare(Database& db, const char* sql);

    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, int value);
    Statement& bind(int index, long long value);
    Statement& bind(int index, bool value) { return bind(index, value ? 1 : 0); }
    Statement& bind(int index, std::optional<double> value);
    Statement& bindBlob(int index, const QByteArray& blob);
    Statement& bindNull(int index);

    /** Steps once: true while a row is available, false when done; errors are StoreErrors. */
    core::Result<bool> step();
    /** Steps to completion (INSERT/UPDATE/DELETE) and resets for the next bindings. */
    core::Status run();
    void reset();

    std::string text(int column) const;
    double real(int column) const;
    int integer(int column) const;
    long long integer64(int column) const;
    bool isNull(int column) const;
    /** True when the column holds an INTEGER or REAL value (not text, a blob or NULL). */
    bool isNumber(int column) const;
    std::optional<double> optionalReal(int column) const;
    QByteArray blob(int column) const;

private:
    Statement(Database* db, sqlite3_stmt* statement);

    Database* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace jieshui::store
