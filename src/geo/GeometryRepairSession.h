// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "geo/FeatureLayer.h"
#include "geo/GeometryRepair.h"

#include <QVector>
#include <memory>

namespace jieshui::geo {

/**
 * Checks and repairs polygons on worker threads while the layer is still being read, so the GEOS work
 * overlaps GDAL's parsing (LayerImporter feeds it through ReadOptions::onFeature). Features are
 * copied on add() (cheap: the rings are implicitly shared). Results are the same as
 * GeometryRepair::repair().
 */
class GeometryRepairSession {
public:
    /** Starts max(1, cores - 1) workers: the reading thread keeps one core. */
    GeometryRepairSession();
    /** Stops and joins the workers; unfinished work is dropped. */
    ~GeometryRepairSession();
    GeometryRepairSession(const GeometryRepairSession&) = delete;
    GeometryRepairSession& operator=(const GeometryRepairSession&) = delete;

    /** Queues the polygon feature at @p index of the layer being read. */
    void add(int index, const Feature& feature);

    /**
     * Waits for the queue (the calling thread helps), writes repaired geometry into
     * @p layer.features[index], reports empty features, and returns the issues in feature order.
     * A cancelled @p feedback stops early (discard the layer then).
     */
    QVector<GeometryIssue> finish(FeatureLayer& layer, core::Feedback* feedback = nullptr);

private:
    struct Shared;
    std::unique_ptr<Shared> m_shared;
};

} // namespace jieshui::geo
