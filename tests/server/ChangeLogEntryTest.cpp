// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ChangeLogEntry.h"

#include <gtest/gtest.h>

using jieshui::server::ChangeLogEntry;

TEST(ChangeLogEntry, describesAnUpdateColumnByColumn) {
    // Given a logged update of a share's volume
    ChangeLogEntry e{1,
                     "2026-12-06 10:31:02",
                     "alice",
                     "allocation_shares",
                     "QZ-CAP-2022 / 450702",
                     "update",
                     R"({"volume_m3": [463110000, 473110000]})"};
    // Then it reads as what a planner would say
    EXPECT_EQ(e.describe(), QStringLiteral("allocation share QZ-CAP-2022 / 450702 changed: volume (m³) "
                                           "463110000 → 473110000"));
}

TEST(ChangeLogEntry, describesAdditionsRemovalsAndBulkWrites) {
    EXPECT_EQ(
        (ChangeLogEntry{1, "", "bob", "regions", "450799", "insert", R"({"code": "450799"})"}.describe()),
        QStringLiteral("region 450799 added"));
    EXPECT_EQ((ChangeLogEntry{2, "", "bob", "statistics", "450702 / water.total / 2020", "delete", "{}"}
                   .describe()),
              QStringLiteral("statistic 450702 / water.total / 2020 removed"));
    EXPECT_EQ(
        (ChangeLogEntry{3, "", "admin", "project", "qinzhou.gpkg", "push", R"({"rows": 812})"}.describe()),
        QStringLiteral("project uploaded from qinzhou.gpkg (812 rows)"));
    EXPECT_EQ(
        (ChangeLogEntry{4, "", "alice", "counties", "3", "update", R"({"geom": "changed"})"}.describe()),
        QStringLiteral("feature of map table counties 3 changed: geometry changed"));
}
