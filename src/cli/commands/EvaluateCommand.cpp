// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EvaluateCommand.h"

#include "ProjectSource.h"
#include "ScorecardWriter.h"
#include "report/EvaluationService.h"
#include "store/ProjectFile.h"
#include "store/ProjectResults.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace jieshui::cli {

QString EvaluateCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] "
               "[--out FILE]   judge every plan target, with --counties also each county against the city's "
               "targets and its quotas (no PROJECT: the embedded Qinzhou project)");
}

int EvaluateCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString scenario;
    QString outPath;
    int year = 0;
    bool counties = false;
    OutputFormat format = OutputFormat::Text;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&](QString& target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments[++i];
            return true;
        };
        QString text;
        if (a == QLatin1String("--scenario")) {
            if (!value(scenario))
                break;
        } else if (a == QLatin1String("--out")) {
            if (!value(outPath))
                break;
        } else if (a == QLatin1String("--counties")) {
            counties = true;
        } else if (a == QLatin1String("--year")) {
            bool ok = false;
            if (value(text))
                year = text.toInt(&ok);
            if (!ok || year < 1949 || year > 2100) {
                context.err << QCoreApplication::translate("cli",
                                                           "--year needs a year such as 2020, not '%1'.")
                                   .arg(text)
                            << '\n';
                return UsageError;
            }
        } else if (a == QLatin1String("--format")) {
            value(text);
            if (text == QLatin1String("text"))
                format = OutputFormat::Text;
            else if (text == QLatin1String("csv"))
                format = OutputFormat::Csv;
            else if (text == QLatin1String("json"))
                format = OutputFormat::Json;
            else {
                context.err << QCoreApplication::translate("cli",
                                                           "--format must be text, csv or json, not '%1'.")
                                   .arg(text)
                            << '\n';
                return UsageError;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << QCoreApplication::translate("cli", "Unknown option '%1'.").arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        } else if (project.isEmpty()) {
            project = a;
        } else {
            context.err << QCoreApplication::translate("cli", "Only one project may be given.") << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    if (!arguments.isEmpty() &&
        (arguments.last() == QLatin1String("--scenario") || arguments.last() == QLatin1String("--out"))) {
        context.err << QCoreApplication::translate("cli", "Option '%1' needs a value.").arg(arguments.last())
                    << '\n';
        return UsageError;
    }

    auto data = ProjectSource::load(project);
    if (data.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(QString::fromStdString(data.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& loaded = data.value();
    const core::EvaluationService service(loaded.dataset, loaded.scenarios, loaded.allocations);
    auto run = service.evaluate(scenario.toStdString());
    if (run.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot evaluate: %1")
                           .arg(QString::fromStdString(run.error().toString()))
                    << '\n';
        return UserError;
    }
    const core::ScenarioResult& result = run.value();
    std::vector<core::Verdict> shown;
    for (std::size_t i = 0; i < result.verdicts().size(); ++i) {
        const core::Verdict& verdict = result.verdicts()[i];
        if (year != 0 && verdict.target.year != year)
            continue;
        shown.push_back(verdict);
        if (counties)
            for (const core::Verdict& county : result.countyVerdicts(i))
                shown.push_back(county);
    }

    const ScorecardWriter writer(loaded.dataset, context.language);
    const QString text = writer.write(shown, format);
    if (outPath.isEmpty()) {
        context.out << text;
    } else {
        QSaveFile file(outPath);
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << QCoreApplication::translate("cli", "Cannot write '%1': %2")
                               .arg(outPath, file.errorString())
                        << '\n';
            return UserError;
        }
        // A BOM lets Excel open Chinese CSV correctly.
        if (format == OutputFormat::Csv)
            file.write("\xEF\xBB\xBF");
        file.write(text.toUtf8());
        if (!file.commit()) {
            context.err << QCoreApplication::translate("cli", "Cannot write '%1': %2")
                               .arg(outPath, file.errorString())
                        << '\n';
            return UserError;
        }
    }

    if (!ProjectSource::isEmbedded(project)) {
        // Every target's result of the scenario, whatever --year shows: the same rows a save writes.
        auto file = store::ProjectFile::open(project.toStdString(), store::OpenMode::ReadWrite);
        core::Status written = file.hasError()
                                   ? core::Status(file.error())
                                   : file.value().writeResults(
                                         store::ProjectResults::scenarioKey(result),
                                         store::ProjectResults::rows(result, store::ProjectResults::now()));
        if (written.hasError()) {
            context.err << QCoreApplication::translate(
                               "cli", "The results could not be written into the project: %1")
                               .arg(QString::fromStdString(written.error().toString()))
                        << '\n';
            return UserError;
        }
    }
    return Success;
}

} // namespace jieshui::cli
