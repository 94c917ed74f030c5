// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "geo/FeatureLayer.h"
#include "model/Dataset.h"
#include "model/Indicator.h"
#include "render/MapDocument.h"
#include "render/ThematicStyle.h"
#include "report/ScenarioResult.h"

#include <QHash>
#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace jieshui::render {

/** Which thematic map to build. */
struct ComplianceRequest {
    core::Indicator indicator = core::Indicator::IrrigationCoefficient;
    int year = 2020;
    QString language = QStringLiteral("zh"); ///< of the legend title
    /** The scenario's display name for the title (core::scenarioDisplayName); empty for none. */
    QString scenarioName;
};

/**
 * Builds the thematic styles of the counties from an evaluated scenario (core::ScenarioResult, the
 * program's one evaluation): a compliance style shows each county's verdict of the city's target for the
 * indicator and year exactly as the service judged it (caps against the county's quota; "no quota
 * allocated" apart from missing data), with the value's provenance (estimates hatched); a graduated style
 * shows the counties' values where the plan has no target.
 */
class ComplianceMapBuilder {
public:
    explicit ComplianceMapBuilder(const core::ScenarioResult& result);

    /**
     * The compliance style for @p request. UnknownIndicator when the plan has no target of the indicator
     * for the year.
     */
    core::Result<ThematicStyle> complianceStyle(const ComplianceRequest& request) const;

    /**
     * The values of @p indicator in @p year for @p regionCodes, in the indicator's display unit, for a
     * graduated map (regions without a value are absent from the map's classes: no data).
     */
    QHash<QString, RegionResult> values(core::Indicator indicator, int year,
                                        const std::vector<std::string>& regionCodes) const;

    /**
     * A document with default role styles from layers already in the display CRS, bottom to top in
     * drawing order (counties, basins, irrigation districts, reservoirs, rivers, others).
     */
    static MapDocument documentFromLayers(std::vector<geo::FeatureLayer> layers, const QString& crs);
    /**
     * The same from geometries already prepared (LayerGeometry: simplified levels and spatial index), shared
     * rather than rebuilt: what a window redrawing after every edit uses, so an edit never re-simplifies or
     * re-indexes the boundaries.
     */
    static MapDocument documentFromGeometries(std::vector<std::shared_ptr<const LayerGeometry>> geometries,
                                              const QString& crs);

    /** Sets @p style on the counties layer of @p document (Compliance fill, labels on). False if none. */
    static bool applyCompliance(MapDocument& document, const ThematicStyle& style);
    /** Sets @p style on the layer of @p role (e.g. a province's cities). False if none. */
    static bool applyCompliance(MapDocument& document, const ThematicStyle& style, geo::LayerRole role);

    /**
     * The province view: each city coloured by the verdict of its own target of the indicator and year, as
     * its own evaluation judged it (@p cities: one evaluated result per city; cities without such a target
     * are left out: no data). UnknownIndicator when no city has a target of the indicator that year.
     */
    static core::Result<ThematicStyle> provinceStyle(const std::vector<const core::ScenarioResult*>& cities,
                                                     const ComplianceRequest& request);
    /**
     * The province view on @p document: @p style on the cities layer, the counties drawn as thin outlines
     * over them without labels. False when the document has no cities layer.
     */
    static bool applyProvince(MapDocument& document, const ThematicStyle& style);

    /**
     * Labels the features of @p document linked to a region of @p dataset with the region's name in
     * @p language ("zh" or "en"; the other language, then the code, when the region has no such name); in
     * English a feature of no region (a river, a reservoir) by its layer's `name_en` attribute when it has
     * one.
     */
    static void nameRegions(MapDocument& document, const core::Dataset& dataset, const QString& language);

    /** Legend title: "<indicator name> <year>" plus the scenario's name when given. */
    static QString title(const ComplianceRequest& request);

private:
    const core::ScenarioResult& m_result;
};

} // namespace jieshui::render
