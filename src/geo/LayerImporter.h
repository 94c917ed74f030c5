// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "geo/CrsGuesser.h"
#include "geo/FeatureLayer.h"
#include "geo/GeometryRepair.h"
#include "geo/RegionMatcher.h"
#include "model/Dataset.h"

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jieshui::geo {

/** What to import and how. */
struct ImportOptions {
    LayerRole role = LayerRole::Other;
    QString layerName;  ///< empty = the first layer of the file
    QString encoding;   ///< shapefile encoding override; empty = detect
    QString crs;        ///< CRS override ("EPSG:n", PROJ string, WKT); empty = the file's
    QString matchField; ///< attribute to re-link by (code or name); empty = code, then name
    QString codeField;  ///< attribute read as the region code; empty = the first of code, adcode, CODE, ...
    QString nameField;  ///< attribute read as the name; empty = the first of name_zh, name, NAME, ...
    QString storageCrs = QStringLiteral("EPSG:4490"); ///< the project storage CRS the layers come out in
    bool acceptOfferedCrs = true; ///< take CGCS2000 for China degrees without a CRS (warned)
    /** The project's extent in CGCS2000 degrees (projectAreaOf): for CRS candidates and the overlap check;
     * empty for a project that has no layers yet, so no place is assumed. */
    QRectF projectArea;
    QVector<RegionKey>
        regions; ///< the project regions to re-link to (counties for the counties role); may be empty
};

/** The import report: what was read, detected, repaired, transformed and linked, as text lines. */
struct ImportReport {
    QStringList lines;    ///< facts, in pipeline order (translated)
    QStringList warnings; ///< things the user should check (translated)
    QString encoding;     ///< shapefiles: the encoding used
    QString sourceCrs;    ///< the CRS the coordinates were read in
    int featureCount = 0;
    int repairedCount = 0;
    int unrepairableCount = 0;
    int emptyCount = 0;
    QVector<GeometryIssue> issues;

    /** All lines, warnings marked, one per line. */
    QString text() const;
};

/** The outcome of an import: nothing is written; the caller saves the layers once the user accepts. */
struct ImportResult {
    /**
     * The features for the role, in the storage CRS. For counties, basins and irrigation districts: the
     * features linked one-to-one to a project region (Feature::regionCode set), to replace the schematic
     * geometry of those regions. For rivers, reservoirs and other: every feature.
     */
    FeatureLayer roleLayer;
    /** Features not linked to a region (unmatched or ambiguous), as an ordinary layer (role Other); may be
     * empty. */
    FeatureLayer unmatchedLayer;
    RegionMatchResult match; ///< indexes refer to the features as read (before the split)
    ImportReport report;
};

/**
 * The all-or-nothing import pipeline: read (GDAL) -> encoding (shapefiles) -> CRS (declared, offered or
 * refused) -> geometry repair -> reprojection to the storage CRS -> re-linking to the project regions.
 * Any failure returns an error and no layer; progress and cancellation through core::Feedback.
 */
class LayerImporter {
public:
    static core::Result<ImportResult> import(const QString& path, const ImportOptions& options,
                                             core::Feedback* feedback = nullptr);

    /**
     * Applies an accepted import to a project's layers: for counties, basins and irrigation districts the
     * imported features replace the features of the same region in the layer of that role (which stays
     * schematic only while it keeps schematic features), or form that layer; rivers and reservoirs
     * replace the layer of their role; "other" is appended. Unmatched features are appended as an
     * ordinary layer. Layer names are made unique. Returns translated lines saying what changed.
     */
    static QStringList mergeInto(QVector<FeatureLayer>& layers, const ImportResult& result);

    /** True for roles linked to project regions (counties, basins, irrigation districts). */
    static bool roleLinksToRegions(LayerRole role);

    /** The extent of @p layers in CGCS2000 degrees (x = longitude); empty when they have none. */
    static QRectF projectAreaOf(const QVector<FeatureLayer>& layers);

    /** The project regions a layer of @p role re-links to (counties, basins or districts); empty otherwise.
     */
    static QVector<RegionKey> regionKeysFor(LayerRole role, const core::Dataset& dataset);
};

} // namespace jieshui::geo
