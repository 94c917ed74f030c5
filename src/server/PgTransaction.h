// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <string_view>

namespace jieshui::server {

class PgConnection;

/** BEGIN on begin(), ROLLBACK on destruction unless committed: an early error return leaves nothing behind.
 */
class PgTransaction {
public:
    /** Starts a transaction; @p mode is appended to BEGIN, e.g. "ISOLATION LEVEL REPEATABLE READ READ ONLY".
     */
    static core::Result<PgTransaction> begin(PgConnection& conn, std::string_view mode = {});

    PgTransaction(PgTransaction&& other) noexcept : m_conn(other.m_conn) { other.m_conn = nullptr; }
    PgTransaction& operator=(PgTransaction&&) = delete;
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();

    core::Status commit();
    /** Rolls back now (to run further statements, e.g. to explain a conflict, outside the failed
     * transaction). */
    void rollback();

private:
    explicit PgTransaction(PgConnection* conn) : m_conn(conn) {}
    PgConnection* m_conn = nullptr;
};

} // namespace jieshui::server
