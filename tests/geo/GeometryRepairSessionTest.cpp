// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/GeometryRepairSession.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

Feature polygon(qint64 id, const QPolygonF& ring) {
    Feature f;
    f.id = id;
    f.rings = {ring};
    f.partStarts = {0};
    return f;
}

const QPolygonF kBowTie({QPointF(0, 0), QPointF(2, 2), QPointF(2, 0), QPointF(0, 2), QPointF(0, 0)});
const QPolygonF kSquare({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1), QPointF(0, 1), QPointF(0, 0)});

} // namespace

TEST(GeometryRepairSession, repairsWhatWasAddedAndReportsInFeatureOrder) {
    // Given 200 features: every 50th a bow-tie, feature 7 empty, added as they are "read"
    FeatureLayer layer;
    GeometryRepairSession session;
    for (int i = 0; i < 200; ++i) {
        Feature f = i == 7 ? Feature{} : polygon(1000 + i, i % 50 == 0 ? kBowTie : kSquare);
        f.id = 1000 + i;
        if (i != 7)
            session.add(i, f);
        layer.features.append(f);
    }
    // When finished
    const QVector<GeometryIssue> issues = session.finish(layer);
    // Then 4 repairs (0, 50, 100, 150) and the empty feature, in order, with ids and repaired rings
    ASSERT_EQ(issues.size(), 5);
    EXPECT_EQ(issues[0].featureId, 1000);
    EXPECT_EQ(issues[0].kind, GeometryIssueKind::Repaired);
    EXPECT_EQ(issues[1].featureId, 1007);
    EXPECT_EQ(issues[1].kind, GeometryIssueKind::Empty);
    EXPECT_EQ(issues[4].featureId, 1150);
    EXPECT_EQ(layer.features[50].partStarts.size(), 2);
    EXPECT_TRUE(GeometryRepair::isValid(layer.features[150], GeometryKind::Polygon));
    EXPECT_EQ(layer.features[1].rings.front(), kSquare);
}

TEST(GeometryRepairSession, destroyingWithoutFinishIsSafe) {
    // Given queued work that is never finished (an import refused mid-way), then nothing hangs or leaks
    auto session = std::make_unique<GeometryRepairSession>();
    for (int i = 0; i < 50; ++i)
        session->add(i, polygon(i, kBowTie));
    session.reset();
    SUCCEED();
}
