// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportMapCommand.h"

#include "ExportArguments.h"
#include "ProjectSource.h"
#include "i18n/ErrorText.h"
#include "model/Indicator.h"
#include "output/MapComposer.h"
#include "output/PageSetup.h"
#include "render/ComplianceMapBuilder.h"
#include "render/MapExporter.h"
#include "render/ProjectLayerLoader.h"
#include "report/EvaluationService.h"
#include "report/ProvinceEvaluation.h"

#include <QCoreApplication>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString indicatorIds() {
    QStringList ids;
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
        if (info.indicator != core::Indicator::TaskMilestone)
            ids << fromStd(info.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString ExportMapCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli",
        "export-map [PROJECT] --indicator ID --year Y [--scenario S] [--compare-to A] "
        "[--thematic auto|compliance|graduated|probability [--draws N] [--seed S]] "
        "[--method equal-interval|quantile|natural-breaks] [--classes N] "
        "[--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape] [--dpi N] | --size WxH] [--title T] "
        "[--subtitle T]   compliance, graduated or probability-of-meeting map of any indicator; with "
        "--compare-to "
        "the difference "
        "map of the scenario minus A (no PROJECT: the embedded Qinzhou project)"));
}

int ExportMapCommand::run(const QStringList& arguments, CliContext& context) {
    UncertaintyArguments monteCarlo;
    const std::optional<ExportArguments> args = ExportArguments::parse(
        arguments,
        {.values = {QStringLiteral("--indicator"), QStringLiteral("--scenario"),
                    QStringLiteral("--compare-to"), QStringLiteral("--out"), QStringLiteral("--title"),
                    QStringLiteral("--subtitle"), QStringLiteral("--size"), QStringLiteral("--paper"),
                    QStringLiteral("--thematic"), QStringLiteral("--method"), QStringLiteral("--classes"),
                    QStringLiteral("--dpi")},
         .flags = {QStringLiteral("--labels")},
         .monteCarlo = &monteCarlo,
         .uncertaintyFlag = false},
        synopsis(), context);
    if (!args)
        return UsageError;
    const QString& project = args->project;
    const QString indicatorId = args->value(QStringLiteral("--indicator"));
    const QString scenario = args->value(QStringLiteral("--scenario"));
    const QString reference = args->value(QStringLiteral("--compare-to"));
    const QString outPath = args->value(QStringLiteral("--out"));
    const QString styleText = args->value(QStringLiteral("--thematic"));
    const QString methodText = args->value(QStringLiteral("--method"));
    const QString classesText = args->value(QStringLiteral("--classes"));
    const int year = args->year();
    if (indicatorId.isEmpty() || year == 0 || outPath.isEmpty()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "export-map needs --indicator, --year and --out."))
                    << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }
    const std::optional<core::Indicator> indicator =
        core::IndicatorCatalog::fromId(indicatorId.toStdString());
    if (!indicator || *indicator == core::Indicator::TaskMilestone) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown indicator '%1'; known: %2."))
                           .arg(indicatorId, indicatorIds())
                    << '\n';
        return UsageError;
    }
    output::MapRequest request;
    request.indicator = *indicator;
    request.year = year;
    request.language = output::ReportLanguage(context.language);
    request.title = args->value(QStringLiteral("--title"));
    request.subtitle = args->value(QStringLiteral("--subtitle"));
    request.valueLabels = args->flag(QStringLiteral("--labels"));
    if (styleText.isEmpty() || styleText == QLatin1String("auto"))
        request.kind = output::MapKind::Automatic;
    else if (styleText == QLatin1String("compliance"))
        request.kind = output::MapKind::Compliance;
    else if (styleText == QLatin1String("graduated"))
        request.kind = output::MapKind::Graduated;
    else if (styleText == QLatin1String("probability"))
        request.kind = output::MapKind::Probability;
    else {
        context.err << message(QT_TRANSLATE_NOOP("cli", "--thematic must be auto, compliance, graduated or "
                                                        "probability, not '%1'."))
                           .arg(styleText)
                    << '\n';
        return UsageError;
    }
    if (monteCarlo.requested && request.kind != output::MapKind::Probability) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "--draws and --seed go with --thematic probability."))
                    << '\n';
        return UsageError;
    }
    if (!reference.isEmpty() && request.kind == output::MapKind::Probability) {
        context.err << message(QT_TRANSLATE_NOOP("cli",
                                                 "A probability map shows one scenario: drop --compare-to."))
                    << '\n';
        return UsageError;
    }
    if (!reference.isEmpty())
        request.kind = output::MapKind::Difference;
    if (methodText.isEmpty() || methodText == QLatin1String("natural-breaks"))
        request.method = render::ClassificationMethod::NaturalBreaks;
    else if (methodText == QLatin1String("equal-interval"))
        request.method = render::ClassificationMethod::EqualInterval;
    else if (methodText == QLatin1String("quantile"))
        request.method = render::ClassificationMethod::Quantile;
    else {
        context.err << message(QT_TRANSLATE_NOOP(
                                   "cli",
                                   "--method must be equal-interval, quantile or natural-breaks, not '%1'."))
                           .arg(methodText)
                    << '\n';
        return UsageError;
    }
    if (!classesText.isEmpty()) {
        bool ok = false;
        request.classCount = classesText.toInt(&ok);
        if (!ok || request.classCount < 2 || request.classCount > 9) {
            context.err << message(
                               QT_TRANSLATE_NOOP("cli", "--classes must be a number from 2 to 9, not '%1'."))
                               .arg(classesText)
                        << '\n';
            return UsageError;
        }
    }

    render::ExportOptions options;
    if (!args->applyPage(options, context))
        return UsageError;
    if (auto format = render::MapExporter::formatFromPath(outPath); format.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "--out must end in .png, .svg or .pdf, not '%1'."))
                           .arg(outPath)
                    << '\n';
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
    const output::MapComposer composer(loaded);
    core::Result<output::ComposedMap> map = core::Error(core::ErrorCode::MissingData, "nothing to draw");
    const bool provinceProject = core::ProvinceEvaluation::appliesTo(loaded.dataset);
    if (provinceProject && request.kind == output::MapKind::Probability) {
        context.err
            << message(QT_TRANSLATE_NOOP(
                   "cli",
                   "The probability map is computed for a city's plan; open one city's project for it."))
            << '\n';
        return UsageError;
    }
    if (provinceProject) {
        // A province's project: every city coloured by its verdict on its own plan (the window's province
        // view).
        const core::ProvinceEvaluation province(loaded.dataset, loaded.scenarios, loaded.allocations);
        const std::vector<core::CityEvaluation> cities = province.evaluate(scenario.toStdString());
        std::vector<const core::ScenarioResult*> results;
        for (const core::CityEvaluation& city : cities) {
            if (city.result)
                results.push_back(&*city.result);
            else if (city.error)
                context.err << message(QT_TRANSLATE_NOOP("cli", "%1 cannot be evaluated: %2"))
                                   .arg(QString::fromStdString(city.cityCode),
                                        i18n::ErrorText::of(*city.error))
                            << '\n';
        }
        map = composer.composeProvince(request, results);
    } else {
        // The map judges what `evaluate` judges: the same service, the same scenario, the same quotas.
        const core::EvaluationService service(loaded.dataset, loaded.scenarios, loaded.allocations);
        auto run = service.evaluate(scenario.toStdString());
        std::optional<core::Result<core::ScenarioResult>> referenceRun;
        if (!reference.isEmpty())
            referenceRun = service.evaluate(reference.toStdString());
        for (const auto* result : {&run, referenceRun ? &*referenceRun : nullptr}) {
            if (result && result->hasError()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot evaluate: %1"))
                                   .arg(i18n::ErrorText::of(result->error()))
                            << '\n';
                return UserError;
            }
        }
        // The probability map: the Monte Carlo run `evaluate --uncertainty` makes, through the same service.
        std::optional<core::UncertaintyResult> probabilities;
        if (request.kind == output::MapKind::Probability) {
            auto analysed =
                service.uncertainty(run.value().scenario(), loaded.uncertainty, monteCarlo.options);
            if (analysed.hasError()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot compute the probabilities: %1"))
                                   .arg(QString::fromStdString(analysed.error().toString()))
                            << '\n';
                return UserError;
            }
            probabilities = std::move(analysed).value();
        }
        map = composer.compose(request, run.value(), referenceRun ? &referenceRun->value() : nullptr,
                               probabilities ? &*probabilities : nullptr);
    }
    if (map.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot build the map: %1"))
                           .arg(i18n::ErrorText::of(map.error()))
                    << '\n';
        return UserError;
    }
    options.decorations = map.value().decorations;
    const core::Status written = render::MapExporter::exportMap(map.value().document, options, outPath);
    if (written.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot export the map: %1"))
                           .arg(i18n::ErrorText::of(written.error()))
                    << '\n';
        return UserError;
    }
    context.out << message(QT_TRANSLATE_NOOP("cli", "Map written to %1")).arg(outPath) << '\n';
    return Success;
}

} // namespace jieshui::cli
