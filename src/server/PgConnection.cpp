// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include "ServerAddress.h"

#include <QCoreApplication>
#include <libpq-fe.h>

namespace jieshui::server {

PgConnection::PgConnection(pg_conn* conn, std::string display)
    : m_conn(conn), m_display(std::move(display)), m_notices(std::make_unique<std::vector<PgNotice>>()) {
    if (m_conn != nullptr)
        PQsetNoticeReceiver(m_conn, &PgConnection::receiveNotice, m_notices.get());
}

void PgConnection::receiveNotice(void* notices, const pg_result* result) {
    const auto field = [&](int code) {
        const char* value = PQresultErrorField(result, code);
        return std::string(value != nullptr ? value : "");
    };
    auto* list = static_cast<std::vector<PgNotice>*>(notices);
    if (list->size() < 1000) // a runaway server cannot fill the memory
        list->push_back(PgNotice{field(PG_DIAG_SEVERITY_NONLOCALIZED), field(PG_DIAG_SQLSTATE),
                                 field(PG_DIAG_MESSAGE_PRIMARY)});
}

std::vector<PgNotice> PgConnection::takeNotices() {
    std::vector<PgNotice> out;
    if (m_notices)
        out.swap(*m_notices);
    return out;
}

core::Result<PgConnection> PgConnection::connect(const ServerAddress& address) {
    PGconn* conn = PQconnectdb(address.connectionUri().c_str());
    PgConnection connection(conn, address.display());
    if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
        std::string reason = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' '))
            reason.pop_back();
        return core::Error(core::ErrorCode::StoreError,
                           QCoreApplication::translate("server", "cannot connect to the server: %1")
                               .arg(QString::fromStdString(reason))
                               .toStdString(),
                           {.file = address.display()});
    }
    // Our text for every value: UTF-8, ISO dates, shortest exact doubles.
    if (auto st = connection.run("SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'; "
                                 "SET extra_float_digits = 1; SET TimeZone = 'UTC'");
        st.hasError())
        return st.error();
    return connection;
}

PgConnection& PgConnection::operator=(PgConnection&& other) noexcept {
    if (this != &other) {
        PQfinish(m_conn);
        m_conn = other.m_conn;
        m_display = std::move(other.m_display);
        m_notices = std::move(other.m_notices);
        other.m_conn = nullptr;
    }
    return *this;
}

PgConnection::~PgConnection() {
    PQfinish(m_conn);
}

PgResult PgConnection::execRaw(std::string_view sql, const std::vector<PgParam>& params) {
    const std::string text(sql);
    if (params.empty())
        return PgResult(PQexec(m_conn, text.c_str()));
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    values.reserve(params.size());
    for (const PgParam& p : params) {
        values.push_back(p.format == PgParam::Format::Null ? nullptr : p.bytes.data());
        lengths.push_back(static_cast<int>(p.bytes.size()));
        formats.push_back(p.format == PgParam::Format::Binary ? 1 : 0);
    }
    return PgResult(PQexecParams(m_conn, text.c_str(), static_cast<int>(params.size()), nullptr,
                                 values.data(), lengths.data(), formats.data(), 0));
}

core::Result<PgResult> PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params) {
    PgResult result = execRaw(sql, params);
    if (!result.isOk())
        return error(QCoreApplication::translate("server", "the server refused a statement").toStdString(),
                     result);
    return result;
}

core::Status PgConnection::run(std::string_view sql, const std::vector<PgParam>& params) {
    auto result = exec(sql, params);
    if (result.hasError())
        return result.error();
    return core::okStatus();
}

std::string PgConnection::quoteIdentifier(std::string_view name) const {
    char* quoted = PQescapeIdentifier(m_conn, name.data(), name.size());
    if (quoted == nullptr)
        return "\"\"";
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

std::string PgConnection::qualified(std::string_view schema, std::string_view name) const {
    return quoteIdentifier(schema) + '.' + quoteIdentifier(name);
}

std::string PgConnection::user() const {
    const char* user = PQuser(m_conn);
    return user != nullptr ? user : "";
}

core::Error PgConnection::error(const std::string& what, const PgResult& result) const {
    return core::Error(core::ErrorCode::StoreError, what + ": " + result.errorMessage(), {.file = m_display});
}

} // namespace jieshui::server
