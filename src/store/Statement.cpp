// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Database.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace jieshui::store {

core::Result<Statement> Statement::prepare(Database& db, const char* sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &raw, nullptr);
    if (rc != SQLITE_OK) {
        // Our queries name only tables and columns of the schema: when one is missing, the file was damaged
        // or edited outside Jieshui. Say so, instead of SQLite's "no such table/column".
        const std::string detail = db.lastError();
        if ((rc & 0xff) == SQLITE_ERROR &&
            (detail.rfind("no such table", 0) == 0 || detail.rfind("no such column", 0) == 0))
            return core::Error(
                core::ErrorCode::UnsupportedFormat,
                QCoreApplication::translate("store", "the project file lacks a table or column that its "
                                                     "schema version promises (%1): it is damaged or was "
                                                     "edited outside Jieshui")
                    .arg(QString::fromStdString(detail))
                    .toStdString(),
                {.file = db.path()});
        return db.error("cannot prepare a query", rc);
    }
    return Statement(&db, raw);
}

Statement::Statement(Database* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_statement(other.m_statement) {
    other.m_statement = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = other.m_statement;
        other.m_statement = nullptr;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, int value) {
    sqlite3_bind_int(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, long long value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
    if (value)
        return bind(index, *value);
    return bindNull(index);
}

Statement& Statement::bindBlob(int index, const QByteArray& blob) {
    sqlite3_bind_blob(m_statement, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

core::Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->error("a query failed", rc);
}

core::Status Statement::run() {
    auto r = step();
    sqlite3_reset(m_statement);
    if (r.hasError())
        return r.error();
    return core::okStatus();
}

void Statement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_statement, column);
    if (p == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(p),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_statement, column);
}
int Statement::integer(int column) const {
    return sqlite3_column_int(m_statement, column);
}
long long Statement::integer64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool Statement::isNumber(int column) const {
    const int type = sqlite3_column_type(m_statement, column);
    return type == SQLITE_INTEGER || type == SQLITE_FLOAT;
}

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

QByteArray Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_statement, column);
    const int n = sqlite3_column_bytes(m_statement, column);
    if (p == nullptr || n <= 0)
        return {};
    return QByteArray(static_cast<const char*>(p), n);
}

} // namespace jieshui::store
