// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/PullCommand.h"

#include "server/ProjectTransfer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace jieshui::cli {

QString PullCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "pull postgresql://HOST/DB?schema=NAME PROJECT.gpkg   download a shared "
               "project into a new project file");
}

int PullCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.size() != 2 || arguments[1].startsWith(QLatin1String("--"))) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    auto address = server::ServerAddress::parse(arguments[0]);
    if (address.hasError()) {
        context.err << QString::fromStdString(address.error().toString()) << '\n';
        return UsageError;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto st = server::ProjectTransfer::pull(address.value(), arguments[1].toStdString()); st.hasError()) {
        context.err << QCoreApplication::translate("cli", "Nothing was downloaded: %1")
                           .arg(QString::fromStdString(st.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << QCoreApplication::translate("cli", "Downloaded %1 into %2 in %3 s.")
                       .arg(arguments[0], arguments[1])
                       .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2)
                << '\n';
    return Success;
}

} // namespace jieshui::cli
