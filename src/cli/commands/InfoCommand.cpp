// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/InfoCommand.h"

#include "server/ProjectLocator.h"
#include "store/ProjectFile.h"

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

QString InfoCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP("cli", "info PROJECT   summarise a project (file or server)"));
}

int InfoCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.size() != 1 || arguments[0].startsWith(QLatin1String("--"))) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    const std::string path = arguments[0].toStdString();
    auto file = server::ProjectLocator::open(arguments[0], store::OpenMode::ReadOnly);
    if (file.hasError()) {
        context.err
            << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1")).arg(q(file.error().toString()))
            << '\n';
        if (file.error().code() == core::ErrorCode::NotAProject) {
            auto layers = store::ProjectFile::geoPackageLayers(path);
            if (layers.isOk() && !layers.value().empty()) {
                context.err << message(QT_TRANSLATE_NOOP(
                                   "cli", "Its layers can be imported into a project with import-layer:"))
                            << '\n';
                for (const auto& layer : layers.value())
                    context.err << "  " << q(layer) << '\n';
            }
        }
        return UserError;
    }
    auto summary = file.value()->summary();
    if (summary.hasError()) {
        context.err
            << message(QT_TRANSLATE_NOOP("cli", "Cannot read the project: %1")).arg(q(summary.error().toString()))
            << '\n';
        return UserError;
    }
    const auto& s = summary.value();
    context.out << message(QT_TRANSLATE_NOOP("cli", "Project: %1 (%2)")).arg(q(s.name), q(s.nameEn)) << '\n';
    if (server::ProjectLocator::isServer(arguments[0]))
        context.out << message(QT_TRANSLATE_NOOP("cli", "Server: %1")).arg(arguments[0]) << '\n';
    else
        context.out << message(QT_TRANSLATE_NOOP("cli", "File: %1")).arg(arguments[0]) << '\n';
    context.out << message(QT_TRANSLATE_NOOP("cli", "Schema: %1 (written by Jieshui %2)"))
                       .arg(s.schemaVersion)
                       .arg(q(s.applicationVersion))
                << '\n';
    int regionCount = 0;
    QStringList kinds;
    for (const auto& [kind, count] : s.regionsByKind) {
        regionCount += count;
        kinds << QStringLiteral("%1 %2").arg(q(kind)).arg(count);
    }
    context.out << message(QT_TRANSLATE_NOOP("cli", "Regions: %1 (%2)"))
                       .arg(regionCount)
                       .arg(kinds.join(QStringLiteral(", ")))
                << '\n';
    if (s.statisticCount > 0)
        context.out << message(QT_TRANSLATE_NOOP("cli", "Statistics: %1 values, %2-%3"))
                           .arg(s.statisticCount)
                           .arg(s.firstYear)
                           .arg(s.lastYear)
                    << '\n';
    else
        context.out << message(QT_TRANSLATE_NOOP("cli", "Statistics: none")) << '\n';
    context.out << message(QT_TRANSLATE_NOOP("cli", "Plan targets: %1")).arg(s.targetCount) << '\n';
    context.out << message(QT_TRANSLATE_NOOP("cli", "Key tasks: %1")).arg(s.taskCount) << '\n';
    QStringList scenarios;
    for (const auto& name : s.scenarios)
        scenarios << q(name);
    context.out << message(QT_TRANSLATE_NOOP("cli", "Scenarios: %1 (%2)"))
                       .arg(s.scenarios.size())
                       .arg(scenarios.join(QStringLiteral(", ")))
                << '\n';
    context.out << message(QT_TRANSLATE_NOOP("cli", "Layers: %1")).arg(s.layers.size()) << '\n';
    for (const auto& layer : s.layers)
        context.out << "  "
                    << message(QT_TRANSLATE_NOOP("cli", "%1 [%2, %3]: %4 features, %5"))
                           .arg(q(layer.table), q(layer.name), q(layer.role))
                           .arg(layer.featureCount)
                           .arg(q(layer.crs))
                    << '\n';
    if (s.lastEvaluated.empty())
        context.out << message(QT_TRANSLATE_NOOP("cli", "Results: %1 rows, never evaluated")).arg(s.resultCount)
                    << '\n';
    else
        context.out << message(QT_TRANSLATE_NOOP("cli", "Results: %1 rows, last evaluated %2"))
                           .arg(s.resultCount)
                           .arg(q(s.lastEvaluated))
                    << '\n';
    context.out << message(QT_TRANSLATE_NOOP("cli", "Last saved: %1")).arg(q(s.lastSaved)) << '\n';
    return Success;
}

} // namespace jieshui::cli
