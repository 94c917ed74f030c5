// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"
#include "io/ProjectMetadata.h"
#include "model/Dataset.h"
#include "model/Lesson.h"
#include "scenario/Allocation.h"
#include "scenario/Scenario.h"
#include "store/ProjectData.h"
#include "uncertainty/UncertaintyModel.h"

#include <QString>
#include <QVector>
#include <vector>

namespace jieshui::ui {

/**
 * Everything one open project holds, as the window works on it: the evaluated dataset, the scenarios and
 * allocations, the map layers (in their own CRS, x = easting or longitude) and the project settings.
 */
struct ProjectData {
    core::Dataset dataset;
    std::vector<core::Scenario> scenarios;
    std::vector<core::Allocation> allocations;
    core::UncertaintyModel uncertainty; ///< how uncertain the inputs are (the probability of meeting targets)
    QVector<geo::FeatureLayer> layers;
    QVector<bool> layerVisible;            ///< one flag per layer (same order)
    core::ProjectMetadata metadata;        ///< names, base year, storage and display CRS, root region
    std::vector<store::ResultRow> results; ///< results as last stored (the window recomputes its own)
    std::vector<core::Lesson> lessons;     ///< the trainers' lessons, in the project's order

    /** The scenario called @p name, or nullptr. */
    const core::Scenario* scenario(const QString& name) const;
    core::Scenario* scenario(const QString& name);
    /** Sets layerVisible to one "true" per layer where it is missing. */
    void normalizeLayerFlags();
};

} // namespace jieshui::ui
