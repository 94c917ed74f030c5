// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace jieshui::store {

core::Result<Transaction> Transaction::begin(Database& db) {
    const int rc = sqlite3_exec(db.handle(), "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return db.error("cannot start a transaction", rc);
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(other.m_db) {
    other.m_db = nullptr;
}

Transaction::~Transaction() {
    if (m_db != nullptr)
        sqlite3_exec(m_db->handle(), "ROLLBACK;", nullptr, nullptr, nullptr);
}

core::Status Transaction::commit() {
    if (m_db == nullptr)
        return core::Error(core::ErrorCode::StoreError, "commit of a finished transaction");
    const int rc = sqlite3_exec(m_db->handle(), "COMMIT;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return m_db->error("cannot commit the save", rc);
    m_db = nullptr;
    return core::okStatus();
}

} // namespace jieshui::store
