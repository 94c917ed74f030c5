// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/PushCommand.h"

#include "server/ProjectTransfer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace jieshui::cli {

QString PushCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "push PROJECT.gpkg postgresql://HOST/DB?schema=NAME   upload a project "
               "file as a shared project on PostgreSQL/PostGIS");
}

int PushCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.size() != 2 || arguments[0].startsWith(QLatin1String("--"))) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    auto address = server::ServerAddress::parse(arguments[1]);
    if (address.hasError()) {
        context.err << QString::fromStdString(address.error().toString()) << '\n';
        return UsageError;
    }
    QElapsedTimer timer;
    timer.start();
    auto report = server::ProjectTransfer::push(arguments[0].toStdString(), address.value());
    if (report.hasError()) {
        context.err << QCoreApplication::translate("cli", "Nothing was uploaded: %1")
                           .arg(QString::fromStdString(report.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << QCoreApplication::translate("cli", "Uploaded %1 to %2: %3 tables, %4 rows in %5 s.")
                       .arg(arguments[0], arguments[1])
                       .arg(report.value().tables)
                       .arg(report.value().rows)
                       .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2)
                << '\n';
    if (!report.value().rolesNote.empty())
        context.out << QString::fromStdString(report.value().rolesNote) << '\n';
    return Success;
}

} // namespace jieshui::cli
