// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportLayerCommand.h"

#include "geo/LayerImporter.h"
#include "geo/ShapefileEncoding.h"
#include "geo/TextDecoding.h"
#include "store/ProjectFile.h"
#include "server/ProjectLocator.h"

#include <QCoreApplication>

namespace jieshui::cli {

QString ImportLayerCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli",
        "import-layer PROJECT FILE --role "
        "counties|cities|basins|irrigation-districts|rivers|reservoirs|other "
        "[--encoding E] [--crs EPSG:N] [--match-field F] [--layer NAME] [--dry-run]   import a map layer");
}

int ImportLayerCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString file;
    QString roleText;
    bool dryRun = false;
    geo::ImportOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&](QString& target) {
            if (i + 1 >= arguments.size()) {
                context.err << QCoreApplication::translate("cli", "Option '%1' needs a value.").arg(a)
                            << '\n';
                return false;
            }
            target = arguments[++i];
            return true;
        };
        if (a == QLatin1String("--role")) {
            if (!value(roleText))
                return UsageError;
        } else if (a == QLatin1String("--encoding")) {
            if (!value(options.encoding))
                return UsageError;
            // Given, it must name one (leave the option out to detect the encoding).
            if (auto st = geo::TextDecoding::checkShapefileEncoding(options.encoding); st.hasError()) {
                context.err << QString::fromStdString(st.error().message()) << '\n';
                return UsageError;
            }
        } else if (a == QLatin1String("--crs")) {
            if (!value(options.crs))
                return UsageError;
        } else if (a == QLatin1String("--match-field")) {
            if (!value(options.matchField))
                return UsageError;
        } else if (a == QLatin1String("--layer")) {
            if (!value(options.layerName))
                return UsageError;
        } else if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << QCoreApplication::translate("cli", "Unknown option '%1'.").arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        } else if (project.isEmpty()) {
            project = a;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            context.err << QCoreApplication::translate("cli", "Too many arguments.") << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    if (project.isEmpty() || file.isEmpty() || roleText.isEmpty()) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    if (!geo::layerRoleFromId(roleText, &options.role)) {
        context.err << QCoreApplication::translate("cli",
                                                   "--role must be counties, cities, basins, "
                                                   "irrigation-districts, rivers, reservoirs or other, "
                                                   "not '%1'.")
                           .arg(roleText)
                    << '\n';
        return UsageError;
    }

    auto opened = server::ProjectLocator::open(project, dryRun ? store::OpenMode::ReadOnly
                                                               : store::OpenMode::ReadWrite);
    if (opened.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(QString::fromStdString(opened.error().toString()))
                    << '\n';
        return UserError;
    }
    store::ProjectStore& projectStore = *opened.value();
    auto loaded = projectStore.load();
    if (loaded.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot read the project: %1")
                           .arg(QString::fromStdString(loaded.error().toString()))
                    << '\n';
        return UserError;
    }
    store::ProjectData data = std::move(loaded.value());
    if (!data.metadata.storageCrs.empty())
        options.storageCrs = QString::fromStdString(data.metadata.storageCrs);
    options.regions = geo::LayerImporter::regionKeysFor(options.role, data.dataset);
    options.projectArea = geo::LayerImporter::projectAreaOf(data.layers);

    auto imported = geo::LayerImporter::import(file, options);
    if (imported.hasError()) {
        context.err << QCoreApplication::translate("cli", "Import refused, the project is unchanged: %1")
                           .arg(QString::fromStdString(imported.error().toString()))
                    << '\n';
        if (options.crs.isEmpty() && imported.error().code() == core::ErrorCode::UnsupportedFormat)
            context.err << QCoreApplication::translate("cli", "Name the layer's CRS with --crs EPSG:N (or a "
                                                              "PROJ string).")
                        << '\n';
        if (geo::ShapefileEncoding::isShapefile(file) && !options.encoding.isEmpty()) {
            auto names = geo::ShapefileEncoding::previewNames(file, options.encoding, 5);
            if (names.isOk())
                context.err << QCoreApplication::translate("cli", "Names decoded as %1: %2")
                                   .arg(options.encoding, names.value().join(QStringLiteral(", ")))
                            << '\n';
        }
        return UserError;
    }
    context.out << imported.value().report.text() << '\n';

    const QStringList changes = geo::LayerImporter::mergeInto(data.layers, imported.value());
    for (const QString& line : changes)
        context.out << line << '\n';
    if (dryRun) {
        context.out << QCoreApplication::translate("cli", "Dry run: the project was not changed.") << '\n';
        return Success;
    }
    core::Status saved = projectStore.save(data);
    if (saved.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot save the project: %1")
                           .arg(QString::fromStdString(saved.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << QCoreApplication::translate("cli", "Saved %1.").arg(project) << '\n';
    return Success;
}

} // namespace jieshui::cli
