// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/FeatureLayer.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

TEST(FeatureLayer, updateBoundsUnitesFeatureBoundsAndSkipsEmptyGeometry) {
    // Given a layer with a triangle, a point and an empty feature
    FeatureLayer layer;
    Feature a;
    a.rings = {
        QPolygonF({QPointF(108.0, 21.5), QPointF(109.0, 21.5), QPointF(108.5, 22.5), QPointF(108.0, 21.5)})};
    a.partStarts = {0};
    Feature b;
    b.rings = {QPolygonF({QPointF(110.0, 20.0)})};
    Feature empty;
    layer.features = {a, b, empty};
    // When bounds are updated
    layer.updateBounds();
    // Then each feature has its own bounds and the layer the union, the empty feature adding nothing
    EXPECT_DOUBLE_EQ(layer.features[0].bounds.left(), 108.0);
    EXPECT_DOUBLE_EQ(layer.features[0].bounds.bottom(), 22.5);
    EXPECT_DOUBLE_EQ(layer.features[1].bounds.left(), 110.0);
    EXPECT_DOUBLE_EQ(layer.bounds.left(), 108.0);
    EXPECT_DOUBLE_EQ(layer.bounds.right(), 110.0);
    EXPECT_DOUBLE_EQ(layer.bounds.top(), 20.0);
    EXPECT_DOUBLE_EQ(layer.bounds.bottom(), 22.5);
}

TEST(FeatureLayer, updateBoundsOfEmptyLayerIsNull) {
    // Given a layer without features, when bounds are updated, then they are a null rect
    FeatureLayer layer;
    layer.updateBounds();
    EXPECT_TRUE(layer.bounds.isNull());
}

TEST(FeatureLayer, roleIdsRoundTrip) {
    // Given every role, its id maps back to it
    for (LayerRole r : {LayerRole::Counties, LayerRole::Basins, LayerRole::IrrigationDistricts,
                        LayerRole::Rivers, LayerRole::Reservoirs, LayerRole::Other}) {
        LayerRole back = LayerRole::Other;
        ASSERT_TRUE(layerRoleFromId(QString::fromLatin1(layerRoleId(r)), &back));
        EXPECT_EQ(back, r);
    }
    EXPECT_STREQ(layerRoleId(LayerRole::IrrigationDistricts), "irrigation-districts");
}

TEST(FeatureLayer, roleFromUnknownIdFails) {
    // Given an unknown id, when parsed, then it fails and leaves the role unchanged
    LayerRole role = LayerRole::Rivers;
    EXPECT_FALSE(layerRoleFromId(QStringLiteral("lakes"), &role));
    EXPECT_EQ(role, LayerRole::Rivers);
}
