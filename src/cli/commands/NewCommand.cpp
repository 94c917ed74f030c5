// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/NewCommand.h"

#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

#include <QCoreApplication>

namespace jieshui::cli {

namespace {
QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}
} // namespace

QString NewCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP("cli", "new PROJECT.gpkg [--template qinzhou|empty]   create a project file "
                                       "(default: the Qinzhou project)"));
}

int NewCommand::run(const QStringList& arguments, CliContext& context) {
    QString path;
    QString templateId = QStringLiteral("qinzhou");
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--template")) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return UsageError;
            }
            templateId = arguments[++i];
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
    store::ProjectTemplate projectTemplate = store::ProjectTemplate::Qinzhou;
    if (!store::projectTemplateFromId(templateId, &projectTemplate)) {
        context.err
            << message(QT_TRANSLATE_NOOP("cli", "--template must be qinzhou or empty, not '%1'.")).arg(templateId)
            << '\n';
        return UsageError;
    }

    auto data = store::EmbeddedProject::fromTemplate(projectTemplate);
    if (data.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot build the template: %1"))
                           .arg(QString::fromStdString(data.error().toString()))
                    << '\n';
        return UserError;
    }
    if (auto st = store::ProjectFile::create(path.toStdString(), data.value()); st.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot create the project: %1"))
                           .arg(QString::fromStdString(st.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& d = data.value();
    context.out
        << message(QT_TRANSLATE_NOOP(
                  "cli",
                  "Created %1 (template %2): %3 regions, %4 statistics, %5 plan targets, %6 scenarios, "
                  "%7 layers."))
               .arg(path, templateId)
               .arg(d.dataset.regions().size())
               .arg(d.dataset.statisticCount())
               .arg(d.dataset.targets().size())
               .arg(d.scenarios.size())
               .arg(d.layers.size())
        << '\n';
    return Success;
}

} // namespace jieshui::cli
