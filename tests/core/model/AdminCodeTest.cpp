// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/AdminCode.h"

#include <gtest/gtest.h>

using jieshui::core::AdminCode;
using jieshui::core::AdminLevel;

TEST(AdminCode, readsTheLevelsOfGbt2260Codes) {
    // Given a county, a city, a province and the country
    EXPECT_EQ(AdminCode::parse("450702")->level(), AdminLevel::County);
    EXPECT_EQ(AdminCode::parse("450700")->level(), AdminLevel::City);
    EXPECT_EQ(AdminCode::parse("450000")->level(), AdminLevel::Province);
    EXPECT_EQ(AdminCode::parse("100000")->level(), AdminLevel::Country);
    // Then a county knows its city and province
    const auto qinnan = AdminCode::parse("450702");
    EXPECT_EQ(qinnan->cityCode(), "450700");
    EXPECT_EQ(qinnan->provinceCode(), "450000");
    EXPECT_TRUE(qinnan->isWithin(*AdminCode::parse("450700")));
    EXPECT_TRUE(qinnan->isWithin(*AdminCode::parse("450000")));
    EXPECT_FALSE(qinnan->isWithin(*AdminCode::parse("450200")));
    // And a county-level city under the province directly belongs to the province's 90 group
    EXPECT_EQ(AdminCode::parse("429004")->cityCode(), "429000");
}

TEST(AdminCode, acceptsCodesAsGisFilesStoreThemAndNothingElse) {
    EXPECT_EQ(AdminCode::parse("450702.0")->text(), "450702");
    EXPECT_EQ(AdminCode::parse(" 450702 ")->text(), "450702");
    for (const char* bad : {"", "45070", "4507021", "450702.5", "45070x", "000000", "001100", "钦南区"})
        EXPECT_FALSE(AdminCode::parse(bad).has_value()) << bad;
}

TEST(AdminCode, namesTheProvinces) {
    EXPECT_EQ(AdminCode::provinceName("450000", true), "广西壮族自治区");
    EXPECT_EQ(AdminCode::provinceName("450000", false), "Guangxi Zhuang Autonomous Region");
    EXPECT_EQ(AdminCode::provinceName("110000", true), "北京市");
    EXPECT_TRUE(AdminCode::provinceName("990000", true).empty());
}
