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

TEST(Dataset, removesARegionWithItsStatisticsOnlyWhenNothingNamesIt) {
    using namespace jieshui::core;
    // Given a city, a county with a statistic, and a basin covering the county
    Dataset d;
    ASSERT_TRUE(d.addRegion({.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市"}).isOk());
    ASSERT_TRUE(
        d.addRegion(
             {.code = "450702", .kind = RegionKind::County, .nameZh = "钦南区", .parentCode = "450700"})
            .isOk());
    ASSERT_TRUE(
        d.addRegion(
             {.code = "450703", .kind = RegionKind::County, .nameZh = "钦北区", .parentCode = "450700"})
            .isOk());
    ASSERT_TRUE(d.addRegion({.code = "B",
                             .kind = RegionKind::Basin,
                             .nameZh = "流域",
                             .parentCode = "450700",
                             .countyCodes = {"450702"}})
                    .isOk());
    ASSERT_TRUE(d.addStatistic({.regionCode = "450702",
                                .year = 2020,
                                .variable = "water.total_reported",
                                .value = 1.0,
                                .unit = "m³"})
                    .isOk());
    // When the county is removed while the basin lists it, it is refused and nothing changes
    EXPECT_TRUE(d.removeRegion("450702").hasError());
    EXPECT_EQ(d.statisticCount(), 1u);
    // When the basin no longer lists it, the county goes with its statistic, and the others stay findable
    Region basin = *d.region("B");
    basin.countyCodes.clear();
    ASSERT_TRUE(d.updateRegion(basin).isOk());
    ASSERT_TRUE(d.removeRegion("450702").isOk());
    EXPECT_EQ(d.region("450702"), nullptr);
    EXPECT_EQ(d.statisticCount(), 0u);
    EXPECT_EQ(d.statistic("450702", "water.total", 2020), nullptr);
    ASSERT_NE(d.region("450703"), nullptr);
    EXPECT_EQ(d.region("450703")->nameZh, "钦北区");
    ASSERT_NE(d.region("B"), nullptr);
    // And a statistic for the removed county is refused
    EXPECT_TRUE(d.addStatistic({.regionCode = "450702",
                                .year = 2020,
                                .variable = "water.total_reported",
                                .value = 1.0,
                                .unit = "m³"})
                    .hasError());
}

TEST(Dataset, updatesARegionInPlace) {
    using namespace jieshui::core;
    Dataset d;
    ASSERT_TRUE(d.addRegion({.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市"}).isOk());
    ASSERT_TRUE(
        d.addRegion(
             {.code = "450702", .kind = RegionKind::County, .nameZh = "钦南区", .parentCode = "450700"})
            .isOk());
    Region renamed = *d.region("450702");
    renamed.nameZh = "钦南新区";
    ASSERT_TRUE(d.updateRegion(renamed).isOk());
    EXPECT_EQ(d.region("450702")->nameZh, "钦南新区");
    // An unknown code or a parent that is no region is refused
    EXPECT_TRUE(d.updateRegion({.code = "999999", .nameZh = "x"}).hasError());
    renamed.parentCode = "nowhere";
    EXPECT_TRUE(d.updateRegion(renamed).hasError());
    EXPECT_EQ(d.region("450702")->parentCode, "450700");
}
