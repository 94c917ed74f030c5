// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/CoordinateTransformer.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace jieshui::geo;

TEST(CoordinateTransformer, cgcs2000ToGaussKrugerIsEastingFirst) {
    // Given EPSG:4490 -> EPSG:4545 and (lon 108.6, lat 22.0)
    auto t = CoordinateTransformer::create(QStringLiteral("EPSG:4490"), CoordinateTransformer::displayCrs());
    ASSERT_TRUE(t.isOk()) << t.error().toString();
    // When transformed
    const QPointF p = t.value().transform(QPointF(108.6, 22.0));
    // Then x is the easting (about 561958 m: 0.6 deg east of CM 108E), y the northing (about 2433922 m)
    EXPECT_NEAR(p.x(), 561958.0, 2.0);
    EXPECT_NEAR(p.y(), 2433922.0, 2.0);
    EXPECT_FALSE(t.value().isIdentity());
}

TEST(CoordinateTransformer, wgs84AndCgcs2000AreTreatedAsEqual) {
    // Given EPSG:4326 -> EPSG:4490, then the transformer is the identity
    auto t = CoordinateTransformer::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:4490"));
    ASSERT_TRUE(t.isOk());
    EXPECT_TRUE(t.value().isIdentity());
    EXPECT_EQ(t.value().transform(QPointF(108.6, 22.0)), QPointF(108.6, 22.0));
    EXPECT_FALSE(CoordinateTransformer::cgcs2000Note().isEmpty());
}

TEST(CoordinateTransformer, transformsLayerAndItsBounds) {
    // Given a one-triangle layer in GK CM 108E
    FeatureLayer layer;
    layer.crs = QStringLiteral("EPSG:4545");
    Feature f;
    f.rings = {QPolygonF({QPointF(500000, 2433000), QPointF(561958, 2433922), QPointF(500000, 2500000),
                          QPointF(500000, 2433000)})};
    f.partStarts = {0};
    layer.features = {f};
    auto t = CoordinateTransformer::create(layer.crs, QStringLiteral("EPSG:4490"));
    ASSERT_TRUE(t.isOk());
    // When transformed to CGCS2000 degrees
    auto out = t.value().transform(layer);
    ASSERT_TRUE(out.isOk());
    // Then easting 500000 is the central meridian 108E and the layer CRS is updated
    EXPECT_EQ(out.value().crs, QStringLiteral("EPSG:4490"));
    EXPECT_NEAR(out.value().features[0].rings[0][0].x(), 108.0, 1e-9);
    EXPECT_NEAR(out.value().features[0].rings[0][1].x(), 108.6, 1e-5);
    EXPECT_NEAR(out.value().features[0].rings[0][1].y(), 22.0, 1e-5);
    EXPECT_NEAR(out.value().bounds.left(), 108.0, 1e-9);
}

TEST(CoordinateTransformer, acceptsProjStringsAsCrs) {
    // Given the Albers definition of the TopoJSON test file, then PROJ takes it and (0, 0) maps to the origin
    auto t = CoordinateTransformer::create(
        QStringLiteral("+proj=aea +lat_0=36 +lat_1=24 +lat_2=48 +lon_0=104.5 +datum=WGS84 +units=m"),
        QStringLiteral("EPSG:4490"));
    ASSERT_TRUE(t.isOk()) << t.error().toString();
    const QPointF p = t.value().transform(QPointF(0, 0));
    EXPECT_NEAR(p.x(), 104.5, 1e-6);
    EXPECT_NEAR(p.y(), 36.0, 1e-6);
}

TEST(CoordinateTransformer, unknownCrsIsRefused) {
    auto t = CoordinateTransformer::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:4490"));
    ASSERT_TRUE(t.hasError());
    EXPECT_EQ(t.error().code(), jieshui::core::ErrorCode::UnsupportedFormat);
}

TEST(CoordinateTransformer, crsNameComesFromTheProjDatabase) {
    EXPECT_EQ(CoordinateTransformer::crsName(QStringLiteral("EPSG:4545")),
              QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E"));
    EXPECT_EQ(CoordinateTransformer::normalizedCrs(QStringLiteral("4326")), QStringLiteral("EPSG:4490"));
    EXPECT_EQ(CoordinateTransformer::normalizedCrs(QStringLiteral("epsg:4545")), QStringLiteral("EPSG:4545"));
}

TEST(CoordinateTransformer, crsNameNamesTheCrsAsGivenNotAsStored) {
    // WGS 84 is stored as CGCS2000, but a report that says "EPSG:4326 (China Geodetic Coordinate System
    // 2000)" contradicts itself: the name is that of the code shown.
    EXPECT_EQ(CoordinateTransformer::crsName(QStringLiteral("EPSG:4326")), QStringLiteral("WGS 84"));
    EXPECT_EQ(CoordinateTransformer::crsName(QStringLiteral("4326")), QStringLiteral("WGS 84"));
    EXPECT_EQ(CoordinateTransformer::crsName(QStringLiteral("EPSG:4490")),
              QStringLiteral("China Geodetic Coordinate System 2000"));
}
