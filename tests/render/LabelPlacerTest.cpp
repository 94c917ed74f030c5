// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LabelPlacer.h"

#include "render/FontResolver.h"

#include <gtest/gtest.h>

using namespace jieshui::render;

TEST(LabelPlacer, placedLabelsNeverOverlap) {
    // Given ten labels anchored almost on the same spot
    std::vector<LabelCandidate> candidates;
    for (int i = 0; i < 10; ++i)
        candidates.push_back({QStringLiteral("钦南区%1").arg(i), QPointF(200 + i * 3, 150 + i * 2), 0, 0.0});
    const LabelPlacer placer(QFont(), 2.0);
    // When placed in a 400 × 300 area
    const std::vector<PlacedLabel> placed = placer.place(candidates, QRectF(0, 0, 400, 300));
    // Then at least one but not all are placed, and no two boxes overlap
    ASSERT_FALSE(placed.empty());
    EXPECT_LT(placed.size(), candidates.size());
    for (std::size_t a = 0; a < placed.size(); ++a)
        for (std::size_t b = a + 1; b < placed.size(); ++b)
            EXPECT_FALSE(placed[a].box.intersects(placed[b].box)) << a << " overlaps " << b;
}

TEST(LabelPlacer, higherPriorityWinsTheSpot) {
    // Given two labels at the same anchor, the second with higher priority
    const std::vector<LabelCandidate> candidates{{QStringLiteral("低"), QPointF(50, 50), 0, 100.0},
                                                 {QStringLiteral("高"), QPointF(50, 50), 5, 1.0}};
    // When placed / Then the high-priority one sits centred on the anchor
    const std::vector<PlacedLabel> placed = LabelPlacer(QFont()).place(candidates, QRectF(0, 0, 100, 100));
    ASSERT_FALSE(placed.empty());
    EXPECT_EQ(placed.front().text, QStringLiteral("高"));
    EXPECT_NEAR(placed.front().box.center().x(), 50.0, 1e-9);
    EXPECT_NEAR(placed.front().box.center().y(), 50.0, 1e-9);
}

TEST(LabelPlacer, labelsOutsideTheAreaOrOnObstaclesAreDropped) {
    const LabelPlacer placer{QFont()};
    const std::vector<LabelCandidate> outside{{QStringLiteral("浦北县"), QPointF(-100, -100), 0, 0.0}};
    EXPECT_TRUE(placer.place(outside, QRectF(0, 0, 100, 100)).empty());
    // An obstacle covering the whole area leaves no room
    const std::vector<LabelCandidate> inside{{QStringLiteral("灵山县"), QPointF(50, 50), 0, 0.0}};
    EXPECT_TRUE(placer.place(inside, QRectF(0, 0, 100, 100), {QRectF(0, 0, 100, 100)}).empty());
}

TEST(LabelPlacer, labelsWithClearanceGoBesideTheirSymbol) {
    // Given a point symbol of radius 5 px at (50, 50)
    const std::vector<LabelCandidate> candidates{{QStringLiteral("小江水库"), QPointF(50, 50), 0, 0.0, 5.0}};
    // When placed / Then the label box starts right of the symbol and does not cover it
    const std::vector<PlacedLabel> placed = LabelPlacer(QFont()).place(candidates, QRectF(0, 0, 300, 100));
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_NEAR(placed.front().box.left(), 55.0, 1e-9);
    EXPECT_FALSE(placed.front().box.intersects(QRectF(45, 45, 10, 10)));
}
