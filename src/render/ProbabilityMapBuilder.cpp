// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ProbabilityMapBuilder.h"

#include "render/ComplianceMapBuilder.h"
#include "render/StatusPalette.h"
#include "report/JudgedIndicator.h"

#include <QCoreApplication>

namespace jieshui::render {

namespace {

bool chinese(const QString& language) {
    return language == QLatin1String("zh");
}

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ProbabilityMapBuilder::ProbabilityMapBuilder(const core::ScenarioResult& result,
                                             const core::UncertaintyResult& uncertainty)
    : m_result(result), m_uncertainty(uncertainty) {}

std::vector<double> ProbabilityMapBuilder::classBreaks() {
    return {0.0, 10.0, 33.0, 67.0, 90.0, 100.0};
}

QString ProbabilityMapBuilder::classLabel(int index, const QString& language) {
    static const char* const english[] = {QT_TRANSLATE_NOOP("render", "0–10 %: very likely missed"),
                                          QT_TRANSLATE_NOOP("render", "10–33 %: likely missed"),
                                          QT_TRANSLATE_NOOP("render", "33–67 %: as likely as not"),
                                          QT_TRANSLATE_NOOP("render", "67–90 %: likely met"),
                                          QT_TRANSLATE_NOOP("render", "90–100 %: very likely met")};
    static const char* const zh[] = {"0–10%：很可能未达标", "10–33%：可能未达标", "33–67%：达标与否相当",
                                     "67–90%：可能达标", "90–100%：很可能达标"};
    if (index < 0 || index > 4)
        return {};
    return chinese(language) ? QString::fromUtf8(zh[index])
                             : QCoreApplication::translate("render", english[index]);
}

QString ProbabilityMapBuilder::title(const ProbabilityRequest& request) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(core::judgedIndicator(request.indicator));
    const bool zh = chinese(request.language);
    QString text = zh ? QStringLiteral("达标概率：%1 %2").arg(fromStd(info.nameZh)).arg(request.year)
                      : QCoreApplication::translate("render", "Probability of meeting: %1 %2")
                            .arg(fromStd(info.nameEn))
                            .arg(request.year);
    if (!request.scenarioName.isEmpty())
        text += zh ? QStringLiteral("（%1）").arg(request.scenarioName)
                   : QStringLiteral(" (%1)").arg(request.scenarioName);
    return text;
}

core::Result<GraduatedStyle> ProbabilityMapBuilder::style(const ProbabilityRequest& request,
                                                          const std::vector<std::string>& regionCodes) const {
    // The target as the compliance map finds it (the plan's indicator; the title names the scope judged).
    const std::optional<std::size_t> city = m_result.cityTargetIndex(request.indicator, request.year);
    if (!city)
        return core::Error(core::ErrorCode::UnknownIndicator,
                           "the plan has no city target of '" +
                               std::string(core::IndicatorCatalog::info(request.indicator).id) + "' in " +
                               std::to_string(request.year),
                           core::ErrorLocation{.year = request.year});
    const std::string& targetId = m_result.verdicts()[*city].target.id;
    QHash<QString, RegionResult> results;
    for (const std::string& code : regionCodes) {
        RegionResult r;
        if (const core::OutcomeDistribution* o = m_uncertainty.outcome(targetId, code))
            if (const auto p = o->probabilityMet())
                r.value = *p * 100.0;
        results.insert(QString::fromStdString(code), r);
    }
    const std::vector<double> breaks = classBreaks();
    std::vector<QColor> colors;
    QStringList labels;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        colors.push_back(StatusPalette::probabilityColor((breaks[i] + breaks[i + 1]) / 200.0));
        labels << classLabel(static_cast<int>(i), request.language);
    }
    GraduatedStyle style;
    style.setDecimals(0);
    style.setResults(std::move(results));
    style.setFixedClasses(breaks, std::move(colors), std::move(labels));
    style.setTitle(title(request));
    style.setLegendNote(drawsNote(m_uncertainty, request.language));
    return style;
}

QString ProbabilityMapBuilder::drawsNote(const core::UncertaintyResult& uncertainty,
                                         const QString& language) {
    const QString draws = QString::number(uncertainty.draws());
    const QString seed = QString::number(uncertainty.seed());
    return chinese(language)
               ? QStringLiteral("蒙特卡洛%1次抽样（拉丁超立方，种子%2）").arg(draws, seed)
               : QCoreApplication::translate("render", "Monte Carlo, %1 draws (Latin hypercube, seed %2)")
                     .arg(draws, seed);
}

bool ProbabilityMapBuilder::apply(MapDocument& document, const GraduatedStyle& style) {
    const int index = document.indexOfRole(geo::LayerRole::Counties);
    if (index < 0)
        return false;
    LayerStyle& layerStyle = document.layer(index).style();
    layerStyle.fillMode = FillMode::Graduated;
    layerStyle.graduated = style;
    layerStyle.labelsVisible = true;
    layerStyle.valueLabels = true;
    layerStyle.valueDecimals = 0;
    layerStyle.valueSuffix = QStringLiteral(" %");
    layerStyle.hatchEstimates = false; // the probability already carries the estimates' uncertainty
    return true;
}

} // namespace jieshui::render
