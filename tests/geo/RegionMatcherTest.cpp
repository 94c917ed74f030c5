// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/RegionMatcher.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

const QVector<RegionKey> kQinzhou{{QStringLiteral("450702"), QStringLiteral("钦南区")},
                                  {QStringLiteral("450703"), QStringLiteral("钦北区")},
                                  {QStringLiteral("450721"), QStringLiteral("灵山县")},
                                  {QStringLiteral("450722"), QStringLiteral("浦北县")}};

Feature feature(const QString& code, const QString& name) {
    Feature f;
    f.regionCode = code;
    f.name = name;
    f.attributes.insert(QStringLiteral("NAME"), name);
    return f;
}

} // namespace

TEST(RegionMatcher, normalisesChineseNames) {
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("钦南区")), QStringLiteral("钦南"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral(" 钦 南 ")), QStringLiteral("钦南"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("灵山县")), QStringLiteral("灵山"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("融水苗族自治县")), QStringLiteral("融水"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("龙胜各族自治县")), QStringLiteral("龙胜"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("钦州市")), QStringLiteral("钦州"));
    // Full-width letters become ASCII; a two-character name keeps its suffix (城区 stays)
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("ＡＢ区")), QStringLiteral("AB"));
    EXPECT_EQ(RegionMatcher::normalizeName(QStringLiteral("城区")), QStringLiteral("城区"));
}

TEST(RegionMatcher, matchesByCodeThenByName) {
    // Given one feature with a code, two with names only (one with a short name), one stranger
    FeatureLayer layer;
    layer.features = {feature(QStringLiteral("450702"), QStringLiteral("whatever")),
                      feature(QString(), QStringLiteral("钦北")),
                      feature(QString(), QStringLiteral("灵山县")),
                      feature(QString(), QStringLiteral("合浦县"))};
    // When matched
    const RegionMatchResult r = RegionMatcher::match(layer, kQinzhou);
    // Then three matches (one by code, two by name), one leftover feature and one leftover region
    ASSERT_EQ(r.matches.size(), 3);
    EXPECT_EQ(r.matches[0].regionCode, QStringLiteral("450702"));
    EXPECT_EQ(r.matches[0].method, MatchMethod::Code);
    EXPECT_EQ(r.matches[1].regionCode, QStringLiteral("450703"));
    EXPECT_EQ(r.matches[1].method, MatchMethod::Name);
    EXPECT_EQ(r.matches[2].regionCode, QStringLiteral("450721"));
    EXPECT_EQ(r.unmatchedFeatures, QVector<int>({3}));
    EXPECT_EQ(r.unmatchedRegions, QStringList({QStringLiteral("450722")}));
    EXPECT_TRUE(r.ambiguities.isEmpty());
}

TEST(RegionMatcher, twoFeaturesForOneRegionAreAmbiguous) {
    // Given two features both named 钦南区
    FeatureLayer layer;
    layer.features = {feature(QString(), QStringLiteral("钦南区")),
                      feature(QString(), QStringLiteral("钦南"))};
    const RegionMatchResult r = RegionMatcher::match(layer, kQinzhou);
    // Then no match but one ambiguity naming both features
    EXPECT_TRUE(r.matches.isEmpty());
    ASSERT_EQ(r.ambiguities.size(), 1);
    EXPECT_EQ(r.ambiguities[0].featureIndexes, QVector<int>({0, 1}));
    EXPECT_EQ(r.ambiguities[0].regionCodes, QStringList({QStringLiteral("450702")}));
}

TEST(RegionMatcher, oneNameForTwoRegionsIsAmbiguous) {
    // Given two regions whose names normalise alike (X区 and X县), and a feature named X
    const QVector<RegionKey> regions{{QStringLiteral("1"), QStringLiteral("城东区")},
                                     {QStringLiteral("2"), QStringLiteral("城东县")}};
    FeatureLayer layer;
    layer.features = {feature(QString(), QStringLiteral("城东"))};
    const RegionMatchResult r = RegionMatcher::match(layer, regions);
    ASSERT_EQ(r.ambiguities.size(), 1);
    EXPECT_EQ(r.ambiguities[0].regionCodes.size(), 2);
    EXPECT_TRUE(r.unmatchedRegions.isEmpty());
}

TEST(RegionMatcher, matchFieldIsUsedAndApplySetsCodes) {
    // Given features whose codes are wrong but whose NAME attribute matches, matched by field NAME
    FeatureLayer layer;
    layer.features = {feature(QStringLiteral("999999"), QStringLiteral("浦北县"))};
    const RegionMatchResult r = RegionMatcher::match(layer, kQinzhou, QStringLiteral("NAME"));
    ASSERT_EQ(r.matches.size(), 1);
    // When applied, then the code is the region's
    RegionMatcher::apply(layer, r);
    EXPECT_EQ(layer.features[0].regionCode, QStringLiteral("450722"));
}

TEST(RegionMatcher, integerCodeAttributeMatches) {
    // Given an adcode stored as an integer attribute
    FeatureLayer layer;
    Feature f;
    f.attributes.insert(QStringLiteral("adcode"), 450703);
    layer.features = {f};
    const RegionMatchResult r = RegionMatcher::match(layer, kQinzhou, QStringLiteral("adcode"));
    ASSERT_EQ(r.matches.size(), 1);
    EXPECT_EQ(r.matches[0].regionCode, QStringLiteral("450703"));
}
