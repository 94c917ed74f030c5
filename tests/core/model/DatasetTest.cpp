// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Dataset.h"
#include "model/Variable.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
Dataset twoRegions() {
    Dataset d;
    EXPECT_TRUE(d.addRegion({.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市"}).isOk());
    EXPECT_TRUE(d.addRegion({.code = "450702", .kind = RegionKind::County, .nameZh = "钦南区", .parentCode = "450700"})
                    .isOk());
    return d;
}
Statistic gdp(const std::string& region, int year, double value) {
    return {.regionCode = region, .year = year, .variable = std::string(var::GdpCurrent), .value = value};
}
} // namespace

TEST(Dataset, rejectsDuplicatesUnknownRegionsAndVariablesWithoutChangingAnything) {
    Dataset d = twoRegions();
    ASSERT_TRUE(d.addStatistic(gdp("450702", 2015, 1e10)).isOk());

    auto dup = d.addStatistic(gdp("450702", 2015, 2e10));
    ASSERT_TRUE(dup.hasError());
    EXPECT_EQ(dup.error().code(), ErrorCode::DuplicateRow);
    EXPECT_EQ(dup.error().location().year, 2015);

    auto unknownRegion = d.addStatistic(gdp("999999", 2015, 1));
    EXPECT_EQ(unknownRegion.error().code(), ErrorCode::UnknownRegion);

    Statistic bad = gdp("450702", 2016, 1);
    bad.variable = "econ.gdp_typo";
    EXPECT_EQ(d.addStatistic(bad).error().code(), ErrorCode::UnknownVariable);

    EXPECT_EQ(d.statisticCount(), 1u);
    EXPECT_DOUBLE_EQ(d.statistic("450702", var::GdpCurrent, 2015)->value, 1e10);
}

TEST(Dataset, setStatisticReplacesAndSeriesIsOrderedByYear) {
    Dataset d = twoRegions();
    ASSERT_TRUE(d.addStatistic(gdp("450702", 2017, 3)).isOk());
    ASSERT_TRUE(d.addStatistic(gdp("450702", 2015, 1)).isOk());
    ASSERT_TRUE(d.setStatistic(gdp("450702", 2015, 2)).isOk());
    auto s = d.series("450702", var::GdpCurrent);
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(s[0]->year, 2015);
    EXPECT_DOUBLE_EQ(s[0]->value, 2);
    EXPECT_EQ(d.yearRange(), (std::pair<int, int>{2015, 2017}));
    EXPECT_EQ(d.root()->code, "450700");
    EXPECT_EQ(d.children("450700").size(), 1u);
}
