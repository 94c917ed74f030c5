// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/GraduatedStyle.h"

#include "TestLayers.h"
#include "render/MapDocument.h"

#include <gtest/gtest.h>

using namespace jieshui;

TEST(GraduatedStyle, coloursRegionsByClassOnTheRamp) {
    // Given four values in two clear clusters, classified in 2 natural-breaks classes
    render::GraduatedStyle style;
    style.setClassCount(2);
    style.setRamp(QColor(255, 255, 255), QColor(0, 0, 0));
    style.setResults({{QStringLiteral("a"), {core::VerdictStatus::Met, 1.0, false}},
                      {QStringLiteral("b"), {core::VerdictStatus::Met, 2.0, false}},
                      {QStringLiteral("c"), {core::VerdictStatus::Met, 10.0, true}},
                      {QStringLiteral("d"), {core::VerdictStatus::NoData, std::nullopt, false}}});
    // Then the breaks are 1, 2, 10 and the ends of the ramp colour the two classes
    EXPECT_EQ(style.breaks(), (std::vector<double>{1.0, 2.0, 10.0}));
    EXPECT_EQ(*style.colorFor(QStringLiteral("a")), QColor(255, 255, 255));
    EXPECT_EQ(*style.colorFor(QStringLiteral("c")), QColor(0, 0, 0));
    // And a region without value has no colour (drawn as no data); estimates are noticed
    EXPECT_FALSE(style.colorFor(QStringLiteral("d")).has_value());
    EXPECT_FALSE(style.colorFor(QStringLiteral("unknown")).has_value());
    EXPECT_TRUE(style.hasEstimates());
}

TEST(MapDocument, movesAndRemovesLayers) {
    render::MapDocument document;
    document.addLayer(render::MapLayer(render::test::toyCounties()));
    document.addLayer(render::MapLayer(render::test::toyRivers()));
    // When the river is moved to the bottom
    document.moveLayer(1, 0);
    EXPECT_EQ(document.layer(0).role(), geo::LayerRole::Rivers);
    EXPECT_EQ(document.indexOfRole(geo::LayerRole::Counties), 1);
    EXPECT_EQ(document.indexOf(QStringLiteral("县区")), 1);
    // Then removing it leaves the counties; bad indices throw (programming errors)
    document.removeLayer(0);
    EXPECT_EQ(document.layerCount(), 1);
    EXPECT_THROW(document.removeLayer(3), std::out_of_range);
    EXPECT_EQ(document.extent(), QRectF(500000, 2400000, 20000, 20000));
}

TEST(MapDocument, schematicNoteFollowsVisibleSchematicLayers) {
    geo::FeatureLayer counties = render::test::toyCounties();
    counties.schematic = true;
    render::MapDocument document;
    document.addLayer(render::MapLayer(counties));
    EXPECT_TRUE(document.hasVisibleSchematicLayer());
    document.layer(0).setVisible(false);
    EXPECT_FALSE(document.hasVisibleSchematicLayer());
}

TEST(GraduatedStyle, aClassWhoseBoundsPrintAlikeIsLabelledWithItsOneNumber) {
    // Given quantile classes where the minimum repeats (the first break equals the minimum)
    render::GraduatedStyle style;
    style.setMethod(render::ClassificationMethod::Quantile);
    style.setClassCount(4);
    style.setDecimals(1);
    QHash<QString, render::RegionResult> results;
    const std::vector<double> values{21.4, 21.4, 21.4, 21.4, 30.2, 35.0, 41.7, 50.3};
    for (std::size_t i = 0; i < values.size(); ++i)
        results.insert(QStringLiteral("r%1").arg(i), {core::VerdictStatus::Met, values[i], false});
    style.setResults(results);
    ASSERT_GE(style.effectiveClassCount(), 2);
    ASSERT_EQ(style.breaks()[0], style.breaks()[1]);
    // Then the first class reads "21.4", never "21.4 – 21.4", and no two labels are alike
    EXPECT_EQ(style.classLabel(0), QStringLiteral("21.4"));
    QStringList labels;
    for (int i = 0; i < style.effectiveClassCount(); ++i) {
        const QString label = style.classLabel(i);
        EXPECT_FALSE(labels.contains(label)) << label.toStdString();
        const QStringList ends = label.split(QStringLiteral(" – "));
        if (ends.size() == 2) {
            EXPECT_NE(ends[0], ends[1]) << label.toStdString();
        }
        labels << label;
    }
    EXPECT_EQ(labels.last(), QStringLiteral("35.0 – 50.3"));
}

TEST(GraduatedStyle, classesTheLegendCannotTellApartAreMerged) {
    // Given values whose natural breaks differ by less than the legend's one decimal
    render::GraduatedStyle style;
    style.setMethod(render::ClassificationMethod::EqualInterval);
    style.setClassCount(5);
    style.setDecimals(1);
    style.setResults({{QStringLiteral("a"), {core::VerdictStatus::Met, 21.40, false}},
                      {QStringLiteral("b"), {core::VerdictStatus::Met, 21.44, false}}});
    // Then the five equal intervals (21.400, 21.408, …, 21.44) collapse to one class "21.4"
    EXPECT_EQ(style.effectiveClassCount(), 1);
    EXPECT_EQ(style.classLabel(0), QStringLiteral("21.4"));
    // And both values are coloured
    EXPECT_TRUE(style.colorFor(QStringLiteral("a")).has_value());
    EXPECT_TRUE(style.colorFor(QStringLiteral("b")).has_value());
    // With two decimals the classes come back
    style.setDecimals(2);
    EXPECT_GT(style.effectiveClassCount(), 1);
}
