// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Indicator.h"
#include "output/ReportLanguage.h"
#include "render/Classifier.h"
#include "render/MapDecorations.h"
#include "render/MapDocument.h"
#include "report/ScenarioResult.h"
#include "store/ProjectData.h"
#include "uncertainty/UncertaintyResult.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::output {

/** What a thematic map shows. */
enum class MapKind {
    Automatic,  ///< compliance where the plan has a city target of the indicator that year, else graduated
    Compliance, ///< each county's verdict (render::ComplianceMapBuilder)
    Graduated,  ///< each county's value in classes
    Difference, ///< another scenario minus a reference scenario (render::DifferenceMapBuilder)
    Probability ///< each county's P(met) of the city's target (render::ProbabilityMapBuilder, as in the window)
};

struct MapRequest {
    core::Indicator indicator = core::Indicator::IrrigationCoefficient;
    int year = 2020;
    MapKind kind = MapKind::Automatic;
    render::ClassificationMethod method = render::ClassificationMethod::NaturalBreaks; ///< graduated maps
    int classCount = 5;       ///< graduated, difference
    bool valueLabels = false; ///< county labels carry their values (always on difference maps)
    ReportLanguage language;
    QString title;    ///< empty = defaultTitle()
    QString subtitle; ///< empty = the scenario(s)
};

/** A map ready for render::MapExporter: the layers with the thematic style, and the decorations' texts. */
struct ComposedMap {
    render::MapDocument document;
    render::DecorationOptions decorations;
    MapKind kind = MapKind::Compliance; ///< what was drawn (Automatic resolved)
};

/**
 * Composes the thematic maps of a project for every front end that writes one — `export-map`, the
 * report's compliance maps and county insets, File → Export Map: the project's layers in its display CRS
 * (projected once), the counties coloured from an evaluated scenario (core::ScenarioResult), the title
 * ("钦州市 农田灌溉水有效利用系数 2020年 达标评价"), the scenario as subtitle, the source note and the
 * language of the legend. @p project must outlive the composer.
 */
class MapComposer {
public:
    explicit MapComposer(const store::ProjectData& project);

    /** The layers in the display CRS with their default styles; an error when a layer cannot be projected. */
    core::Result<render::MapDocument> baseDocument() const;

    /**
     * The map of @p request for @p result. A difference map shows @p result minus @p reference (required
     * then); a probability map the P(met) of @p uncertainty (a Monte Carlo run of @p result's scenario,
     * required then). Errors: no counties layer; a compliance or probability map of an indicator without a
     * city target that year; a difference without reference, or without values in both scenarios.
     */
    core::Result<ComposedMap> compose(const MapRequest& request, const core::ScenarioResult& result,
                                      const core::ScenarioResult* reference = nullptr,
                                      const core::UncertaintyResult* uncertainty = nullptr) const;

    /**
     * The compliance map of a province's project (core::ProvinceEvaluation): every city coloured by its
     * verdict on its own plan's target of @p request's indicator and year (render::ComplianceMapBuilder::
     * provinceStyle). Errors: no cities layer; no city with such a target.
     */
    core::Result<ComposedMap> composeProvince(const MapRequest& request,
                                              const std::vector<const core::ScenarioResult*>& cities) const;

    /** The root region's name ("钦州市"), else the project's name. */
    QString cityName(const ReportLanguage& language) const;
    /** A scenario's display name (core::scenarioDisplayName), empty for none. */
    QString scenarioName(const std::string& scenario, const ReportLanguage& language) const;
    /** The default title of a map of @p kind (not Automatic). */
    QString defaultTitle(const MapRequest& request, MapKind kind) const;
    /** "钦州市项目数据（估算值以斜线标注）；节水规划工作台". */
    QString sourceNote(const ReportLanguage& language) const;
    /** The counties' codes in the dataset's order. */
    std::vector<std::string> countyCodes() const;

private:
    const store::ProjectData& m_project;
    mutable std::optional<core::Result<render::MapDocument>> m_base;
};

} // namespace jieshui::output
