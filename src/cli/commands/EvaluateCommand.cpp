// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/EvaluateCommand.h"

#include "UncertaintyArguments.h"

#include "ProjectSource.h"
#include "ScorecardWriter.h"
#include "output/QgisStyles.h"
#include "report/EvaluationService.h"
#include "report/ProvinceEvaluation.h"
#include "server/ProjectLocator.h"
#include "store/GeoPackageStore.h"
#include "store/ProjectResults.h"
#include "uncertainty/UncertaintyOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <optional>

namespace jieshui::cli {

QString EvaluateCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli",
        "evaluate [PROJECT] [--scenario NAME] [--year Y] [--counties] [--format text|csv|json] "
        "[--out FILE] [--uncertainty [--draws N] [--seed S]]   judge every plan target, with --counties also "
        "each county against the city's targets and its quotas, with --uncertainty also the probability of "
        "meeting each (Monte Carlo, 10000 draws and seed 1 by default) (no PROJECT: the embedded Qinzhou "
        "project)");
}

int EvaluateCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString scenario;
    QString outPath;
    int year = 0;
    bool counties = false;
    UncertaintyArguments monteCarlo;
    OutputFormat format = OutputFormat::Text;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (const auto taken = monteCarlo.take(arguments, i, context.err);
            taken == UncertaintyArguments::Outcome::Invalid)
            return UsageError;
        else if (taken == UncertaintyArguments::Outcome::Taken)
            continue;
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

    // A file or a shared project, opened to store the results; a server project the user may only read is
    // still evaluated, its results not stored.
    std::unique_ptr<store::ProjectStore> store;
    bool storeResults = !ProjectSource::isEmbedded(project);
    if (storeResults) {
        auto opened = server::ProjectLocator::open(project, store::OpenMode::ReadWrite);
        if (opened.hasError() && server::ProjectLocator::isServer(project)) {
            if (auto readOnly = server::ProjectLocator::open(project, store::OpenMode::ReadOnly);
                readOnly.isOk()) {
                context.err << QCoreApplication::translate(
                                   "cli", "The project may only be read: the results are shown, not stored.")
                            << '\n';
                opened = std::move(readOnly);
                storeResults = false;
            }
        }
        if (opened.hasError()) {
            context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                               .arg(QString::fromStdString(opened.error().toString()))
                        << '\n';
            return UserError;
        }
        store = std::move(opened).value();
    }
    auto data = store ? store->load() : ProjectSource::load(project);
    if (data.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(QString::fromStdString(data.error().toString()))
                    << '\n';
        return UserError;
    }
    const auto& loaded = data.value();
    std::vector<core::Verdict> shown;
    std::vector<store::ResultRow> rows;
    std::string scenarioKey;
    const std::string evaluatedAt = store::ProjectResults::now();
    const auto show = [&](const core::ScenarioResult& result) {
        for (std::size_t i = 0; i < result.verdicts().size(); ++i) {
            const core::Verdict& verdict = result.verdicts()[i];
            if (year != 0 && verdict.target.year != year)
                continue;
            shown.push_back(verdict);
            if (counties)
                for (const core::Verdict& county : result.countyVerdicts(i))
                    shown.push_back(county);
        }
        // Every target's result of the scenario, whatever --year shows: the same rows a save writes.
        scenarioKey = store::ProjectResults::scenarioKey(result);
        const auto more = store::ProjectResults::rows(result, evaluatedAt);
        rows.insert(rows.end(), more.begin(), more.end());
    };
    std::optional<core::EvaluationService> service; // a city's project (not a province's)
    std::optional<core::ScenarioResult> single;
    if (core::ProvinceEvaluation::appliesTo(loaded.dataset)) {
        // The province view: every city judged on its own plan by the same engine, in one table.
        const core::ProvinceEvaluation province(loaded.dataset, loaded.scenarios, loaded.allocations);
        int judged = 0;
        for (const core::CityEvaluation& city : province.evaluate(scenario.toStdString())) {
            if (city.error) {
                const core::Region* region = loaded.dataset.region(city.cityCode);
                context.err << QCoreApplication::translate("cli", "%1 %2 cannot be evaluated: %3")
                                   .arg(QString::fromStdString(city.cityCode),
                                        region != nullptr ? QString::fromStdString(region->nameZh)
                                                          : QString(),
                                        QString::fromStdString(city.error->toString()))
                            << '\n';
                continue;
            }
            ++judged;
            show(*city.result);
        }
        if (judged == 0 && !province.cityCodes().empty())
            return UserError;
    } else {
        service.emplace(loaded.dataset, loaded.scenarios, loaded.allocations);
        auto run = service->evaluate(scenario.toStdString());
        if (run.hasError()) {
            context.err << QCoreApplication::translate("cli", "Cannot evaluate: %1")
                               .arg(QString::fromStdString(run.error().toString()))
                        << '\n';
            return UserError;
        }
        single.emplace(std::move(run).value());
        show(*single);
    }

    ScorecardWriter writer(loaded.dataset, context.language);
    std::optional<core::UncertaintyResult> probabilities;
    if (monteCarlo.requested) {
        if (!single) {
            context.err << QCoreApplication::translate(
                               "cli",
                               "--uncertainty is computed for a city's plan; open one city's project for it.")
                        << '\n';
            return UsageError;
        }
        auto analysed = service->uncertainty(single->scenario(), loaded.uncertainty, monteCarlo.options);
        if (analysed.hasError()) {
            context.err << QCoreApplication::translate("cli", "Cannot compute the probabilities: %1")
                               .arg(QString::fromStdString(analysed.error().toString()))
                        << '\n';
            return UserError;
        }
        probabilities = std::move(analysed).value();
        writer.setUncertainty(&*probabilities);
    }
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

    if (storeResults && !scenarioKey.empty()) {
        core::Status written = store->writeResults(scenarioKey, rows);
        // QGIS users of a file see the default scenario's compliance layer, rebuilt from the stored results.
        if (auto* gpkg = dynamic_cast<store::GeoPackageStore*>(store.get());
            written.isOk() && gpkg && service)
            written =
                output::QgisStyles::write(gpkg->file(), output::QgisStyles::defaultScenarioKey(*service));
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
