// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectAccess.h"

#include "PgConnection.h"
#include "PgTransaction.h"
#include "ServerSchema.h"

#include <QCoreApplication>

namespace jieshui::server {

const char* accessLevelId(AccessLevel level) {
    switch (level) {
    case AccessLevel::None:
        return "none";
    case AccessLevel::Viewer:
        return "viewer";
    case AccessLevel::Editor:
        return "editor";
    }
    return "none";
}

bool accessLevelFromId(const QString& id, AccessLevel* level) {
    for (AccessLevel l : {AccessLevel::None, AccessLevel::Viewer, AccessLevel::Editor})
        if (id == QLatin1String(accessLevelId(l))) {
            *level = l;
            return true;
        }
    return false;
}

core::Status ProjectAccess::grant(const ServerAddress& address, const std::string& user, AccessLevel level) {
    auto connected = PgConnection::connect(address);
    if (connected.hasError())
        return connected.error();
    PgConnection& conn = connected.value();
    auto tx = PgTransaction::begin(conn);
    if (tx.hasError())
        return tx.error();
    const std::string schema = address.schema();
    auto exists = ServerSchema::exists(conn, schema);
    if (exists.hasError())
        return exists.error();
    auto roles = ServerSchema::hasRoles(conn, schema);
    if (roles.hasError())
        return roles.error();
    if (!exists.value() || !roles.value())
        return core::Error(core::ErrorCode::StoreError,
                           QCoreApplication::translate("server",
                                                       "the project \"%1\" has no viewer and editor roles "
                                                       "(it is missing, or was uploaded by a login that "
                                                       "could not create roles)")
                               .arg(QString::fromStdString(schema))
                               .toStdString(),
                           {.file = address.display()});
    auto login = conn.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {PgParam::text(user)});
    if (login.hasError())
        return login.error();
    if (login.value().rowCount() == 0)
        return core::Error(core::ErrorCode::InvalidValue,
                           QCoreApplication::translate("server", "the database has no login \"%1\"")
                               .arg(QString::fromStdString(user))
                               .toStdString(),
                           {.file = address.display()});
    const std::string who = conn.quoteIdentifier(user);
    const std::string viewer = conn.quoteIdentifier(ServerSchema::viewerRole(schema));
    const std::string editor = conn.quoteIdentifier(ServerSchema::editorRole(schema));
    if (auto st = conn.run("REVOKE " + viewer + ", " + editor + " FROM " + who); st.hasError())
        return st;
    if (level != AccessLevel::None)
        if (auto st = conn.run("GRANT " + (level == AccessLevel::Editor ? editor : viewer) + " TO " + who);
            st.hasError())
            return st;
    return tx.value().commit();
}

} // namespace jieshui::server
