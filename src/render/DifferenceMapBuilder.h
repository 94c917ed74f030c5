// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Indicator.h"
#include "render/GraduatedStyle.h"
#include "render/MapDocument.h"
#include "report/ScenarioResult.h"

#include <QString>
#include <string>
#include <vector>

namespace jieshui::render {

/** Which difference map to build: @p indicator in @p year, the other scenario minus the reference. */
struct DifferenceRequest {
    core::Indicator indicator = core::Indicator::TotalWaterUse;
    int year = 2025;
    QString language = QStringLiteral("zh"); ///< of the title and the legend note
    QString referenceName;                   ///< scenario A's display name (core::scenarioDisplayName)
    QString otherName;                       ///< scenario B's display name
    int classCount = 5;                      ///< odd counts give a neutral class around zero
};

/**
 * The difference map of two evaluated scenarios: for each county, the other scenario's value minus the
 * reference's (B − A) of one indicator and year, in the indicator's display unit (percentage points for
 * "%" indicators), as a diverging GraduatedStyle: classes symmetric around zero, blue where B is better
 * than A and red where it is worse (better follows the plan's comparator for the indicator), signed
 * legend bounds, a legend note naming the colours, estimates hatched (either value estimated or
 * projected). Both results must come from the same EvaluationService (one evaluation, two scenarios).
 */
class DifferenceMapBuilder {
public:
    DifferenceMapBuilder(const core::ScenarioResult& reference, const core::ScenarioResult& other);

    /**
     * The style for @p regionCodes. MissingData when no region has a value in both scenarios. Regions
     * with a value in only one scenario are absent from the classes (drawn as no data).
     */
    core::Result<GraduatedStyle> style(const DifferenceRequest& request,
                                       const std::vector<std::string>& regionCodes) const;

    /**
     * True when a higher value of @p indicator is an improvement: the comparator of the plan's target of
     * the indicator (that year's city target, else any), else the indicator's nature (coefficients, rates
     * and reductions up; volumes, intensities and leakage down).
     */
    static bool positiveIsBetter(const core::ScenarioResult& result, core::Indicator indicator, int year);

    /** "<indicator> <year>：<B> − <A>（<unit>）"; percentage points for "%" indicators. */
    static QString title(const DifferenceRequest& request);
    /** The legend note naming the colours against the reference scenario. */
    static QString legendNote(const DifferenceRequest& request);

    /**
     * Sets @p style on the counties layer of @p document: Graduated fill, labels with the signed values
     * at the indicator's decimals. False when the document has no counties layer.
     */
    static bool apply(MapDocument& document, const GraduatedStyle& style, core::Indicator indicator);

private:
    const core::ScenarioResult& m_reference;
    const core::ScenarioResult& m_other;
};

} // namespace jieshui::render
