// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Indicator.h"
#include "render/GraduatedStyle.h"
#include "render/MapDocument.h"
#include "report/ScenarioResult.h"
#include "uncertainty/UncertaintyResult.h"

#include <QString>
#include <string>
#include <vector>

namespace jieshui::render {

/** Which probability map to build: the city's target of @p indicator in @p year applied to each county. */
struct ProbabilityRequest {
    core::Indicator indicator = core::Indicator::TotalWaterUse;
    int year = 2035;
    QString language = QStringLiteral("zh"); ///< of the title, the classes and the note
    QString scenarioName;                    ///< the scenario's display name (core::scenarioDisplayName)
};

/**
 * The "probability of meeting" map: each county coloured by P(met) of the city's target for the indicator
 * and year (its own value against the city's threshold; a cap against its quota), from a Monte Carlo run
 * (core::UncertaintyResult) of the same scenario as @p result. Five fixed classes with the calibrated words
 * of the IPCC guidance note — very likely missed (0–10 %), likely missed (10–33 %), as likely as not
 * (33–67 %), likely met (67–90 %), very likely met (90–100 %) — in the verdict colours
 * (StatusPalette::probabilityColor); counties never judged in any draw are drawn as no data. Labels carry the
 * probability in whole percent.
 */
class ProbabilityMapBuilder {
public:
    ProbabilityMapBuilder(const core::ScenarioResult& result, const core::UncertaintyResult& uncertainty);

    /** The style for @p regionCodes; UnknownIndicator when the plan has no city target of it that year. */
    core::Result<GraduatedStyle> style(const ProbabilityRequest& request,
                                       const std::vector<std::string>& regionCodes) const;

    /** The class bounds, in percent: 0, 10, 33, 67, 90, 100. */
    static std::vector<double> classBreaks();
    /** The legend text of class @p index (0 = very likely missed) in @p language. */
    static QString classLabel(int index, const QString& language);
    /** "达标概率：<indicator> <year>（<scenario>）" / "Probability of meeting: …". */
    static QString title(const ProbabilityRequest& request);

    /** "蒙特卡洛10000次抽样（拉丁超立方，种子1）": what the probabilities rest on (legend, report). */
    static QString drawsNote(const core::UncertaintyResult& uncertainty, const QString& language);

    /** Sets @p style on the counties layer (Graduated fill, labels "<name> 83 %"). False without counties. */
    static bool apply(MapDocument& document, const GraduatedStyle& style);

private:
    const core::ScenarioResult& m_result;
    const core::UncertaintyResult& m_uncertainty;
};

} // namespace jieshui::render
