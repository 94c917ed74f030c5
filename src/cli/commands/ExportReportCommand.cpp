// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportReportCommand.h"

#include "ProjectSource.h"
#include "UncertaintyArguments.h"
#include "output/ComplianceReport.h"
#include "report/EvaluationService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString ExportReportCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli",
        "export-report [PROJECT] [--scenario S] [--year Y]... [--uncertainty [--draws N] [--seed S]] --out "
        "report.pdf   the compliance report (A4 PDF: scorecard, maps, one page per county, key tasks, with "
        "--uncertainty the probability of meeting each target and its map, appendix of estimates) in the --lang "
        "language (no PROJECT: the embedded Qinzhou project)"));
}

int ExportReportCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString scenario;
    QString outPath;
    std::vector<int> years;
    UncertaintyArguments monteCarlo;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (const auto taken = monteCarlo.take(arguments, i, context.err);
            taken == UncertaintyArguments::Outcome::Invalid)
            return UsageError;
        else if (taken == UncertaintyArguments::Outcome::Taken)
            continue;
        if (a == QLatin1String("--scenario") || a == QLatin1String("--out") || a == QLatin1String("--year")) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return UsageError;
            }
            const QString value = arguments[++i];
            if (a == QLatin1String("--scenario")) {
                scenario = value;
            } else if (a == QLatin1String("--out")) {
                outPath = value;
            } else {
                for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    bool ok = false;
                    const int year = part.trimmed().toInt(&ok);
                    if (!ok || year < 1949 || year > 2100) {
                        context.err << message(QT_TRANSLATE_NOOP(
                                                   "cli", "--year needs a year such as 2020, not '%1'."))
                                           .arg(part)
                                    << '\n';
                        return UsageError;
                    }
                    years.push_back(year);
                }
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        } else if (project.isEmpty()) {
            project = a;
        } else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Only one project may be given.")) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    if (outPath.isEmpty() || !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "export-report needs --out FILE.pdf.")) << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }
    auto data = ProjectSource::load(project);
    if (data.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                           .arg(QString::fromStdString(data.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& loaded = data.value();
    const core::EvaluationService service(loaded.dataset, loaded.scenarios, loaded.allocations);
    output::ReportOptions options;
    options.scenario = scenario.toStdString();
    options.years = years;
    options.language = output::ReportLanguage(context.language);
    if (monteCarlo.requested)
        options.uncertainty = monteCarlo.options;
    QElapsedTimer timer;
    timer.start();
    auto written = output::ComplianceReport(loaded, service).write(options, outPath);
    if (written.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot write the report: %1"))
                           .arg(QString::fromStdString(written.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << message(QT_TRANSLATE_NOOP("cli",
                                             "Report written to %1: %2 pages, %3 maps, %4 counties (%5 ms)"))
                       .arg(outPath)
                       .arg(written.value().pages)
                       .arg(written.value().maps)
                       .arg(written.value().counties)
                       .arg(timer.elapsed())
                << '\n';
    return Success;
}

} // namespace jieshui::cli
