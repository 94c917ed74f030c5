// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/StatisticsImportPlan.h"

#include "IoFixtures.h"
#include "io/StatisticsLoader.h"

#include <gtest/gtest.h>

using namespace jieshui::core;
using jieshui::core::testing::miniDataset;

namespace {

Dataset datasetWithTwoValues() {
    Dataset d = miniDataset();
    EXPECT_TRUE(d.addStatistic({.regionCode = "450702",
                                .year = 2015,
                                .variable = "water.industry",
                                .value = 1.2e8,
                                .unit = "亿m³",
                                .provenance = {ProvenanceKind::Sourced, "公报"}})
                    .isOk());
    EXPECT_TRUE(d.addStatistic({.regionCode = "450702",
                                .year = 2016,
                                .variable = "water.industry",
                                .value = 1.3e8,
                                .unit = "亿m³",
                                .provenance = {ProvenanceKind::Estimate, "估算"}})
                    .isOk());
    return d;
}

} // namespace

TEST(StatisticsImportPlan, sortsRowsIntoAddReplaceUnchangedAndRejected) {
    // Given a dataset with 2015 and 2016 industrial water, and a file that repeats 2015 unchanged,
    // replaces the 2016 estimate with a sourced value, adds 2017 and has one bad row
    Dataset d = datasetWithTwoValues();
    const std::string text = "region_code,year,variable,value,unit,source,estimate\n"
                             "450702,2015,water.industry,1.2,亿m³,公报,0\n"
                             "450702,2016,water.industry,13000,万m³,公报,0\n"
                             "450702,2017,water.industry,1.4,亿m³,公报,0\n"
                             "450702,2018,water.industry,-1,亿m³,公报,0\n";
    StatisticsLoader loader(d);
    // When the import is planned
    auto plan = loader.planFromText(text, "import.csv");
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    // Then each row lands in its bin
    ASSERT_EQ(plan.value().unchanged.size(), 1u);
    EXPECT_EQ(plan.value().unchanged[0].year, 2015);
    ASSERT_EQ(plan.value().replacements.size(), 1u);
    EXPECT_DOUBLE_EQ(plan.value().replacements[0].before.value, 1.3e8);
    EXPECT_DOUBLE_EQ(plan.value().replacements[0].after.value, 1.3e8); // same value, 万m³, now sourced
    EXPECT_FALSE(plan.value().replacements[0].after.provenance.isEstimate());
    ASSERT_EQ(plan.value().additions.size(), 1u);
    EXPECT_EQ(plan.value().additions[0].year, 2017);
    ASSERT_EQ(plan.value().rejected.size(), 1u);
    EXPECT_EQ(plan.value().rejected[0].line, 5);
    EXPECT_EQ(plan.value().rejected[0].year, 2018);
    ASSERT_EQ(plan.value().rejected[0].reasons.size(), 1u);
    EXPECT_EQ(plan.value().rejected[0].reasons[0].code(), ErrorCode::InvalidValue);

    // When it is applied
    ASSERT_TRUE(plan.value().apply(d).isOk());
    // Then the dataset holds 3 values, 2016 replaced and no longer an estimate
    EXPECT_EQ(d.statisticCount(), 3u);
    EXPECT_EQ(d.statistic("450702", "water.industry", 2016)->unit, "万m³");
    EXPECT_FALSE(d.statistic("450702", "water.industry", 2016)->provenance.isEstimate());
    EXPECT_DOUBLE_EQ(d.statistic("450702", "water.industry", 2017)->value, 1.4e8);
    EXPECT_EQ(d.statistic("450702", "water.industry", 2018), nullptr);
}

TEST(StatisticsImportPlan, failsAsAWholeOnAnUnreadableFile) {
    Dataset d = datasetWithTwoValues();
    StatisticsLoader loader(d);
    auto plan = loader.planFromText("region_code,year,variable,value,unit,source\n", "import.csv");
    ASSERT_TRUE(plan.hasError());
    EXPECT_NE(plan.error().message().find("estimate"), std::string::npos);
}

TEST(StatisticsImportPlan, applyLeavesTheDatasetUntouchedWhenARowIsRefused) {
    // Given a plan whose second addition names a region the dataset does not have
    Dataset d = datasetWithTwoValues();
    StatisticsImportPlan plan;
    plan.additions.push_back(
        {.regionCode = "450702", .year = 2019, .variable = "water.industry", .value = 1});
    plan.additions.push_back(
        {.regionCode = "999999", .year = 2019, .variable = "water.industry", .value = 1});
    // When it is applied, then it fails and nothing was added
    EXPECT_TRUE(plan.apply(d).hasError());
    EXPECT_EQ(d.statisticCount(), 2u);
    EXPECT_EQ(d.statistic("450702", "water.industry", 2019), nullptr);
}

TEST(StatisticsImportPlan, comesAlsoFromATableReadElsewhereWithItsRowNumbers) {
    // Given a sheet read by another reader: header plus rows 7 and 9 of a spreadsheet, row 9 short
    Dataset d = datasetWithTwoValues();
    const CsvTable sheet("stats.xlsx",
                         {"region_code", "year", "variable", "value", "unit", "source", "estimate"},
                         {{7, {"450702", "2017", "water.industry", "1.4", "亿m³", "公报", "0"}},
                          {9, {"450702", "2018", "water.industry"}}});
    StatisticsLoader loader(d);
    // When it is planned
    auto plan = loader.planFromTable(sheet);
    // Then row 7 is an addition and row 9 is rejected at its row number
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    ASSERT_EQ(plan.value().additions.size(), 1u);
    ASSERT_EQ(plan.value().rejected.size(), 1u);
    EXPECT_EQ(plan.value().rejected[0].line, 9);
    EXPECT_EQ(plan.value().rejected[0].reasons[0].location().file, "stats.xlsx");
    // And fromTable fails as a whole on the same sheet
    EXPECT_TRUE(loader.fromTable(sheet).hasError());
    EXPECT_EQ(loader.report().errors().front().location().line, 9);
}
