// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace jieshui::geo {

/** A project region as the matcher sees it: its code and Chinese name. */
struct RegionKey {
    QString code;   ///< e.g. "450702"
    QString nameZh; ///< e.g. "钦南区"
};

/** How a feature was linked. */
enum class MatchMethod { Code, Name };

/** One feature linked to one region. */
struct FeatureMatch {
    int featureIndex = -1; ///< index into FeatureLayer::features
    QString regionCode;
    MatchMethod method = MatchMethod::Code;
};

/** Features and regions that do not pair up one to one. */
struct MatchAmbiguity {
    QVector<int> featureIndexes; ///< one feature (several regions) or several features (one region)
    QStringList regionCodes;     ///< the regions involved
    QString detail;              ///< translated explanation
};

/** The proposed re-linking: nothing is applied until the caller accepts it (RegionMatcher::apply). */
struct RegionMatchResult {
    QVector<FeatureMatch> matches;
    QVector<MatchAmbiguity> ambiguities;
    QVector<int> unmatchedFeatures; ///< feature indexes matching no region
    QStringList unmatchedRegions;   ///< region codes no feature matched
};

/**
 * Re-links imported features to the project's regions: by code first (the match field, else the
 * feature's code from the reader; 450702 as int, real or text), else by normalised Chinese name
 * (钦南区 <-> 钦南). Two features for one region, or one name for two regions, are ambiguities.
 */
class RegionMatcher {
public:
    /**
     * Proposes the links of @p layer's features to @p regions. @p matchField names the attribute holding
     * the code or name; empty uses Feature::regionCode and Feature::name.
     */
    static RegionMatchResult match(const FeatureLayer& layer, const QVector<RegionKey>& regions,
                                   const QString& matchField = {});

    /** Sets Feature::regionCode of the matched features and clears it on all others. */
    static void apply(FeatureLayer& layer, const RegionMatchResult& result);

    /**
     * A name reduced for comparison: NFKC (full-width to half-width), no whitespace, without the
     * administrative suffix (区, 县, 市, 自治县 with its ethnic prefix, 旗, ...) when at least two
     * characters remain. "钦南区" -> "钦南", "融水苗族自治县" -> "融水".
     */
    static QString normalizeName(const QString& name);
};

} // namespace jieshui::geo
