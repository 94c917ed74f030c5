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
    if (auto st = server::ProjectAccess::grant(address.value(), arguments[1].toStdString(), level);
        st.hasError()) {
        context.err << QCoreApplication::translate("cli", "Access not changed: %1")
                           .arg(QString::fromStdString(st.error().toString()))
                    << '\n';
        return UserError;
    }
    const QString what =
        level == server::AccessLevel::Editor   ? QCoreApplication::translate("cli", "may now change")
        : level == server::AccessLevel::Viewer ? QCoreApplication::translate("cli", "may now read")
                                               : QCoreApplication::translate("cli", "may no longer use");
    context.out << QCoreApplication::translate("cli", "%1 %2 the project %3.")
                       .arg(arguments[1], what, QString::fromStdString(address.value().schema()))
                << '\n';
    return Success;
}

} // namespace jieshui::cli
