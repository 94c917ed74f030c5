// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectAccess.h"

#include "PgConnection.h"
#include "PgTransaction.h"
#include "ServerSchema.h"

#include <QCoreApplication>
#include <tuple>

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

QString ProjectAccess::describeNotice(const std::string& severity, const std::string& sqlState,
                                      const std::string& message) {
    const QString text = QString::fromStdString(message);
    if (sqlState == "01007") // privilege_not_revoked
        return QCoreApplication::translate("server", "the server revoked nothing: %1").arg(text);
    if (sqlState == "01006") // privilege_not_granted
        return QCoreApplication::translate("server", "the server granted nothing: %1").arg(text);
    if (severity == "WARNING")
        return QCoreApplication::translate("server", "the server warns: %1").arg(text);
    return QCoreApplication::translate("server", "the server notes: %1").arg(text);
}

core::Result<GrantOutcome> ProjectAccess::grant(const ServerAddress& address, const std::string& user,
                                                AccessLevel level) {
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
    const std::string viewerName = ServerSchema::viewerRole(schema);
    const std::string editorName = ServerSchema::editorRole(schema);
    // The project roles the login holds directly (the only ones a REVOKE can take away).
    auto held =
        conn.exec("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                  "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = $1 AND r.rolname IN ($2, $3)",
                  {PgParam::text(user), PgParam::text(viewerName), PgParam::text(editorName)});
    if (held.hasError())
        return held.error();
    bool isViewer = false;
    bool isEditor = false;
    for (int i = 0; i < held.value().rowCount(); ++i) {
        isViewer = isViewer || held.value().text(i, 0) == viewerName;
        isEditor = isEditor || held.value().text(i, 0) == editorName;
    }
    GrantOutcome outcome;
    outcome.before = isEditor ? AccessLevel::Editor : isViewer ? AccessLevel::Viewer : AccessLevel::None;
    outcome.after = level;
    const std::string who = conn.quoteIdentifier(user);
    for (const auto& [role, holds, wanted] :
         {std::tuple{viewerName, isViewer, level == AccessLevel::Viewer},
          std::tuple{editorName, isEditor, level == AccessLevel::Editor}}) {
        if (holds == wanted)
            continue;
        const std::string quoted = conn.quoteIdentifier(role);
        if (auto st =
                conn.run(holds ? "REVOKE " + quoted + " FROM " + who : "GRANT " + quoted + " TO " + who);
            st.hasError())
            return st.error();
    }
    if (auto st = tx.value().commit(); st.hasError())
        return st.error();
    for (const PgNotice& notice : conn.takeNotices())
        outcome.notes.push_back(describeNotice(notice.severity, notice.sqlState, notice.message));
    return outcome;
}

} // namespace jieshui::server
