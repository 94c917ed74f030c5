// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/PolygonMath.h"

#include <gtest/gtest.h>

using jieshui::render::PolygonMath;

TEST(PolygonMath, simplifyDropsCollinearAndSmallDeviations) {
    // Given a line with a 0.1 bump and a 5-unit spike
    const QPolygonF line{{0, 0}, {1, 0.1}, {2, 0}, {3, 5}, {4, 0}};
    // When simplified with tolerance 0.5 / Then the bump goes, the spike stays
    EXPECT_EQ(PolygonMath::simplify(line, 0.5), (QPolygonF{{0, 0}, {2, 0}, {3, 5}, {4, 0}}));
}

TEST(PolygonMath, simplifyKeepsClosedRingsClosedAndNonDegenerate) {
    // Given a square ring with many points on its edges
    QPolygonF ring;
    for (int i = 0; i < 10; ++i)
        ring << QPointF(i, 0);
    for (int i = 0; i < 10; ++i)
        ring << QPointF(10, i);
    for (int i = 10; i > 0; --i)
        ring << QPointF(i, 10);
    for (int i = 10; i > 0; --i)
        ring << QPointF(0, i);
    ring << QPointF(0, 0);
    // When simplified with a huge tolerance
    const QPolygonF simple = PolygonMath::simplify(ring, 100.0);
    // Then it stays a closed ring with at least a triangle
    ASSERT_GE(simple.size(), 4);
    EXPECT_EQ(simple.front(), simple.back());
    // And with a small tolerance exactly the 4 corners remain (plus the closing point)
    EXPECT_EQ(PolygonMath::simplify(ring, 0.01).size(), 5);
}

TEST(PolygonMath, containsHonoursHoles) {
    const QPolygonF outer{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    const QPolygonF hole{{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}};
    EXPECT_TRUE(PolygonMath::contains({outer, hole}, QPointF(2, 2)));
    EXPECT_FALSE(PolygonMath::contains({outer, hole}, QPointF(5, 5)));
    EXPECT_FALSE(PolygonMath::contains({outer}, QPointF(11, 5)));
}

TEST(PolygonMath, interiorPointOfAUShapeLiesInside) {
    // Given a U whose centroid falls in the notch
    const QPolygonF u{{0, 0}, {10, 0}, {10, 10}, {7, 10}, {7, 3}, {3, 3}, {3, 10}, {0, 10}, {0, 0}};
    ASSERT_FALSE(PolygonMath::contains({u}, PolygonMath::centroid(u)));
    // When / Then the interior point is inside
    EXPECT_TRUE(PolygonMath::contains({u}, PolygonMath::interiorPoint({u})));
}

TEST(PolygonMath, centroidAndAreaOfARectangle) {
    const QPolygonF r{{0, 0}, {4, 0}, {4, 2}, {0, 2}, {0, 0}};
    EXPECT_DOUBLE_EQ(PolygonMath::signedArea(r), 8.0);
    EXPECT_EQ(PolygonMath::centroid(r), QPointF(2, 1));
}
