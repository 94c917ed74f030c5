// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/Evaluator.h"
#include "geo/FeatureLayer.h"
#include "model/Dataset.h"
#include "model/Indicator.h"
#include "render/MapDocument.h"
#include "render/ThematicStyle.h"
#include "scenario/Allocation.h"

#include <QString>
#include <string>
#include <vector>

namespace jieshui::render {

/** Which compliance map to build. */
struct ComplianceRequest {
    core::Indicator indicator = core::Indicator::IrrigationCoefficient;
    int year = 2020;
    std::string scenario = "baseline";
    QString language = QStringLiteral("zh"); ///< of the legend title
    /** Split of a city cap among counties (total-water-use caps); without it caps are NoData per county. */
    const core::Allocation* allocation = nullptr;
};

/**
 * Builds thematic maps from the engine: each county gets the verdict of the city's target for the
 * indicator and year, judged on the county's own value (core::Evaluator::judgeRegions: the plan's
 * targets are city targets applied to every county; caps use the county's allocated share), with the
 * value's provenance (estimates hatched). For a scenario, pass the scenario run's dataset.
 */
class ComplianceMapBuilder {
public:
    explicit ComplianceMapBuilder(const core::Dataset& dataset);

    /**
     * The compliance style for @p request. UnknownIndicator when the dataset has no target of the
     * indicator for the year (at the root region, else any region). Counties without data are NoData.
     */
    core::Result<ThematicStyle> complianceStyle(const ComplianceRequest& request) const;

    /**
     * A document with default role styles from layers already in the display CRS, bottom to top in
     * drawing order (counties, basins, irrigation districts, reservoirs, rivers, others).
     */
    static MapDocument documentFromLayers(std::vector<geo::FeatureLayer> layers, const QString& crs);

    /** Sets @p style on the counties layer of @p document (Compliance fill, labels on). False if none. */
    static bool applyCompliance(MapDocument& document, const ThematicStyle& style);

    /** The allocation of @p allocations for the scenario and year (the baseline's as a fallback), or nullptr.
     */
    static const core::Allocation* allocationFor(const std::vector<core::Allocation>& allocations,
                                                 const std::string& scenario, int year);

    /** The indicator a map of @p indicator actually shows: caps are judged in the assessment scope. */
    static core::Indicator judgedIndicator(core::Indicator indicator);
    /** Legend title: "<indicator name> <year>" plus the scenario when not the baseline. */
    static QString title(const ComplianceRequest& request);

private:
    const core::Dataset& m_dataset;
};

} // namespace jieshui::render
