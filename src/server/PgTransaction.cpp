// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTransaction.h"

#include "PgConnection.h"

namespace jieshui::server {

core::Result<PgTransaction> PgTransaction::begin(PgConnection& conn, std::string_view mode) {
    std::string sql = "BEGIN";
    if (!mode.empty()) {
        sql += ' ';
        sql += mode;
    }
    if (auto st = conn.run(sql); st.hasError())
        return st.error();
    return PgTransaction(&conn);
}

PgTransaction::~PgTransaction() {
    rollback();
}

core::Status PgTransaction::commit() {
    if (m_conn == nullptr)
        return core::Error(core::ErrorCode::StoreError, "no transaction to commit");
    PgConnection* conn = m_conn;
    m_conn = nullptr;
    return conn->run("COMMIT");
}

void PgTransaction::rollback() {
    if (m_conn != nullptr) {
        (void)m_conn->execRaw("ROLLBACK");
        m_conn = nullptr;
    }
}

} // namespace jieshui::server
