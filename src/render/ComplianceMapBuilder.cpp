// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ComplianceMapBuilder.h"

#include <QCoreApplication>
#include <algorithm>

namespace jieshui::render {

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int drawOrder(geo::LayerRole role) {
    switch (role) {
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

ComplianceMapBuilder::ComplianceMapBuilder(const core::Dataset& dataset) : m_dataset(dataset) {}

core::Indicator ComplianceMapBuilder::judgedIndicator(core::Indicator indicator) {
    // Caps are judged in the assessment scope (the engine's default), so maps name that scope.
    const bool assessedCap =
        indicator == core::Indicator::TotalWaterUse && core::EvaluationOptions{}.assessmentScopeForCaps;
    return assessedCap ? core::Indicator::TotalWaterUseAssessment : indicator;
}

QString ComplianceMapBuilder::title(const ComplianceRequest& request) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(judgedIndicator(request.indicator));
    const bool zh = request.language == QLatin1String("zh");
    QString result = QStringLiteral("%1 %2").arg(fromStd(zh ? info.nameZh : info.nameEn)).arg(request.year);
    if (!request.scenario.empty() && request.scenario != "baseline")
        result += QStringLiteral(" (%1)").arg(QString::fromStdString(request.scenario));
    return result;
}

core::Result<ThematicStyle> ComplianceMapBuilder::complianceStyle(const ComplianceRequest& request) const {
    // The city's target of this indicator and year is judged on each county's own value.
    const core::Region* root = m_dataset.root();
    const core::PlanTarget* cityTarget = nullptr;
    for (const core::PlanTarget& target : m_dataset.targets()) {
        if (target.indicator != request.indicator || target.year != request.year)
            continue;
        if (!cityTarget || (root && target.regionCode == root->code))
            cityTarget = &target;
    }
    if (!cityTarget) {
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
        return core::Error(core::ErrorCode::UnknownIndicator,
                           "the plan has no target of '" + std::string(info.id) + "' for " +
                               std::to_string(request.year),
                           core::ErrorLocation{.year = request.year});
    }

    const core::Evaluator evaluator(m_dataset);
    core::EvaluationOptions options;
    options.scenario = request.scenario;
    options.year = request.year;
    std::vector<std::string> codes;
    for (const core::Region* county : m_dataset.regionsOfKind(core::RegionKind::County))
        codes.push_back(county->code);
    const std::vector<core::Verdict> verdicts =
        evaluator.judgeRegions(*cityTarget, codes, options, request.allocation);
    ThematicStyle style;
    style.setTitle(title(request));
    for (const core::Verdict& verdict : verdicts) {
        RegionResult result;
        result.status = verdict.status;
        if (verdict.value) {
            result.value = verdict.value->value;
            result.estimate = verdict.value->provenance != core::ProvenanceKind::Sourced;
        }
        style.setResult(QString::fromStdString(verdict.target.regionCode), result);
    }
    return style;
}

const core::Allocation* ComplianceMapBuilder::allocationFor(const std::vector<core::Allocation>& allocations,
                                                            const std::string& scenario, int year) {
    const core::Allocation* fallback = nullptr;
    for (const core::Allocation& allocation : allocations) {
        if (allocation.year != year)
            continue;
        if (allocation.scenario == scenario)
            return &allocation;
        if (allocation.scenario == "baseline" || allocation.scenario.empty())
            fallback = &allocation;
    }
    return fallback;
}

MapDocument ComplianceMapBuilder::documentFromLayers(std::vector<geo::FeatureLayer> layers,
                                                     const QString& crs) {
    std::stable_sort(layers.begin(), layers.end(),
                     [](const geo::FeatureLayer& a, const geo::FeatureLayer& b) {
                         return drawOrder(a.role) < drawOrder(b.role);
                     });
    MapDocument document;
    document.setCrs(crs);
    for (geo::FeatureLayer& layer : layers) {
        const geo::LayerRole role = layer.role;
        LayerStyle style = LayerStyle::forRole(role);
        // Line and point layers of rivers and reservoirs carry names worth showing on a small map.
        if (role == geo::LayerRole::Rivers || role == geo::LayerRole::Reservoirs)
            style.labelsVisible = layer.features.size() <= 40;
        document.addLayer(MapLayer(std::move(layer), style));
    }
    return document;
}

bool ComplianceMapBuilder::applyCompliance(MapDocument& document, const ThematicStyle& style) {
    const int index = document.indexOfRole(geo::LayerRole::Counties);
    if (index < 0)
        return false;
    LayerStyle& layerStyle = document.layer(index).style();
    layerStyle.fillMode = FillMode::Compliance;
    layerStyle.compliance = style;
    layerStyle.labelsVisible = true;
    return true;
}

} // namespace jieshui::render
