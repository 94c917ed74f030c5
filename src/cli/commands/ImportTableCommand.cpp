// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportTableCommand.h"

#include "server/ProjectLocator.h"

#include <QCoreApplication>

namespace jieshui::cli {

namespace {
QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

int ImportTableCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.size() != 2 || arguments[0].startsWith(QLatin1String("--")) ||
        arguments[1].startsWith(QLatin1String("--"))) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    // The project is opened read-write first: a locked or read-only project is refused before any work.
    auto file = server::ProjectLocator::open(arguments[0], store::OpenMode::ReadWrite);
    if (file.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                           .arg(q(file.error().toString()))
                    << '\n';
        return UserError;
    }
    return report(importInto(*file.value(), arguments[1]), arguments[0], context);
}

int ImportTableCommand::report(const core::Result<store::ImportOutcome>& outcome, const QString& projectPath,
                               CliContext& context) {
    if (outcome.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing was imported: %1"))
                           .arg(q(outcome.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& o = outcome.value();
    context.out << message(QT_TRANSLATE_NOOP("cli", "added %1, replaced %2, unchanged %3, rejected %4"))
                       .arg(o.added)
                       .arg(o.replaced)
                       .arg(o.unchanged)
                       .arg(o.rejected)
                << '\n';
    for (const auto& line : o.rejectionLines)
        context.out << q(line) << '\n';
    if (o.rejected > 0) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli",
                           "Nothing was imported: correct the rejected rows and run the import again."))
                    << '\n';
        return UserError;
    }
    if (!o.applied)
        context.out << message(
                           QT_TRANSLATE_NOOP("cli", "The project already holds these rows; nothing to do."))
                    << '\n';
    else
        context.out << message(QT_TRANSLATE_NOOP("cli", "Imported into %1.")).arg(projectPath) << '\n';
    return Success;
}

} // namespace jieshui::cli
