// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange format between a project file and its server copy, without a server.
#include "server/ProjectImage.h"

#include "../store/ProjectComparison.h"
#include "../store/SampleProject.h"
#include "../store/TestFiles.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/ProjectSchema.h"

#include <gtest/gtest.h>

using namespace jieshui;
using server::ProjectImage;

TEST(ProjectImage, fileTablesTurnBackIntoTheSameProject) {
    // Given the Qinzhou project in a file
    store::test::ScratchDir dir;
    auto qinzhou = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(qinzhou.isOk());
    const auto path = dir.path("qinzhou.gpkg");
    ASSERT_TRUE(store::ProjectFile::create(path, qinzhou.value()).isOk());
    auto file = store::ProjectFile::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    // When its tables are read as an image and turned back into a project
    auto image = ProjectImage::read(file.value().database());
    ASSERT_TRUE(image.isOk()) << image.error().toString();
    auto back = image.value().toProject();
    ASSERT_TRUE(back.isOk()) << back.error().toString();
    // Then it is the project the file holds
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk());
    store::test::expectSameProject(loaded.value(), back.value());
    // And the image holds the layer tables with their geometry as WKB
    const server::TableImage* counties = image.value().table("counties");
    ASSERT_NE(counties, nullptr);
    EXPECT_TRUE(counties->isLayer);
    EXPECT_EQ(counties->geometryType, "MULTIPOLYGON");
    EXPECT_EQ(counties->srid, 4490);
    EXPECT_EQ(counties->rows.size(), 4u);
}

TEST(ProjectImage, rowsAreKeyedByTheirNaturalKey) {
    // Given the sample project's tables as the writer writes them
    auto image = ProjectImage::fromProject(store::test::sampleProject(3));
    ASSERT_TRUE(image.isOk()) << image.error().toString();
    EXPECT_EQ(image.value().schemaVersion, store::ProjectSchema::currentVersion);
    // Then regions are keyed by code, statistics by region / variable / year, shares by allocation / region
    const server::TableImage* regions = image.value().table("regions");
    ASSERT_NE(regions, nullptr);
    EXPECT_EQ(regions->keyColumnNames(), std::vector<std::string>{"code"});
    EXPECT_EQ(regions->keyOf(0), "450700");
    const server::TableImage* statistics = image.value().table("statistics");
    ASSERT_NE(statistics, nullptr);
    EXPECT_EQ(statistics->keyColumnNames(), (std::vector<std::string>{"region_code", "variable", "year"}));
    const server::TableImage* shares = image.value().table("allocation_shares");
    ASSERT_NE(shares, nullptr);
    EXPECT_EQ(shares->keyColumnNames(), (std::vector<std::string>{"allocation_id", "region_code"}));
    // And a round trip through the image gives the project back
    auto back = image.value().toProject();
    ASSERT_TRUE(back.isOk()) << back.error().toString();
    store::test::expectSameProject(store::test::sampleProject(3), back.value());
}

TEST(ProjectImage, repeatedKeysAreToldApartByPosition) {
    // Given a table whose key repeats
    server::TableImage t;
    t.name = "scenario_overrides";
    t.columns = {{"scenario", server::ColumnType::Text, true},
                 {"region_code", server::ColumnType::Text, true},
                 {"driver", server::ColumnType::Text, true},
                 {"from_year", server::ColumnType::Integer, true},
                 {"value", server::ColumnType::Real, true}};
    t.chooseKey();
    t.fids = {1, 2, 3};
    t.rows = {{std::string("s"), std::string("450700"), std::string("gdp-growth"), 2023LL, 0.05},
              {std::string("s"), std::string("450700"), std::string("gdp-growth"), 2023LL, 0.06},
              {std::string("s"), std::string("450702"), std::string("gdp-growth"), 2023LL, 0.07}};
    // Then the second occurrence gets its number
    EXPECT_EQ(t.rowKeys(),
              (std::vector<std::string>{"s / 450700 / gdp-growth / 2023", "s / 450700 / gdp-growth / 2023 #2",
                                        "s / 450702 / gdp-growth / 2023"}));
}
