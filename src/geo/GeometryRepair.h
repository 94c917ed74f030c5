// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "geo/FeatureLayer.h"

#include <QString>
#include <QVector>
#include <chrono>

namespace jieshui::geo {

/** What GeometryRepair found wrong with one feature. */
enum class GeometryIssueKind {
    Repaired,     ///< invalid (self-intersection, bow-tie, ...) and made valid
    Unrepairable, ///< invalid and MakeValid gave nothing usable: geometry kept as it was
    Empty,        ///< no coordinates (null or empty geometry)
    TooComplex ///< the check or repair ran past the time budget (or was cancelled): geometry kept as it was
};

/** One reported problem, with the feature it is about. */
struct GeometryIssue {
    qint64 featureId = 0;
    QString featureName;
    GeometryIssueKind kind = GeometryIssueKind::Repaired;
    QString detail; ///< GEOS's reason, e.g. "Self-intersection[108.5 21.9]"
};

/**
 * Checks polygon features for validity and repairs the invalid ones with OGRGeometry::MakeValid()
 * (GEOS), keeping only polygon parts of the result. Lines and points are only checked for emptiness.
 * Coordinates stay in the layer CRS.
 */
class GeometryRepair {
public:
    /**
     * Repairs @p layer in place and returns every issue, in feature order. Checks run on all cores;
     * @p feedback gets progress and may cancel (the layer is then partly repaired: discard it).
     */
    static QVector<GeometryIssue> repair(FeatureLayer& layer, core::Feedback* feedback = nullptr);

    /**
     * Checks one polygon feature and repairs it in place when invalid. Returns true and fills @p issue
     * (Repaired or Unrepairable) when it was invalid; false when valid. Thread-safe for distinct features.
     */
    static bool repairFeature(Feature& feature, GeometryIssue* issue);
    /** As above; a cancelled @p feedback interrupts GEOS like the time budget (TooComplex). */
    static bool repairFeature(Feature& feature, GeometryIssue* issue, const core::Feedback* feedback);

    /**
     * The time one feature's check and repair may take (GEOS is interrupted past it; default 10 s). GEOS
     * on a pathological polygon (100,000 crossing vertices) otherwise runs for minutes and gigabytes.
     */
    static std::chrono::milliseconds timeBudget();
    static void setTimeBudget(std::chrono::milliseconds budget);
    /** True when @p feature's geometry is valid OGC geometry of @p kind (lines/points: non-empty). */
    static bool isValid(const Feature& feature, GeometryKind kind);
};

} // namespace jieshui::geo
