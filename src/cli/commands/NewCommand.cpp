// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/NewCommand.h"

#include "server/ProjectLocator.h"
#include "server/ProjectTransfer.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/ProjectFromBoundaries.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace jieshui::cli {

namespace {
QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}
} // namespace

QString NewCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli", "new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] "
               "[--root CODE] [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME] [--verbose]]   "
               "create a project (file or postgresql:// address): from a template (default: the Qinzhou "
               "project), or for any city, province or the country from its county boundaries"));
}

int NewCommand::run(const QStringList& arguments, CliContext& context) {
    QString path;
    QString templateId;
    QString boundaries;
    store::BoundaryOptions options;
    bool verbose = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--verbose")) {
            verbose = true;
            continue;
        }
        QString* target = a == QLatin1String("--template")     ? &templateId
                          : a == QLatin1String("--boundaries") ? &boundaries
                          : a == QLatin1String("--code-field") ? &options.codeField
                          : a == QLatin1String("--name-field") ? &options.nameField
                          : a == QLatin1String("--root")       ? &options.root
                          : a == QLatin1String("--root-name")  ? &options.rootName
                          : a == QLatin1String("--crs")        ? &options.crs
                          : a == QLatin1String("--encoding")   ? &options.encoding
                          : a == QLatin1String("--layer")      ? &options.layerName
                                                               : nullptr;
        if (target != nullptr) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return UsageError;
            }
            *target = arguments[++i];
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        } else if (path.isEmpty()) {
            path = a;
        } else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Only one project may be given.")) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    if (path.isEmpty()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Name the project file to create.")) << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }
    const bool boundaryOptions = !options.codeField.isEmpty() || !options.nameField.isEmpty() ||
                                 !options.root.isEmpty() || !options.rootName.isEmpty() ||
                                 !options.crs.isEmpty() || !options.encoding.isEmpty() ||
                                 !options.layerName.isEmpty();
    if ((!boundaries.isEmpty() && !templateId.isEmpty()) || (boundaries.isEmpty() && boundaryOptions)) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli", "Give either --template or --boundaries with its options, not both."))
                    << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }

    store::ProjectData data;
    QString made;
    if (!boundaries.isEmpty()) {
        auto built = store::ProjectFromBoundaries::build(boundaries, options);
        if (built.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot make a project from the boundaries: %1"))
                               .arg(QString::fromStdString(built.error().toString()))
                        << '\n';
            return UserError;
        }
        context.out << built.value().importReport << '\n';
        for (const QString& line : built.value().lines)
            context.out << line << '\n';
        for (const QString& warning : built.value().warnings)
            context.out << message(QT_TRANSLATE_NOOP("cli", "Note: %1")).arg(warning) << '\n';
        const QStringList& unnamed = built.value().unnamed;
        if (verbose && !unnamed.isEmpty()) {
            context.out << message(QT_TRANSLATE_NOOP("cli", "Regions without a name in the file:")) << '\n';
            for (const QString& line : unnamed)
                context.out << QStringLiteral("  ") << line << '\n';
        } else if (unnamed.size() > 5) {
            context.out << message(QT_TRANSLATE_NOOP(
                               "cli", "Note: add --verbose for the whole list, with the counties of each."))
                        << '\n';
        }
        data = std::move(built.value().data);
        made = QFileInfo(boundaries).fileName();
    } else {
        if (templateId.isEmpty())
            templateId = QStringLiteral("qinzhou");
        store::ProjectTemplate projectTemplate = store::ProjectTemplate::Qinzhou;
        if (!store::projectTemplateFromId(templateId, &projectTemplate)) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "--template must be qinzhou or empty, not '%1'."))
                               .arg(templateId)
                        << '\n';
            return UsageError;
        }
        auto fromTemplate = store::EmbeddedProject::fromTemplate(projectTemplate);
        if (fromTemplate.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot build the template: %1"))
                               .arg(QString::fromStdString(fromTemplate.error().toString()))
                        << '\n';
            return UserError;
        }
        data = std::move(fromTemplate).value();
        made = message(QT_TRANSLATE_NOOP("cli", "template %1")).arg(templateId);
    }

    core::Status created = core::okStatus();
    if (server::ProjectLocator::isServer(path)) {
        auto address = server::ServerAddress::parse(path);
        if (address.hasError()) {
            context.err << QString::fromStdString(address.error().toString()) << '\n';
            return UsageError;
        }
        auto pushed = server::ProjectTransfer::push(data, address.value(), made.toStdString());
        if (pushed.hasError())
            created = pushed.error();
        else if (!pushed.value().rolesNote.empty())
            context.out << QString::fromStdString(pushed.value().rolesNote) << '\n';
    } else {
        created = store::ProjectFile::create(path.toStdString(), data);
    }
    if (created.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot create the project: %1"))
                           .arg(QString::fromStdString(created.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << message(QT_TRANSLATE_NOOP(
                               "cli",
                               "Created %1 (%2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, "
                               "%7 layers."))
                       .arg(path, made)
                       .arg(data.dataset.regions().size())
                       .arg(data.dataset.statisticCount())
                       .arg(data.dataset.targets().size())
                       .arg(data.scenarios.size())
                       .arg(data.layers.size())
                << '\n';
    return Success;
}

} // namespace jieshui::cli
