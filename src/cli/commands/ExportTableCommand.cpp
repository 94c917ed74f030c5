// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportTableCommand.h"

#include "ProjectSource.h"
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
    QString project;
    QString scenario;
    QString outPath;
    QString list;
    QStringList compared;
    int year = 0;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            context.out << synopsis() << '\n';
            return Success;
        }
        if (a == QLatin1String("--scenario") || a == QLatin1String("--out") || a == QLatin1String("--year") ||
            a == QLatin1String("--tables") || a == QLatin1String("--compare")) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return UsageError;
            }
            const QString value = arguments[++i];
            if (a == QLatin1String("--scenario"))
                scenario = value;
            else if (a == QLatin1String("--out"))
                outPath = value;
            else if (a == QLatin1String("--tables"))
                list = value;
            else if (a == QLatin1String("--compare"))
                compared = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            else {
                bool ok = false;
                year = value.toInt(&ok);
                if (!ok || year < 1949 || year > 2100) {
                    context.err << message(QT_TRANSLATE_NOOP("cli",
                                                             "--year needs a year such as 2020, not '%1'."))
                                       .arg(value)
                                << '\n';
                    return UsageError;
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
                           .arg(QString::fromStdString(data.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& loaded = data.value();
    const core::EvaluationService service(loaded.dataset, loaded.scenarios, loaded.allocations);
    auto run = service.evaluate(scenario.toStdString());
    if (run.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot evaluate: %1"))
                           .arg(QString::fromStdString(run.error().toString()))
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
                           .arg(QString::fromStdString(written.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << message(QT_TRANSLATE_NOOP("cli", "%1 table(s) written to %2")).arg(out.size()).arg(outPath)
                << '\n';
    return Success;
}

} // namespace jieshui::cli
