// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ExportMapCommand.h"

#include "ProjectSource.h"
#include "model/Indicator.h"
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
        "export-map [PROJECT] --indicator ID --year Y [--scenario S] --out FILE.png|svg|pdf [--size WxH] "
        "[--title T]   compliance map (no PROJECT: the embedded Qinzhou project)"));
}

int ExportMapCommand::run(const QStringList& arguments, CliContext& context) {
    QString project;
    QString indicatorId;
    QString scenario;
    QString outPath;
    QString title;
    QString sizeText;
    int year = 0;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        QString* target = nullptr;
        QString yearText;
        if (a == QLatin1String("--indicator"))
            target = &indicatorId;
        else if (a == QLatin1String("--scenario"))
            target = &scenario;
        else if (a == QLatin1String("--out"))
            target = &outPath;
        else if (a == QLatin1String("--title"))
            target = &title;
        else if (a == QLatin1String("--size"))
            target = &sizeText;
        else if (a == QLatin1String("--year"))
            target = &yearText;
        if (target) {
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
    if (!indicator) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown indicator '%1'; known: %2."))
                           .arg(indicatorId, indicatorIds())
                    << '\n';
        return UsageError;
    }
    render::ExportOptions options;
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

    // The map judges what `evaluate` judges: the same service, the same scenario, the same quotas. A
    // province's project colours every city by its verdict on its own plan (the window's province view).
    const bool zh = context.language == QLatin1String("zh");
    render::ComplianceRequest request;
    request.indicator = *indicator;
    request.year = year;
    request.language = context.language; // the subtitle names the scenario
    const auto nameOf = [&](const std::string& evaluated) {
        // Readers see the scenario's name, never its identifier.
        for (const core::Scenario& candidate : loaded.scenarios)
            if (candidate.name == evaluated)
                return QString::fromStdString(core::scenarioDisplayName(candidate, zh));
        return QString();
    };
    const bool province = core::ProvinceEvaluation::appliesTo(loaded.dataset);
    std::optional<core::ProvinceEvaluation> provinceEvaluation;
    std::vector<core::CityEvaluation> cities;
    std::optional<core::ScenarioResult> single;
    QString scenarioName;
    core::Result<render::ThematicStyle> thematic = render::ThematicStyle();
    if (province) {
        provinceEvaluation.emplace(loaded.dataset, loaded.scenarios, loaded.allocations);
        cities = provinceEvaluation->evaluate(scenario.toStdString());
        std::vector<const core::ScenarioResult*> results;
        for (const core::CityEvaluation& city : cities) {
            if (city.result) {
                results.push_back(&*city.result);
                scenarioName = nameOf(city.result->scenario());
            } else if (city.error) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "%1 cannot be evaluated: %2"))
                                   .arg(QString::fromStdString(city.cityCode),
                                        QString::fromStdString(city.error->toString()))
                            << '\n';
            }
        }
        thematic = render::ComplianceMapBuilder::provinceStyle(results, request);
    } else {
        const core::EvaluationService service(loaded.dataset, loaded.scenarios, loaded.allocations);
        auto run = service.evaluate(scenario.toStdString());
        if (run.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot evaluate: %1"))
                               .arg(QString::fromStdString(run.error().toString()))
                        << '\n';
            return UserError;
        }
        single.emplace(std::move(run).value());
        scenarioName = nameOf(single->scenario());
        thematic = render::ComplianceMapBuilder(*single).complianceStyle(request);
    }
    if (thematic.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot build the map: %1"))
                           .arg(QString::fromStdString(thematic.error().toString()))
                    << '\n';
        return UserError;
    }

    const QString displayCrs = loaded.metadata.displayCrs.empty()
                                   ? QStringLiteral("EPSG:4545")
                                   : QString::fromStdString(loaded.metadata.displayCrs);
    std::vector<geo::FeatureLayer> layers;
    for (const geo::FeatureLayer& layer : loaded.layers) {
        auto projected = render::ProjectLayerLoader::toDisplayCrs(layer, displayCrs);
        if (projected.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot draw layer '%1': %2"))
                               .arg(layer.name, QString::fromStdString(projected.error().toString()))
                        << '\n';
            return UserError;
        }
        layers.push_back(std::move(projected).value());
    }
    render::MapDocument document =
        render::ComplianceMapBuilder::documentFromLayers(std::move(layers), displayCrs);
    const bool applied = province ? render::ComplianceMapBuilder::applyProvince(document, thematic.value())
                                  : render::ComplianceMapBuilder::applyCompliance(document, thematic.value());
    if (!applied) {
        context.err << (province
                            ? message(QT_TRANSLATE_NOOP("cli", "The project has no cities layer to colour."))
                            : message(
                                  QT_TRANSLATE_NOOP("cli", "The project has no counties layer to colour.")))
                    << '\n';
        return UserError;
    }

    // The root region's name ("钦州市"), not the project's long name, heads the map.
    const core::Region* root = loaded.dataset.root();
    QString city = root ? fromStd(zh ? root->nameZh : root->nameEn) : QString();
    if (city.isEmpty())
        city = fromStd(zh ? loaded.metadata.nameZh : loaded.metadata.nameEn);
    const core::IndicatorInfo& info =
        core::IndicatorCatalog::info(render::ComplianceMapBuilder::judgedIndicator(*indicator));
    options.decorations.language = context.language;
    options.decorations.title =
        !title.isEmpty()
            ? title
            : (zh ? QStringLiteral("%1 %2 %3年 达标评价").arg(city, fromStd(info.nameZh)).arg(year)
                  : QStringLiteral("%1: %2, %3 — target compliance")
                        .arg(city, fromStd(info.nameEn))
                        .arg(year));
    if (!scenarioName.isEmpty())
        options.decorations.subtitle = zh ? QStringLiteral("情景：%1").arg(scenarioName)
                                          : QStringLiteral("Scenario: %1").arg(scenarioName);
    options.decorations.sourceNote =
        zh ? QStringLiteral("%1项目数据（估算值以斜线标注）；节水规划工作台").arg(city)
           : QStringLiteral("%1 project data (estimates hatched); Jieshui Workbench").arg(city);

    const core::Status written = render::MapExporter::exportMap(document, options, outPath);
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
