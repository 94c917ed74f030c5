// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/MapComposer.h"

#include "model/IndicatorDisplay.h"
#include "render/ComplianceMapBuilder.h"
#include "render/DifferenceMapBuilder.h"
#include "render/ProbabilityMapBuilder.h"
#include "render/ProjectLayerLoader.h"
#include "report/JudgedIndicator.h"

namespace jieshui::output {

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

MapComposer::MapComposer(const store::ProjectData& project) : m_project(project) {}

core::Result<render::MapDocument> MapComposer::baseDocument() const {
    if (m_base)
        return *m_base;
    const QString displayCrs = m_project.metadata.displayCrs.empty()
                                   ? QStringLiteral("EPSG:4545")
                                   : QString::fromStdString(m_project.metadata.displayCrs);
    std::vector<geo::FeatureLayer> layers;
    for (const geo::FeatureLayer& layer : m_project.layers) {
        auto projected = render::ProjectLayerLoader::toDisplayCrs(layer, displayCrs);
        if (projected.hasError()) {
            m_base = core::Result<render::MapDocument>(
                core::Error(projected.error().code(), "cannot draw layer '" + layer.name.toStdString() +
                                                          "': " + projected.error().message()));
            return *m_base;
        }
        layers.push_back(std::move(projected).value());
    }
    m_base = render::ComplianceMapBuilder::documentFromLayers(std::move(layers), displayCrs);
    return *m_base;
}

QString MapComposer::cityName(const ReportLanguage& language) const {
    const core::Region* root = m_project.dataset.root();
    QString city = root ? language.name(root->nameEn, root->nameZh) : QString();
    if (city.isEmpty())
        city = language.name(m_project.metadata.nameEn, m_project.metadata.nameZh);
    return city;
}

QString MapComposer::scenarioName(const std::string& scenario, const ReportLanguage& language) const {
    for (const core::Scenario& candidate : m_project.scenarios)
        if (candidate.name == scenario)
            return QString::fromStdString(core::scenarioDisplayName(candidate, language.isChinese()));
    return QString::fromStdString(scenario);
}

std::vector<std::string> MapComposer::countyCodes() const {
    std::vector<std::string> codes;
    for (const core::Region* county : m_project.dataset.regionsOfKind(core::RegionKind::County))
        codes.push_back(county->code);
    return codes;
}

QString MapComposer::sourceNote(const ReportLanguage& language) const {
    const QString city = cityName(language);
    return language.isChinese()
               ? QStringLiteral("%1项目数据（估算值以斜线标注）；节水规划工作台").arg(city)
               : QStringLiteral("%1 project data (estimates hatched); Jieshui Workbench").arg(city);
}

QString MapComposer::defaultTitle(const MapRequest& request, MapKind kind) const {
    const ReportLanguage& l = request.language;
    const QString city = cityName(l);
    const core::Indicator shown = kind == MapKind::Compliance || kind == MapKind::Probability
                                      ? core::judgedIndicator(request.indicator)
                                      : request.indicator;
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(shown);
    const QString name = l.name(std::string(info.nameEn), std::string(info.nameZh));
    switch (kind) {
    case MapKind::Graduated:
        return l.isChinese() ? QStringLiteral("%1 %2 %3年").arg(city, name).arg(request.year)
                             : QStringLiteral("%1: %2, %3").arg(city, name).arg(request.year);
    case MapKind::Difference:
        return l.isChinese() ? QStringLiteral("%1 %2 %3年 情景差异").arg(city, name).arg(request.year)
                             : QStringLiteral("%1: %2, %3 — difference between scenarios")
                                   .arg(city, name)
                                   .arg(request.year);
    case MapKind::Probability:
        return l.isChinese() ? QStringLiteral("%1 %2 %3年 达标概率").arg(city, name).arg(request.year)
                             : QStringLiteral("%1: %2, %3 — probability of meeting the target")
                                   .arg(city, name)
                                   .arg(request.year);
    case MapKind::Automatic:
    case MapKind::Compliance:
        break;
    }
    return l.isChinese() ? QStringLiteral("%1 %2 %3年 达标评价").arg(city, name).arg(request.year)
                         : QStringLiteral("%1: %2, %3 — target compliance").arg(city, name).arg(request.year);
}

core::Result<ComposedMap> MapComposer::compose(const MapRequest& request, const core::ScenarioResult& result,
                                               const core::ScenarioResult* reference,
                                               const core::UncertaintyResult* uncertainty) const {
    auto base = baseDocument();
    if (base.hasError())
        return base.error();
    ComposedMap map;
    map.document = std::move(base).value();
    const ReportLanguage& l = request.language;
    render::ComplianceMapBuilder::nameRegions(map.document, m_project.dataset, l.code());
    MapKind kind = request.kind;
    if (kind == MapKind::Automatic)
        kind = result.cityTargetIndex(request.indicator, request.year) ? MapKind::Compliance
                                                                       : MapKind::Graduated;
    map.kind = kind;
    const QString scenario = scenarioName(result.scenario(), l);
    const int decimals = core::IndicatorDisplay::decimals(request.indicator);
    const core::Error noCounties(core::ErrorCode::MissingData, "the project has no counties layer to colour");

    switch (kind) {
    case MapKind::Automatic:
    case MapKind::Compliance: {
        render::ComplianceRequest compliance;
        compliance.indicator = request.indicator;
        compliance.year = request.year;
        compliance.language = l.code();
        auto style = render::ComplianceMapBuilder(result).complianceStyle(compliance);
        if (style.hasError())
            return style.error();
        if (!render::ComplianceMapBuilder::applyCompliance(map.document, style.value()))
            return noCounties;
        break;
    }
    case MapKind::Graduated: {
        render::GraduatedStyle style;
        style.setMethod(request.method);
        style.setClassCount(request.classCount);
        style.setDecimals(decimals);
        style.setResults(
            render::ComplianceMapBuilder(result).values(request.indicator, request.year, countyCodes()));
        if (style.effectiveClassCount() == 0) {
            const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
            return core::Error(core::ErrorCode::MissingData,
                               "no county has a value of '" + std::string(info.id) + "' in " +
                                   std::to_string(request.year),
                               core::ErrorLocation{.year = request.year});
        }
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
        const QString unit = fromStd(core::IndicatorDisplay::unit(request.indicator));
        style.setTitle(l.name(std::string(info.nameEn), std::string(info.nameZh)) +
                       (unit.isEmpty() ? QString() : l.bracketed(unit)) +
                       QStringLiteral(" %1").arg(request.year));
        const int index = map.document.indexOfRole(geo::LayerRole::Counties);
        if (index < 0)
            return noCounties;
        render::LayerStyle& layerStyle = map.document.layer(index).style();
        layerStyle.fillMode = render::FillMode::Graduated;
        layerStyle.graduated = style;
        layerStyle.labelsVisible = true;
        break;
    }
    case MapKind::Difference: {
        if (!reference)
            return core::Error(core::ErrorCode::MissingData, "a difference map needs a reference scenario");
        render::DifferenceRequest difference;
        difference.indicator = request.indicator;
        difference.year = request.year;
        difference.language = l.code();
        difference.referenceName = scenarioName(reference->scenario(), l);
        difference.otherName = scenario;
        difference.classCount = request.classCount;
        auto style = render::DifferenceMapBuilder(*reference, result).style(difference, countyCodes());
        if (style.hasError())
            return style.error();
        if (!render::DifferenceMapBuilder::apply(map.document, style.value(), request.indicator))
            return noCounties;
        break;
    }
    case MapKind::Probability: {
        if (!uncertainty)
            return core::Error(core::ErrorCode::MissingData, "a probability map needs a Monte Carlo run");
        const render::ProbabilityRequest probability{request.indicator, request.year, l.code(), scenario};
        auto style = render::ProbabilityMapBuilder(result, *uncertainty).style(probability, countyCodes());
        if (style.hasError())
            return style.error();
        if (!render::ProbabilityMapBuilder::apply(map.document, style.value()))
            return noCounties;
        break;
    }
    }
    if (request.valueLabels) {
        const int index = map.document.indexOfRole(geo::LayerRole::Counties);
        map.document.layer(index).style().valueLabels = true;
        map.document.layer(index).style().valueDecimals = decimals;
    }

    map.decorations.language = l.code();
    map.decorations.title = request.title.isEmpty() ? defaultTitle(request, kind) : request.title;
    if (!request.subtitle.isEmpty())
        map.decorations.subtitle = request.subtitle;
    else if (kind == MapKind::Difference && reference)
        map.decorations.subtitle = l.pick("Scenarios: %1 − %2", "情景：%1 − %2")
                                       .arg(scenario, scenarioName(reference->scenario(), l));
    else if (!scenario.isEmpty())
        map.decorations.subtitle = l.pick("Scenario: %1", "情景：%1").arg(scenario);
    map.decorations.sourceNote = sourceNote(l);
    return map;
}

core::Result<ComposedMap>
MapComposer::composeProvince(const MapRequest& request,
                             const std::vector<const core::ScenarioResult*>& cities) const {
    auto base = baseDocument();
    if (base.hasError())
        return base.error();
    ComposedMap map;
    map.document = std::move(base).value();
    map.kind = MapKind::Compliance;
    const ReportLanguage& l = request.language;
    render::ComplianceMapBuilder::nameRegions(map.document, m_project.dataset, l.code());
    render::ComplianceRequest compliance;
    compliance.indicator = request.indicator;
    compliance.year = request.year;
    compliance.language = l.code();
    auto style = render::ComplianceMapBuilder::provinceStyle(cities, compliance);
    if (style.hasError())
        return style.error();
    if (!render::ComplianceMapBuilder::applyProvince(map.document, style.value()))
        return core::Error(core::ErrorCode::MissingData, "the project has no cities layer to colour");
    const QString scenario = cities.empty() ? QString() : scenarioName(cities.front()->scenario(), l);
    map.decorations.language = l.code();
    map.decorations.title =
        request.title.isEmpty() ? defaultTitle(request, MapKind::Compliance) : request.title;
    if (!request.subtitle.isEmpty())
        map.decorations.subtitle = request.subtitle;
    else if (!scenario.isEmpty())
        map.decorations.subtitle = l.pick("Scenario: %1", "情景：%1").arg(scenario);
    map.decorations.sourceNote = sourceNote(l);
    return map;
}

} // namespace jieshui::output
