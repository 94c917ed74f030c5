// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/GrantCommand.h"

#include "server/ProjectAccess.h"

#include <QCoreApplication>

namespace jieshui::cli {

QString GrantCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "grant postgresql://HOST/DB?schema=NAME USER viewer|editor|none   let a "
               "database login read or change a shared project, or neither");
}

int GrantCommand::run(const QStringList& arguments, CliContext& context) {
    server::AccessLevel level = server::AccessLevel::None;
    if (arguments.size() != 3 || !server::accessLevelFromId(arguments[2], &level)) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    auto address = server::ServerAddress::parse(arguments[0]);
    if (address.hasError()) {
        context.err << QString::fromStdString(address.error().toString()) << '\n';
        return UsageError;
    }
    auto granted = server::ProjectAccess::grant(address.value(), arguments[1].toStdString(), level);
    if (granted.hasError()) {
        context.err << QCoreApplication::translate("cli", "Access not changed: %1")
                           .arg(QString::fromStdString(granted.error().toString()))
                    << '\n';
        return UserError;
    }
    const server::GrantOutcome& outcome = granted.value();
    const QString user = arguments[1];
    const QString project = QString::fromStdString(address.value().schema());
    QString line;
    if (outcome.before == outcome.after)
        line =
            level == server::AccessLevel::Editor
                ? QCoreApplication::translate("cli", "%1 already may change the project %2; nothing changed.")
            : level == server::AccessLevel::Viewer
                ? QCoreApplication::translate("cli", "%1 already may read the project %2; nothing changed.")
                : QCoreApplication::translate("cli", "%1 had no access to the project %2; nothing changed.");
    else
        line = level == server::AccessLevel::Editor
                   ? QCoreApplication::translate("cli", "%1 may now change the project %2.")
               : level == server::AccessLevel::Viewer
                   ? QCoreApplication::translate("cli", "%1 may now read the project %2.")
                   : QCoreApplication::translate("cli", "%1 may no longer use the project %2.");
    context.out << line.arg(user, project) << '\n';
    for (const QString& note : outcome.notes)
        context.out << QCoreApplication::translate("cli", "Note: %1").arg(note) << '\n';
    return Success;
}

} // namespace jieshui::cli
