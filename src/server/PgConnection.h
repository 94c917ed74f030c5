// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgParam.h"
#include "PgResult.h"
#include "common/Result.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace jieshui::server {

class ServerAddress;

/** A NOTICE or WARNING the server sent with a statement (libpq's "notice"), as data instead of stderr. */
struct PgNotice {
    std::string severity; ///< the server's non-localized severity: "WARNING", "NOTICE", ...
    std::string sqlState; ///< e.g. "01007" (privilege not revoked), "00000"
    std::string message;  ///< the primary message, in the server's language
};

/**
 * One connection to a PostgreSQL server through libpq (RAII, move-only). Credentials come from libpq's
 * own sources only (~/.pgpass or PGPASSFILE, pg_service.conf, Kerberos/peer), never from our code.
 * Every value goes to the server as a bound parameter; identifiers go through quoteIdentifier().
 */
class PgConnection {
public:
    /** Connects to @p address; a refusal names the address (without credentials) and the server's reason. */
    static core::Result<PgConnection> connect(const ServerAddress& address);

    PgConnection(PgConnection&& other) noexcept
        : m_conn(other.m_conn), m_display(std::move(other.m_display)), m_notices(std::move(other.m_notices)) {
        other.m_conn = nullptr;
    }
    PgConnection& operator=(PgConnection&& other) noexcept;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection();

    /** Runs @p sql with @p params; a failure is a StoreError with the server's message. */
    core::Result<PgResult> exec(std::string_view sql, const std::vector<PgParam>& params = {});
    /** exec() ignoring the rows. */
    core::Status run(std::string_view sql, const std::vector<PgParam>& params = {});
    /** Runs @p sql and returns the raw result, failed or not (for callers that look at the SQLSTATE). */
    PgResult execRaw(std::string_view sql, const std::vector<PgParam>& params = {});

    /** A double-quoted identifier, escaped by libpq. */
    std::string quoteIdentifier(std::string_view name) const;
    /** "schema"."name", both quoted. */
    std::string qualified(std::string_view schema, std::string_view name) const;

    /** The role this connection logged in as. */
    std::string user() const;
    /** The address it was opened with, for messages. */
    const std::string& display() const { return m_display; }
    /** A StoreError for a failed @p result: @p what failed, and the server's reason. */
    core::Error error(const std::string& what, const PgResult& result) const;

    /**
     * The notices and warnings the server sent since the last call, oldest first. libpq would print them
     * raw on stderr ("WARNING:  role ... is not a member ..."); they are collected here instead, for the
     * caller to turn into words of its own or to drop as harmless.
     */
    std::vector<PgNotice> takeNotices();

private:
    PgConnection(pg_conn* conn, std::string display);
    static void receiveNotice(void* notices, const pg_result* result);

    pg_conn* m_conn = nullptr;
    std::string m_display;
    std::unique_ptr<std::vector<PgNotice>> m_notices; // stable address for libpq's notice receiver
};

} // namespace jieshui::server
