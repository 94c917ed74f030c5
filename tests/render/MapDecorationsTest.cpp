// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapDecorations.h"

#include <gtest/gtest.h>

using jieshui::render::MapDecorations;
using jieshui::render::MapViewport;

TEST(MapDecorations, niceLengthRoundsDownToOneTwoFive) {
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(7.3), 5.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(2.1), 2.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(1999.0), 1000.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(25000.0), 20000.0);
    EXPECT_NEAR(MapDecorations::niceLength(0.35), 0.2, 1e-12);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(0.0), 0.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(-3.0), 0.0);
}

TEST(MapDecorations, scaleBarIsCorrectForProjectedMetres) {
    // Given an EPSG:4545 viewport at 100 m per px / When at most 250 px are available
    const MapViewport viewport(QPointF(561958, 2433922), 100.0, QSize(1000, 800));
    const auto bar = MapDecorations::scaleBar(viewport, QStringLiteral("EPSG:4545"), 250.0);
    // Then 25 km fit; the bar shows 20 km over exactly 200 px
    EXPECT_DOUBLE_EQ(bar.lengthMetres, 20000.0);
    EXPECT_DOUBLE_EQ(bar.lengthPixels, 200.0);
    EXPECT_EQ(bar.label, QStringLiteral("20 km"));
}

TEST(MapDecorations, scaleBarConvertsDegreesAtTheCentreLatitude) {
    // Given lon/lat at 60° N, 0.001° per px: 1 px = 111319.49 × cos 60° × 0.001 = 55.66 m
    const MapViewport viewport(QPointF(10.0, 60.0), 0.001, QSize(800, 600));
    const auto bar = MapDecorations::scaleBar(viewport, QStringLiteral("EPSG:4490"), 100.0);
    // Then 100 px ≈ 5.57 km → a 5 km bar of 5000 / 55.66 px
    EXPECT_DOUBLE_EQ(bar.lengthMetres, 5000.0);
    EXPECT_NEAR(bar.lengthPixels, 5000.0 / 55.6597, 0.01);
    EXPECT_EQ(bar.label, QStringLiteral("5 km"));
}

TEST(MapDecorations, shortScaleBarsAreInMetres) {
    const auto bar = MapDecorations::scaleBar(MapViewport(QPointF(0, 0), 1.0, QSize(100, 100)),
                                              QStringLiteral("EPSG:4545"), 700.0);
    EXPECT_EQ(bar.label, QStringLiteral("500 m"));
    EXPECT_DOUBLE_EQ(bar.lengthPixels, 500.0);
}

TEST(MapDecorations, crsNoteNamesTheGaussKrugerZone) {
    EXPECT_EQ(MapDecorations::crsNote(QStringLiteral("EPSG:4545")),
              QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)"));
    EXPECT_EQ(MapDecorations::crsNote(QStringLiteral("EPSG:32649")), QStringLiteral("EPSG:32649"));
    // In a Chinese map the note is Chinese (the codes stay)
    const QString zh = MapDecorations::crsNote(QStringLiteral("EPSG:4545"), QStringLiteral("zh"));
    EXPECT_TRUE(zh.contains(QStringLiteral("高斯-克吕格"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("EPSG:4545")));
    EXPECT_FALSE(zh.contains(QStringLiteral("degree")));
    EXPECT_FALSE(MapDecorations::crsNote(QStringLiteral("EPSG:4490"), QStringLiteral("zh"))
                     .contains(QStringLiteral("lon/lat")));
}
