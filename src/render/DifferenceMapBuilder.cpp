// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DifferenceMapBuilder.h"

#include "model/IndicatorDisplay.h"

#include <QCoreApplication>

namespace jieshui::render {

namespace {

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool chinese(const DifferenceRequest& request) {
    return request.language == QLatin1String("zh");
}

} // namespace

DifferenceMapBuilder::DifferenceMapBuilder(const core::ScenarioResult& reference,
                                           const core::ScenarioResult& other)
    : m_reference(reference), m_other(other) {}

bool DifferenceMapBuilder::positiveIsBetter(const core::ScenarioResult& result, core::Indicator indicator,
                                            int year) {
    if (const std::optional<std::size_t> city = result.cityTargetIndex(indicator, year))
        return result.verdicts()[*city].target.comparator == core::Comparator::AtLeast;
    for (const core::Verdict& verdict : result.verdicts())
        if (verdict.target.indicator == indicator)
            return verdict.target.comparator == core::Comparator::AtLeast;
    switch (indicator) {
    case core::Indicator::WaterPerGdpReduction:
    case core::Indicator::WaterPerIvaReduction:
    case core::Indicator::IrrigationCoefficient:
    case core::Indicator::IndustrialReuseRate:
    case core::Indicator::TaskMilestone:
        return true;
    case core::Indicator::TotalWaterUse:
    case core::Indicator::TotalWaterUseAssessment:
    case core::Indicator::WaterPerGdp:
    case core::Indicator::WaterPerIva:
    case core::Indicator::LeakageRateComprehensive:
    case core::Indicator::LeakageRate:
        return false;
    }
    return false;
}

QString DifferenceMapBuilder::title(const DifferenceRequest& request) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
    const bool zh = chinese(request);
    QString unit = fromStd(core::IndicatorDisplay::unit(request.indicator));
    if (core::IndicatorDisplay::differencesInPercentagePoints(request.indicator))
        unit = zh ? QStringLiteral("百分点") : QCoreApplication::translate("render", "percentage points");
    QString result = QStringLiteral("%1 %2").arg(fromStd(zh ? info.nameZh : info.nameEn)).arg(request.year);
    result += zh ? QStringLiteral("：%1 − %2").arg(request.otherName, request.referenceName)
                 : QStringLiteral(": %1 − %2").arg(request.otherName, request.referenceName);
    if (!unit.isEmpty())
        result += zh ? QStringLiteral("（%1）").arg(unit) : QStringLiteral(" (%1)").arg(unit);
    return result;
}

QString DifferenceMapBuilder::legendNote(const DifferenceRequest& request) {
    if (chinese(request))
        return QStringLiteral("蓝：优于%1　红：劣于%1").arg(request.referenceName);
    return QCoreApplication::translate("render", "blue: better than %1; red: worse than %1")
        .arg(request.referenceName);
}

core::Result<GraduatedStyle> DifferenceMapBuilder::style(const DifferenceRequest& request,
                                                         const std::vector<std::string>& regionCodes) const {
    QHash<QString, RegionResult> differences;
    int withValue = 0;
    for (const std::string& code : regionCodes) {
        RegionResult result;
        const core::Result<core::IndicatorValue> a = m_reference.value(request.indicator, code, request.year);
        const core::Result<core::IndicatorValue> b = m_other.value(request.indicator, code, request.year);
        if (a.isOk() && b.isOk()) {
            // Display units first: a difference of two percentages is in percentage points.
            result.value = core::IndicatorDisplay::toDisplay(request.indicator, b.value().value) -
                           core::IndicatorDisplay::toDisplay(request.indicator, a.value().value);
            result.estimate = a.value().provenance != core::ProvenanceKind::Sourced ||
                              b.value().provenance != core::ProvenanceKind::Sourced;
            ++withValue;
        }
        differences.insert(QString::fromStdString(code), result);
    }
    if (withValue == 0) {
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(request.indicator);
        return core::Error(core::ErrorCode::MissingData,
                           "no region has a value of '" + std::string(info.id) + "' in " +
                               std::to_string(request.year) + " in both scenarios",
                           core::ErrorLocation{.year = request.year});
    }
    GraduatedStyle style;
    style.setClassCount(request.classCount);
    style.setDecimals(core::IndicatorDisplay::decimals(request.indicator));
    style.setDiverging(positiveIsBetter(m_reference, request.indicator, request.year));
    style.setResults(std::move(differences));
    style.setTitle(title(request));
    style.setLegendNote(legendNote(request));
    return style;
}

bool DifferenceMapBuilder::apply(MapDocument& document, const GraduatedStyle& style,
                                 core::Indicator indicator) {
    const int index = document.indexOfRole(geo::LayerRole::Counties);
    if (index < 0)
        return false;
    LayerStyle& layerStyle = document.layer(index).style();
    layerStyle.fillMode = FillMode::Graduated;
    layerStyle.graduated = style;
    layerStyle.labelsVisible = true;
    layerStyle.valueLabels = true;
    layerStyle.valueDecimals = core::IndicatorDisplay::decimals(indicator);
    return true;
}

} // namespace jieshui::render
