// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GaussKrugerZone.h"

#include "geo/CoordinateTransformer.h"

#include <gtest/gtest.h>

using jieshui::geo::CoordinateTransformer;
using jieshui::geo::GaussKrugerZone;

TEST(GaussKrugerZone, picksTheThreeDegreeZoneOfTheCentre) {
    // Given Qinzhou's extent, centred near 109.0E: zone CM 108E, EPSG:4545
    EXPECT_EQ(GaussKrugerZone::crsForExtent(QRectF(QPointF(108.18, 21.58), QPointF(109.87, 22.68))),
              QStringLiteral("EPSG:4545"));
    // Then the edges of zones and the ends of China fall in the right zones
    EXPECT_EQ(GaussKrugerZone::centralMeridian(109.4), 108);
    EXPECT_EQ(GaussKrugerZone::centralMeridian(109.6), 111);
    EXPECT_EQ(GaussKrugerZone::crsFor(75.2), QStringLiteral("EPSG:4534"));
    EXPECT_EQ(GaussKrugerZone::crsFor(134.8), QStringLiteral("EPSG:4554"));
    EXPECT_TRUE(GaussKrugerZone::crsFor(10.0).isEmpty());
    EXPECT_TRUE(GaussKrugerZone::crsForExtent(QRectF()).isEmpty());
}

TEST(GaussKrugerZone, theCodesAreTheZonesProjNames) {
    // PROJ names EPSG:4545 and EPSG:4547 after their central meridians
    EXPECT_TRUE(CoordinateTransformer::crsName(QStringLiteral("EPSG:4545")).contains(QStringLiteral("108E")));
    EXPECT_TRUE(
        CoordinateTransformer::crsName(GaussKrugerZone::crsFor(113.6)).contains(QStringLiteral("114E")));
}
