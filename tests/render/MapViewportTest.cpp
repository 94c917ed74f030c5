// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapViewport.h"

#include <gtest/gtest.h>

using jieshui::render::MapViewport;

TEST(MapViewport, fittingKeepsAspectAndCentres) {
    // Given a 20 km × 10 km extent and a 400 × 400 px output without margin
    const MapViewport v = MapViewport::fitting(QRectF(500000, 2400000, 20000, 10000), QSize(400, 400), 0.0);
    // Then the wider side decides the scale: 50 m per px, centred on the extent
    EXPECT_DOUBLE_EQ(v.mapUnitsPerPixel(), 50.0);
    EXPECT_EQ(v.center(), QPointF(510000, 2405000));
    // And the extent's left edge maps to x = 0, its north edge to y = 100 (centre row 200 − 5 km / 50)
    EXPECT_NEAR(v.mapToScreen(QPointF(500000, 2410000)).x(), 0.0, 1e-9);
    EXPECT_NEAR(v.mapToScreen(QPointF(500000, 2410000)).y(), 100.0, 1e-9);
}

TEST(MapViewport, screenToMapInvertsMapToScreen) {
    const MapViewport v(QPointF(561958, 2433922), 12.5, QSize(800, 600));
    const QPointF map(563000.5, 2431000.25);
    const QPointF back = v.screenToMap(v.mapToScreen(map));
    EXPECT_NEAR(back.x(), map.x(), 1e-6);
    EXPECT_NEAR(back.y(), map.y(), 1e-6);
    EXPECT_EQ(v.mapToScreenTransform().map(map), v.mapToScreen(map));
}

TEST(MapViewport, zoomKeepsTheAnchorUnderTheCursor) {
    // Given a viewport / When zoomed in 2× around pixel (100, 50)
    const MapViewport v(QPointF(0, 0), 10.0, QSize(400, 300));
    const QPointF anchorMap = v.screenToMap(QPointF(100, 50));
    const MapViewport zoomed = v.zoomedBy(2.0, QPointF(100, 50));
    // Then the scale halves and the anchor's map point stays under the same pixel
    EXPECT_DOUBLE_EQ(zoomed.mapUnitsPerPixel(), 5.0);
    EXPECT_NEAR(zoomed.mapToScreen(anchorMap).x(), 100.0, 1e-9);
    EXPECT_NEAR(zoomed.mapToScreen(anchorMap).y(), 50.0, 1e-9);
}

TEST(MapViewport, panMovesContentWithTheDrag) {
    const MapViewport v(QPointF(0, 0), 10.0, QSize(400, 300));
    const QPointF p(100, 100);
    const QPointF before = v.mapToScreen(p);
    const QPointF after = v.pannedBy(QPointF(30, -20)).mapToScreen(p);
    EXPECT_NEAR(after.x() - before.x(), 30.0, 1e-9);
    EXPECT_NEAR(after.y() - before.y(), -20.0, 1e-9);
}

TEST(MapViewport, degenerateSizeIsInvalid) {
    EXPECT_FALSE(MapViewport().isValid());
    EXPECT_FALSE(MapViewport::fitting(QRectF(0, 0, 10, 10), QSize(0, 100)).isValid());
}
