// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <string>

namespace jieshui::server {

/**
 * Where a shared project lives: a PostgreSQL URI naming the database, plus our `schema` parameter naming
 * the project's schema, e.g. `postgresql://gis.bureau.local/water?schema=qinzhou` or, through a service
 * file, `postgresql://?service=bureau&schema=qinzhou`. Credentials are never part of the address: a
 * password in it is refused, so it never lands in a project list, a log or a shell history; libpq takes
 * it from the user's ~/.pgpass (PGPASSFILE) or pg_service.conf (PGSERVICEFILE).
 */
class ServerAddress {
public:
    /** True for text that names a server project (postgresql:// or postgres://), valid or not. */
    static bool isServerAddress(const QString& text);

    /**
     * Parses @p uri. Refused (InvalidValue, with what to do instead): another scheme, a password in the
     * user part or as a parameter, no `schema`, or a schema name other than lower-case letters, digits
     * and underscores starting with a letter (at most 63).
     */
    static core::Result<ServerAddress> parse(const QString& uri);

    /** The libpq connection URI: the address without `schema`, with a fallback application name. */
    const std::string& connectionUri() const { return m_connectionUri; }
    /** The project's schema, e.g. "qinzhou". */
    const std::string& schema() const { return m_schema; }
    /** The address as the user wrote it (it holds no credentials). */
    const std::string& display() const { return m_display; }

private:
    std::string m_connectionUri;
    std::string m_schema;
    std::string m_display;
};

} // namespace jieshui::server
