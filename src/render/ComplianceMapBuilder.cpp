// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ComplianceMapBuilder.h"

#include "model/IndicatorDisplay.h"
#include "model/RegionName.h"
#include "report/EvaluationService.h"
#include "report/JudgedIndicator.h"

#include <QCoreApplication>
#include <algorithm>

namespace jieshui::render {

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int drawOrder(geo::LayerRole role) {
    switch (role) {
    case geo::LayerRole::Cities: // a province's cities, under the outlines of their counties
        return -1;
    case geo::LayerRole::Counties:
        return 0;
    case geo::LayerRole::IrrigationDistricts:
        return 1;
    case geo::LayerRole::Basins:
        return 2;
    case geo::LayerRole::Other:
        return 3;
    case geo::LayerRole::Rivers:
        return 4;
    case geo::LayerRole::Reservoirs:
        return 5;
    }
    return 3;
}

} // namespace

ComplianceMapBuilder::ComplianceMapBuilder(const core::ScenarioResult& result) : m_result(result) {}

QString ComplianceMapBuilder::title(const ComplianceRequest& request) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(core::judgedIndicator(request.indicator));
    const bool zh = request.language == QLatin1String("zh");
    QString result = QStringLiteral("%1 %2").arg(fromStd(zh ? info.nameZh : info.nameEn)).arg(request.year);
    if (!request.scenarioName.isEmpty())
        result += zh ? QStringLiteral("（%1）").arg(request.scenarioName)
                     : QStringLiteral(" (%1)").arg(request.scenarioName);
    return result;
}

core::Result<ThematicStyle> ComplianceMapBuilder::complianceStyle(const ComplianceRequest& request) const {
    const std::optional<std::size_t> city = m_result.cityTargetIndex(request.indicator, request.year);
    if (!city) {
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
        return core::Error(core::ErrorCode::UnknownIndicator,
                           "the plan has no target of '" + std::string(info.id) + "' for " +
                               std::to_string(request.year),
                           core::ErrorLocation{.year = request.year});
    }
    ThematicStyle style;
    style.setTitle(title(request));
    for (const core::Verdict& verdict : m_result.countyVerdicts(*city)) {
        RegionResult result;
        result.status = verdict.status;
        if (verdict.value) {
            result.value = core::IndicatorDisplay::toDisplay(verdict.value->indicator, verdict.value->value);
            result.estimate = verdict.value->provenance != core::ProvenanceKind::Sourced;
        }
        style.setResult(QString::fromStdString(verdict.target.regionCode), result);
    }
    return style;
}

QHash<QString, RegionResult> ComplianceMapBuilder::values(core::Indicator indicator, int year,
                                                          const std::vector<std::string>& regionCodes) const {
    QHash<QString, RegionResult> out;
    for (const std::string& code : regionCodes) {
        const core::Result<core::IndicatorValue> value = m_result.value(indicator, code, year);
        RegionResult result;
        if (value.isOk()) {
            result.value = core::IndicatorDisplay::toDisplay(indicator, value.value().value);
            result.estimate = value.value().provenance != core::ProvenanceKind::Sourced;
        }
        out.insert(QString::fromStdString(code), result);
    }
    return out;
}

MapDocument ComplianceMapBuilder::documentFromLayers(std::vector<geo::FeatureLayer> layers,
                                                     const QString& crs) {
    std::vector<std::shared_ptr<const LayerGeometry>> geometries;
    geometries.reserve(layers.size());
    for (geo::FeatureLayer& layer : layers)
        geometries.push_back(std::make_shared<const LayerGeometry>(std::move(layer)));
    return documentFromGeometries(std::move(geometries), crs);
}

MapDocument
ComplianceMapBuilder::documentFromGeometries(std::vector<std::shared_ptr<const LayerGeometry>> geometries,
                                             const QString& crs) {
    std::stable_sort(
        geometries.begin(), geometries.end(),
        [](const std::shared_ptr<const LayerGeometry>& a, const std::shared_ptr<const LayerGeometry>& b) {
            return drawOrder(a->layer().role) < drawOrder(b->layer().role);
        });
    MapDocument document;
    document.setCrs(crs);
    for (std::shared_ptr<const LayerGeometry>& geometry : geometries) {
        const geo::LayerRole role = geometry->layer().role;
        LayerStyle style = LayerStyle::forRole(role);
        // Line and point layers of rivers and reservoirs carry names worth showing on a small map.
        if (role == geo::LayerRole::Rivers || role == geo::LayerRole::Reservoirs)
            style.labelsVisible = geometry->layer().features.size() <= 40;
        document.addLayer(MapLayer(std::move(geometry), style));
    }
    return document;
}

core::Result<ThematicStyle>
ComplianceMapBuilder::provinceStyle(const std::vector<const core::ScenarioResult*>& cities,
                                    const ComplianceRequest& request) {
    ThematicStyle style;
    style.setTitle(title(request));
    bool any = false;
    for (const core::ScenarioResult* city : cities) {
        const std::optional<std::size_t> index = city->cityTargetIndex(request.indicator, request.year);
        if (!index)
            continue;
        const core::Verdict& verdict = city->verdicts()[*index];
        RegionResult result;
        result.status = verdict.status;
        if (verdict.value) {
            result.value = core::IndicatorDisplay::toDisplay(verdict.value->indicator, verdict.value->value);
            result.estimate = verdict.value->provenance != core::ProvenanceKind::Sourced;
        }
        style.setResult(QString::fromStdString(verdict.target.regionCode), result);
        any = true;
    }
    if (!any) {
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
        return core::Error(core::ErrorCode::UnknownIndicator,
                           "no city has a target of '" + std::string(info.id) + "' for " +
                               std::to_string(request.year),
                           core::ErrorLocation{.year = request.year});
    }
    return style;
}

bool ComplianceMapBuilder::applyProvince(MapDocument& document, const ThematicStyle& style) {
    if (!applyCompliance(document, style, geo::LayerRole::Cities))
        return false;
    if (const int counties = document.indexOfRole(geo::LayerRole::Counties); counties >= 0) {
        LayerStyle& outline = document.layer(counties).style();
        outline.fillColor = Qt::transparent;
        outline.strokeColor = QColor(0x60, 0x60, 0x60, 160);
        outline.strokeWidth = 0.4;
        outline.labelsVisible = false;
    }
    return true;
}

void ComplianceMapBuilder::nameRegions(MapDocument& document, const core::Dataset& dataset,
                                       const QString& language) {
    const bool zh = language == QLatin1String("zh");
    for (int i = 0; i < document.layerCount(); ++i) {
        MapLayer& layer = document.layer(i);
        QHash<QString, QString> names;
        for (const geo::Feature& feature : layer.featureLayer().features)
            if (!feature.regionCode.isEmpty() && !names.contains(feature.regionCode)) {
                if (const core::Region* region = dataset.region(feature.regionCode.toStdString()))
                    names.insert(feature.regionCode, QString::fromStdString(core::regionName(*region, zh)));
                else if (const QString en = feature.attributes.value(QStringLiteral("name_en")).toString();
                         !zh && !en.isEmpty())
                    names.insert(feature.regionCode, en); // a river or reservoir: its layer's English name
            }
        layer.style().regionNames = std::move(names);
    }
}

bool ComplianceMapBuilder::applyCompliance(MapDocument& document, const ThematicStyle& style) {
    return applyCompliance(document, style, geo::LayerRole::Counties);
}

bool ComplianceMapBuilder::applyCompliance(MapDocument& document, const ThematicStyle& style,
                                           geo::LayerRole role) {
    const int index = document.indexOfRole(role);
    if (index < 0)
        return false;
    LayerStyle& layerStyle = document.layer(index).style();
    layerStyle.fillMode = FillMode::Compliance;
    layerStyle.compliance = style;
    layerStyle.labelsVisible = true;
    return true;
}

} // namespace jieshui::render
