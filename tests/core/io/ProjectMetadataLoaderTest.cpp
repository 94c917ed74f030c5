// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ProjectMetadataLoader.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(ProjectMetadataLoader, readsTheKeysAndKeepsExtraOnes) {
    const std::string text = "key,value\n"
                             "name_zh,钦州市节水规划\n"
                             "name_en,Qinzhou water saving\n"
                             "base_year,2015\n"
                             "storage_crs,EPSG:4490\n"
                             "display_crs,EPSG:4545\n"
                             "root_region,450700\n"
                             "plan_document,钦州市节水行动实施方案\n";
    ProjectMetadataLoader loader;
    auto meta = loader.fromText(text, "project.csv");
    ASSERT_TRUE(meta.isOk()) << meta.error().toString();
    EXPECT_EQ(meta.value().nameZh, "钦州市节水规划");
    EXPECT_EQ(meta.value().baseYear, 2015);
    EXPECT_EQ(meta.value().storageCrs, "EPSG:4490");
    EXPECT_EQ(meta.value().displayCrs, "EPSG:4545");
    EXPECT_EQ(meta.value().rootRegion, "450700");
    EXPECT_EQ(meta.value().extra.at("plan_document"), "钦州市节水行动实施方案");
}

TEST(ProjectMetadataLoader, reportsMissingKeysBadYearsBadCrsAndDuplicates) {
    const std::string text = "key,value\n"
                             "name_zh,甲\n"
                             "base_year,1800\n"       // 3
                             "storage_crs,CGCS2000\n" // 4
                             "name_zh,乙\n";          // 5
    ProjectMetadataLoader loader;
    ASSERT_TRUE(loader.fromText(text, "project.csv").hasError());
    const auto& e = loader.report().errors();
    // year, CRS, duplicate, then the missing name_en, display_crs, root_region
    ASSERT_EQ(e.size(), 6u);
    EXPECT_EQ(e[0].location().line, 3);
    EXPECT_EQ(e[1].location().line, 4);
    EXPECT_EQ(e[1].code(), ErrorCode::UnsupportedFormat);
    EXPECT_EQ(e[2].code(), ErrorCode::DuplicateRow);
    EXPECT_EQ(e[3].location().field, "name_en");
    EXPECT_EQ(e[5].location().field, "root_region");
}
