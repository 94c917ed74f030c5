// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeometryRepair.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

Feature bowTie() {
    // A figure-eight ring crossing itself at (1, 1): invalid
    Feature f;
    f.id = 7;
    f.name = QStringLiteral("领结");
    f.rings = {QPolygonF({QPointF(0, 0), QPointF(2, 2), QPointF(2, 0), QPointF(0, 2), QPointF(0, 0)})};
    f.partStarts = {0};
    return f;
}

Feature square(qint64 id) {
    Feature f;
    f.id = id;
    f.rings = {QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1), QPointF(0, 0)})};
    f.partStarts = {0};
    return f;
}

} // namespace

TEST(GeometryRepair, bowTieIsRepairedIntoTwoTriangles) {
    // Given a valid square, a bow-tie and an empty feature
    FeatureLayer layer;
    Feature empty;
    empty.id = 9;
    layer.features = {square(1), bowTie(), empty};
    EXPECT_FALSE(GeometryRepair::isValid(layer.features[1], GeometryKind::Polygon));
    // When repaired
    const QVector<GeometryIssue> issues = GeometryRepair::repair(layer);
    // Then the bow-tie is reported repaired and becomes two valid parts; the empty feature is reported
    ASSERT_EQ(issues.size(), 2);
    EXPECT_EQ(issues[0].featureId, 7);
    EXPECT_EQ(issues[0].kind, GeometryIssueKind::Repaired);
    EXPECT_EQ(issues[0].featureName, QStringLiteral("领结"));
    EXPECT_EQ(issues[1].featureId, 9);
    EXPECT_EQ(issues[1].kind, GeometryIssueKind::Empty);
    EXPECT_EQ(layer.features[1].partStarts.size(), 2);
    EXPECT_TRUE(GeometryRepair::isValid(layer.features[1], GeometryKind::Polygon));
    EXPECT_TRUE(GeometryRepair::isValid(layer.features[0], GeometryKind::Polygon));
}

TEST(GeometryRepair, collapsedRingIsReportedUnrepairable) {
    // Given a "polygon" whose ring has zero area (all points on a line)
    FeatureLayer layer;
    Feature flat;
    flat.id = 3;
    flat.rings = {QPolygonF({QPointF(0, 0), QPointF(1, 1), QPointF(2, 2), QPointF(0, 0)})};
    flat.partStarts = {0};
    layer.features = {flat};
    // When repaired, then MakeValid leaves no polygon and the feature is reported, geometry kept
    const QVector<GeometryIssue> issues = GeometryRepair::repair(layer);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].kind, GeometryIssueKind::Unrepairable);
    EXPECT_EQ(layer.features[0].rings.front().size(), 4);
}

TEST(GeometryRepair, validLayerHasNoIssues) {
    FeatureLayer layer;
    for (int i = 0; i < 50; ++i)
        layer.features.append(square(i));
    EXPECT_TRUE(GeometryRepair::repair(layer).isEmpty());
}

TEST(GeometryRepair, cancelledRepairStopsEarly) {
    // Given a cancelled feedback, when repairing many bow-ties, then not all are touched
    FeatureLayer layer;
    for (int i = 0; i < 100; ++i)
        layer.features.append(bowTie());
    jieshui::core::Feedback feedback;
    feedback.cancel();
    EXPECT_TRUE(GeometryRepair::repair(layer, &feedback).isEmpty());
}

// Issue 13: one self-intersecting polygon of 100,000 random vertices ran past 120 s growing ~90 MB/s in
// MakeValid. Each feature now has a time budget; past it the feature is refused as too complex, unchanged.
TEST(GeometryRepair, aHugeSelfIntersectingPolygonIsRefusedWithinItsBudget) {
    Feature f;
    f.id = 11;
    QPolygonF ring;
    quint32 state = 12345;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) / double(1u << 24);
    };
    for (int i = 0; i < 100000; ++i)
        ring.append(QPointF(108.0 + next(), 21.0 + next()));
    ring.append(ring.front());
    f.rings = {ring};
    f.partStarts = {0};
    const Feature before = f;
    const auto previous = GeometryRepair::timeBudget();
    GeometryRepair::setTimeBudget(std::chrono::milliseconds(300));
    GeometryIssue issue;
    const auto start = std::chrono::steady_clock::now();
    const bool invalid = GeometryRepair::repairFeature(f, &issue);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    GeometryRepair::setTimeBudget(previous);
    ASSERT_TRUE(invalid);
    EXPECT_EQ(issue.kind, GeometryIssueKind::TooComplex) << issue.detail.toStdString();
    EXPECT_TRUE(issue.detail.contains(QStringLiteral("100001"))) << issue.detail.toStdString();
    EXPECT_EQ(f.rings, before.rings);
    std::printf(
        "100k random vertices: refused after %lld ms\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
}
