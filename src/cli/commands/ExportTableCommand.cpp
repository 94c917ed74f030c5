// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportTableCommand.h"

#include "ExportArguments.h"
#include "ProjectSource.h"
#include "i18n/ErrorText.h"
#include "output/ReportTables.h"
#include "output/TableExporter.h"
#include "report/EvaluationService.h"

#include <QCoreApplication>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}

} // namespace

QString ExportTableCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli",
        "export-table [PROJECT] [--scenario S] [--year Y] [--tables scorecard,counties,key-tasks,evidence,"
        "allocation,comparison] [--compare A,B,…] --out FILE.xlsx|FILE.csv   the analyst's tables as an "
        "Excel workbook (a sheet per table) or one CSV table (no PROJECT: the embedded Qinzhou project); "
        "--compare: the scenarios of the comparison, the reference first, each with its difference from it "
        "(default: every scenario; alone it exports the comparison only)"));
}

int ExportTableCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        context.out << synopsis() << '\n';
        return Success;
    }
    const std::optional<ExportArguments> args =
        ExportArguments::parse(arguments,
                               {.values = {QStringLiteral("--scenario"), QStringLiteral("--out"),
                                           QStringLiteral("--tables"), QStringLiteral("--compare")}},
                               synopsis(), context);
    if (!args)
        return UsageError;
    const QString& project = args->project;
    const QString scenario = args->value(QStringLiteral("--scenario"));
    const QString outPath = args->value(QStringLiteral("--out"));
    const QStringList compared =
        args->value(QStringLiteral("--compare")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    QString list = args->value(QStringLiteral("--tables"));
    const int year = args->year();
    if (list.isEmpty())
        list = compared.isEmpty() ? QStringLiteral("scorecard,key-tasks,evidence")
                                  : QStringLiteral("comparison");
    const QStringList known{QStringLiteral("scorecard"),  QStringLiteral("counties"),
                            QStringLiteral("key-tasks"),  QStringLiteral("evidence"),
                            QStringLiteral("allocation"), QStringLiteral("comparison")};
    const QStringList names = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : names)
        if (!known.contains(name.trimmed())) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown table '%1'; known: %2."))
                               .arg(name, known.join(QStringLiteral(", ")))
                        << '\n';
            return UsageError;
        }
    if (outPath.isEmpty() || names.isEmpty()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "export-table needs --out FILE.xlsx or FILE.csv."))
                    << '\n'
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
    auto run = service.evaluate(scenario.toStdString());
    if (run.hasError()) {
        context.err
            << message(QT_TRANSLATE_NOOP("cli", "Cannot evaluate: %1")).arg(i18n::ErrorText::of(run.error()))
            << '\n';
        return UserError;
    }
    const output::ReportLanguage language(context.language);
    QString scenarioName;
    for (const core::Scenario& s : loaded.scenarios)
        if (s.name == run.value().scenario())
            scenarioName = QString::fromStdString(core::scenarioDisplayName(s, language.isChinese()));
    const output::ReportTables tables(run.value(), loaded.dataset, language, scenarioName);
    std::vector<core::ReportTable> out;
    std::vector<core::ScenarioResult> all; // kept alive for the comparison
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        if (name == QLatin1String("scorecard"))
            out.push_back(tables.scorecard(year));
        else if (name == QLatin1String("counties"))
            out.push_back(tables.scorecard(year, true));
        else if (name == QLatin1String("key-tasks"))
            out.push_back(tables.keyTasks());
        else if (name == QLatin1String("evidence"))
            out.push_back(tables.evidence());
        else if (name == QLatin1String("allocation")) {
            for (const core::Allocation& allocation : loaded.allocations)
                if (service.allocationFor(run.value().scenario(), allocation.year) == &allocation &&
                    (year == 0 || allocation.year == year))
                    out.push_back(output::ReportTables::allocation(allocation, loaded.dataset, language));
        } else if (name == QLatin1String("comparison")) {
            // The scenarios named (the reference first), else every scenario in the project's order.
            std::vector<const core::Scenario*> chosen;
            for (const QString& id : compared) {
                const core::Scenario* found = nullptr;
                for (const core::Scenario& s : loaded.scenarios)
                    if (s.name == id.trimmed().toStdString())
                        found = &s;
                if (found == nullptr) {
                    context.err << message(QT_TRANSLATE_NOOP("cli", "The project has no scenario '%1'."))
                                       .arg(id.trimmed())
                                << '\n';
                    return UserError;
                }
                chosen.push_back(found);
            }
            if (compared.isEmpty())
                for (const core::Scenario& s : loaded.scenarios)
                    chosen.push_back(&s);
            std::vector<QString> labels;
            for (const core::Scenario* s : chosen) {
                auto r = service.evaluate(s->name);
                if (r.hasError()) {
                    if (compared.isEmpty())
                        continue; // the default: every scenario that can be evaluated
                    context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot evaluate: %1"))
                                       .arg(QString::fromStdString(r.error().toString()))
                                << '\n';
                    return UserError;
                }
                all.push_back(std::move(r).value());
                labels.push_back(QString::fromStdString(core::scenarioDisplayName(*s, language.isChinese())));
            }
            std::vector<const core::ScenarioResult*> pointers;
            for (const core::ScenarioResult& r : all)
                pointers.push_back(&r);
            out.push_back(output::ReportTables::comparison(
                pointers, labels, loaded.dataset, year ? year : loaded.dataset.yearRange().second, language));
        }
    }
    if (const core::Status written = output::TableExporter::write(out, outPath); written.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot write the tables: %1"))
                           .arg(i18n::ErrorText::of(written.error()))
                    << '\n';
        return UserError;
    }
    const char* const tablesWritten = QT_TRANSLATE_N_NOOP("cli", "%n table(s) written to %1");
    context.out << QCoreApplication::translate("cli", tablesWritten, nullptr, static_cast<int>(out.size()))
                       .arg(outPath)
                << '\n';
    return Success;
}

} // namespace jieshui::cli
