// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"
#include "io/ProjectMetadata.h"
#include "model/Dataset.h"
#include "model/Lesson.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
#include "uncertainty/UncertaintyModel.h"

#include <QVector>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::store {

/**
 * One stored evaluation result (table `results`): indicator × region × year × scenario. Values are in
 * the base unit of the indicator's dimension (m³, m³/yuan, fraction), `unit` says which.
 */
struct ResultRow {
    std::string scenario;
    std::string indicator; ///< IndicatorCatalog id, e.g. "water-per-gdp-reduction"
    std::string regionCode;
    int year = 0;
    std::string targetId;        ///< the plan target judged, or empty
    std::optional<double> value; ///< absent when there is no data
    std::string unit;            ///< base unit name: "m3", "m3/yuan", "1", ...
    std::string comparator;      ///< "<=" or ">="
    std::optional<double> targetValue;
    std::string status;                       ///< "met", "at-risk", "missed", "no-data"
    std::optional<double> gap;                ///< value − target, base unit
    std::optional<double> requiredAnnualRate; ///< fraction per year (schema v2)
    std::string provenance;                   ///< "sourced", "estimate", "projected"
    std::string method;
    std::string explanation;
    std::string evaluatedAt; ///< ISO 8601 UTC

    bool operator==(const ResultRow&) const = default;
};

/**
 * Everything a project file holds, in memory: the metadata, the dataset (regions, statistics, targets,
 * tasks), the scenarios with their overrides, the allocations, the map layers (in their own CRS, normally
 * EPSG:4490 lon/lat) and the last computed results.
 */
struct ProjectData {
    core::ProjectMetadata metadata; ///< name, base year, CRSs, root region (project.csv), extra keys
    core::Dataset dataset;
    std::vector<core::Scenario> scenarios;
    std::vector<core::Allocation> allocations;
    core::UncertaintyModel uncertainty; ///< how uncertain the inputs are (schema 3; standard before)
    QVector<geo::FeatureLayer> layers;
    std::vector<ResultRow> results;
    std::vector<core::Lesson> lessons; ///< trainers' lessons (schema v3)
};

} // namespace jieshui::store
