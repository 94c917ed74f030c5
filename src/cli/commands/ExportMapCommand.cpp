// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportMapCommand.h"

#include "ProjectSource.h"
#include "UncertaintyArguments.h"
#include "model/Indicator.h"
#include "output/MapComposer.h"
#include "output/PageSetup.h"
#include "render/ComplianceMapBuilder.h"
#include "render/MapExporter.h"
#include "render/ProjectLayerLoader.h"
#include "report/EvaluationService.h"
#include "report/ProvinceEvaluation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>

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
        "[--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape]] [--size WxH] [--dpi N] [--title T] "
        "[--subtitle T]   compliance, graduated or probability-of-meeting map of any indicator; with --compare-to "
        "the difference "
        "map of the scenario minus A (no PROJECT: the embedded Qinzhou project)"));
}

int ExportMapCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString indicatorId;
    QString scenario;
    QString reference;
    QString outPath;
    QString title;
    QString subtitle;
    QString sizeText;
    QString paperText;
    QString styleText;
    QString methodText;
    QString classesText;
    QString dpiText;
    bool labels = false;
    int year = 0;
    UncertaintyArguments monteCarlo;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a != QLatin1String("--uncertainty")) { // the probability map is asked for by --thematic
            if (const auto taken = monteCarlo.take(arguments, i, context.err);
                taken == UncertaintyArguments::Outcome::Invalid)
                return UsageError;
            else if (taken == UncertaintyArguments::Outcome::Taken)
                continue;
        }
        QString* target = nullptr;
        QString yearText;
        if (a == QLatin1String("--indicator"))
            target = &indicatorId;
        else if (a == QLatin1String("--scenario"))
            target = &scenario;
        else if (a == QLatin1String("--compare-to"))
            target = &reference;
        else if (a == QLatin1String("--out"))
            target = &outPath;
        else if (a == QLatin1String("--title"))
            target = &title;
        else if (a == QLatin1String("--subtitle"))
            target = &subtitle;
        else if (a == QLatin1String("--size"))
            target = &sizeText;
        else if (a == QLatin1String("--paper"))
            target = &paperText;
        else if (a == QLatin1String("--thematic"))
            target = &styleText;
        else if (a == QLatin1String("--method"))
            target = &methodText;
        else if (a == QLatin1String("--classes"))
            target = &classesText;
        else if (a == QLatin1String("--dpi"))
            target = &dpiText;
        else if (a == QLatin1String("--year"))
            target = &yearText;
        if (a == QLatin1String("--labels")) {
            labels = true;
        } else if (target) {
            if (i + 1 >= arguments.size()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
                return UsageError;
            }
            *target = arguments[++i];
            if (target == &yearText) {
                bool ok = false;
                year = yearText.toInt(&ok);
                if (!ok || year < 1949 || year > 2100) {
                    context.err << message(QT_TRANSLATE_NOOP("cli",
                                                             "--year needs a year such as 2020, not '%1'."))
                                       .arg(yearText)
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
    request.title = title;
    request.subtitle = subtitle;
    request.valueLabels = labels;
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
        context.err << message(QT_TRANSLATE_NOOP("cli", "A probability map shows one scenario: drop --compare-to."))
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
    if (!paperText.isEmpty()) {
        const std::optional<QSize> paper = output::PageSetup::parsePaper(paperText);
        if (!paper) {
            context.err << message(QT_TRANSLATE_NOOP(
                                       "cli", "--paper must be A4 or A3, optionally -landscape, not '%1'."))
                               .arg(paperText)
                        << '\n';
            return UsageError;
        }
        options.size = *paper;
    }
    if (!sizeText.isEmpty()) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$")).match(sizeText);
        const int width = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int height = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (width < 200 || height < 200 || width > 20000 || height > 20000) {
            context.err
                << message(QT_TRANSLATE_NOOP(
                               "cli",
                               "--size must be WIDTHxHEIGHT in pixels between 200 and 20000, e.g. 1600x1200, "
                               "not '%1'."))
                       .arg(sizeText)
                << '\n';
            return UsageError;
        }
        options.size = QSize(width, height);
    }
    if (!dpiText.isEmpty()) {
        bool ok = false;
        const int dpi = dpiText.toInt(&ok);
        if (!ok || dpi < 48 || dpi > 1200) {
            context.err << message(
                               QT_TRANSLATE_NOOP("cli", "--dpi must be a number from 48 to 1200, not '%1'."))
                               .arg(dpiText)
                        << '\n';
            return UsageError;
        }
        options.pixelRatio = output::PageSetup::pixelRatio(dpi);
    }
    if (auto format = render::MapExporter::formatFromPath(outPath); format.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "--out must end in .png, .svg or .pdf, not '%1'."))
                           .arg(outPath)
                    << '\n';
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
    const output::MapComposer composer(loaded);
    core::Result<output::ComposedMap> map = core::Error(core::ErrorCode::MissingData, "nothing to draw");
    const bool provinceProject = core::ProvinceEvaluation::appliesTo(loaded.dataset);
    if (provinceProject && request.kind == output::MapKind::Probability) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli", "The probability map is computed for a city's plan; open one city's project for it."))
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
                                        QString::fromStdString(city.error->toString()))
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
                                   .arg(QString::fromStdString(result->error().toString()))
                            << '\n';
                return UserError;
            }
        }
        // The probability map: the Monte Carlo run `evaluate --uncertainty` makes, through the same service.
        std::optional<core::UncertaintyResult> probabilities;
        if (request.kind == output::MapKind::Probability) {
            auto analysed = service.uncertainty(run.value().scenario(), loaded.uncertainty, monteCarlo.options);
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
                           .arg(QString::fromStdString(map.error().toString()))
                    << '\n';
        return UserError;
    }
    options.decorations = map.value().decorations;
    const core::Status written = render::MapExporter::exportMap(map.value().document, options, outPath);
    if (written.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot export the map: %1"))
                           .arg(QString::fromStdString(written.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << message(QT_TRANSLATE_NOOP("cli", "Map written to %1")).arg(outPath) << '\n';
    return Success;
}

} // namespace jieshui::cli
