// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportReportCommand.h"

#include "ExportArguments.h"
#include "ProjectSource.h"
#include "i18n/ErrorText.h"
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
        "--uncertainty the probability of meeting each target and its map, appendix of estimates) in the "
        "--lang "
        "language (no PROJECT: the embedded Qinzhou project)"));
}

int ExportReportCommand::run(const QStringList& arguments, CliContext& context) {
    UncertaintyArguments monteCarlo;
    const std::optional<ExportArguments> args =
        ExportArguments::parse(arguments,
                               {.values = {QStringLiteral("--scenario"), QStringLiteral("--out")},
                                .flags = {},
                                .yearList = true,
                                .monteCarlo = &monteCarlo},
                               synopsis(), context);
    if (!args)
        return UsageError;
    const QString& project = args->project;
    const QString scenario = args->value(QStringLiteral("--scenario"));
    const QString outPath = args->value(QStringLiteral("--out"));
    const std::vector<int>& years = args->years;
    if (outPath.isEmpty() || !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "export-report needs --out FILE.pdf.")) << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }
    auto data = ProjectSource::load(project);
    if (data.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                           .arg(i18n::ErrorText::of(data.error()))
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
                           .arg(i18n::ErrorText::of(written.error()))
                    << '\n';
        return UserError;
    }
    // Each count its own plural (%n): "1 map", "3 maps".
    const auto count = [](const char* text, int n) {
        return QCoreApplication::translate("cli", text, nullptr, n);
    };
    context.out << message(QT_TRANSLATE_NOOP("cli", "Report written to %1: %2, %3, %4 (%5 ms)"))
                       .arg(outPath, count(QT_TRANSLATE_N_NOOP("cli", "%n page(s)"), written.value().pages),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n map(s)"), written.value().maps),
                            count(QT_TRANSLATE_N_NOOP("cli", "%n county section(s)"),
                                  written.value().counties))
                       .arg(timer.elapsed())
                << '\n';
    return Success;
}

} // namespace jieshui::cli
