// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/SpatialIndex.h"

#include "TestLayers.h"
#include "render/LayerGeometry.h"

#include <gtest/gtest.h>

using namespace jieshui;

TEST(SpatialIndex, findsBoxesContainingAPoint) {
    const render::SpatialIndex index({QRectF(0, 0, 10, 10), QRectF(5, 5, 10, 10), QRectF(20, 20, 1, 1)});
    EXPECT_EQ(index.candidatesAt(QPointF(7, 7)), (std::vector<int>{0, 1}));
    EXPECT_EQ(index.candidatesAt(QPointF(2, 2)), (std::vector<int>{0}));
    EXPECT_TRUE(index.candidatesAt(QPointF(18, 18)).empty());
    EXPECT_EQ(index.candidatesIn(QRectF(19, 19, 5, 5)), (std::vector<int>{2}));
    EXPECT_EQ(index.size(), 3u);
}

TEST(LayerGeometry, featureAtPicksTheCountyUnderThePoint) {
    // Given the toy counties
    const render::LayerGeometry geometry(render::test::toyCounties());
    // When picking inside each square / Then the right feature comes back
    EXPECT_EQ(geometry.layer().features[geometry.featureAt(QPointF(502000, 2418000))].name,
              QStringLiteral("钦北区"));
    EXPECT_EQ(geometry.layer().features[geometry.featureAt(QPointF(515000, 2415000))].name,
              QStringLiteral("灵山县"));
    EXPECT_EQ(geometry.layer().features[geometry.featureAt(QPointF(505000, 2405000))].name,
              QStringLiteral("钦南区"));
    EXPECT_EQ(geometry.layer().features[geometry.featureAt(QPointF(519999, 2400001))].name,
              QStringLiteral("浦北县"));
    // And outside every county nothing is picked
    EXPECT_EQ(geometry.featureAt(QPointF(530000, 2405000)), -1);
}

TEST(LayerGeometry, featureAtOnLinesUsesTheTolerance) {
    const render::LayerGeometry rivers(render::test::toyRivers());
    EXPECT_EQ(rivers.featureAt(QPointF(505000, 2410040), 50.0), 0);
    EXPECT_EQ(rivers.featureAt(QPointF(505000, 2410100), 50.0), -1);
}

TEST(LayerGeometry, coarserLevelsHaveFewerVertices) {
    // Given a county with a finely sampled circular boundary (3,600 vertices, radius 10 km)
    geo::FeatureLayer layer;
    layer.crs = QStringLiteral("EPSG:4545");
    geo::Feature circle;
    circle.regionCode = QStringLiteral("450702");
    QPolygonF ring;
    for (int i = 0; i < 3600; ++i)
        ring << QPointF(10000 * std::cos(i * M_PI / 1800), 10000 * std::sin(i * M_PI / 1800));
    ring << ring.front();
    circle.rings = {ring};
    layer.features = {circle};
    const render::LayerGeometry geometry(layer);
    // Then each level is coarser, and a full-extent view at 100 px picks a simplified level
    EXPECT_EQ(geometry.vertexCount(0), 3601);
    EXPECT_LT(geometry.vertexCount(1), geometry.vertexCount(0));
    EXPECT_LT(geometry.vertexCount(3), geometry.vertexCount(2));
    EXPECT_EQ(geometry.levelFor(200.0), 3);
    EXPECT_EQ(geometry.levelFor(0.01), 0);
}
