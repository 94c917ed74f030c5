// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace jieshui::store {

class Database;

/**
 * BEGIN IMMEDIATE on construction (through begin()), ROLLBACK on destruction unless committed: an early
 * return on any error leaves the file exactly as it was.
 */
class Transaction {
public:
    static core::Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    core::Status commit();

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

} // namespace jieshui::store
