// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/LogCommand.h"

#include "TextTable.h"
#include "server/ServerProject.h"

#include <QCoreApplication>

namespace jieshui::cli {

QString LogCommand::synopsis() const {
    return QCoreApplication::translate("cli",
                                       "log postgresql://HOST/DB?schema=NAME [--limit N]   who changed what "
                                       "and when in a shared project (newest first)");
}

int LogCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    int limit = 50;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--limit")) {
            bool ok = false;
            limit = i + 1 < arguments.size() ? arguments[++i].toInt(&ok) : 0;
            if (!ok || limit <= 0) {
                context.err << QCoreApplication::translate("cli", "--limit needs a positive number.") << '\n';
                return UsageError;
            }
        } else if (arguments[i].startsWith(QLatin1String("--")) || !project.isEmpty()) {
            context.err << synopsis() << '\n';
            return UsageError;
        } else {
            project = arguments[i];
        }
    }
    if (project.isEmpty()) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    auto address = server::ServerAddress::parse(project);
    if (address.hasError()) {
        context.err << QCoreApplication::translate("cli", "Only shared projects have a change log: %1")
                           .arg(QString::fromStdString(address.error().toString()))
                    << '\n';
        return UsageError;
    }
    auto opened = server::ServerProject::open(address.value(), store::OpenMode::ReadOnly);
    if (opened.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(QString::fromStdString(opened.error().toString()))
                    << '\n';
        return UserError;
    }
    auto entries = opened.value()->changeLog(limit);
    if (entries.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot read the change log: %1")
                           .arg(QString::fromStdString(entries.error().toString()))
                    << '\n';
        return UserError;
    }
    TextTable table;
    table.setHeader({QCoreApplication::translate("cli", "Time (UTC)"),
                     QCoreApplication::translate("cli", "User"),
                     QCoreApplication::translate("cli", "Change")});
    for (const server::ChangeLogEntry& e : entries.value())
        table.addRow({QString::fromStdString(e.time), QString::fromStdString(e.user), e.describe()});
    context.out << table.toString();
    return Success;
}

} // namespace jieshui::cli
