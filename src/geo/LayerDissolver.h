// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "geo/FeatureLayer.h"

#include <QHash>
#include <QString>

namespace jieshui::geo {

/**
 * Merges polygons into larger units: a province's counties into its cities. The parts of each group are
 * unioned with GEOS (through GDAL), so shared borders disappear and the result keeps the outer boundary.
 */
class LayerDissolver {
public:
    /**
     * One feature per group of @p layer's polygon features: features whose regionCode maps to the same
     * group code in @p groupOf (region code -> group code; features not in it are left out) become one
     * feature with that group code and the name from @p names (group code -> name). Same CRS as @p layer.
     */
    static core::Result<FeatureLayer> dissolve(const FeatureLayer& layer,
                                               const QHash<QString, QString>& groupOf,
                                               const QHash<QString, QString>& names,
                                               core::Feedback* feedback = nullptr);
};

} // namespace jieshui::geo
