// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PlanTargetLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kHeader = "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_year,"
                      "variable,task_number,source,clause\n";
}

TEST(PlanTargetLoader, readsQinzhouTargetsInBaseUnits) {
    // Given Qinzhou's 2020 GDP-intensity reduction, the 2022 cap and a task milestone
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "QZ-2020-GDP,water-per-gdp-reduction,450700,2020,>=,37,%,2015,2015,,,钦州市节水行动实施方案,"
        "二、主要目标\n"
        "QZ-2022-TOTAL,total-water-use,450700,2022,<=,16.53,亿m³,,,,,钦州市节水行动实施方案,二、主要目标\n"
        "QZ-2022-COEF,irrigation-coefficient,450700,2022,>=,0.522,1,,,,,plan,二\n"
        "QZ-T04-2020,task-milestone,450700,2020,>=,1.6,万亩,,,task.04.efficient_irrigation_area,4,plan,"
        "三、4\n";
    PlanTargetLoader loader(context);
    auto targets = loader.fromText(text, "plan_targets.csv");
    ASSERT_TRUE(targets.isOk()) << targets.error().toString();
    const auto& t = targets.value();
    ASSERT_EQ(t.size(), 4u);
    EXPECT_EQ(t[0].indicator, Indicator::WaterPerGdpReduction);
    EXPECT_EQ(t[0].comparator, Comparator::AtLeast);
    EXPECT_DOUBLE_EQ(t[0].value, 0.37);
    EXPECT_EQ(t[0].unit, "%");
    EXPECT_EQ(t[0].baseYear, 2015);
    EXPECT_EQ(t[0].priceBaseYear, 2015);
    EXPECT_EQ(t[0].clause, "二、主要目标");
    EXPECT_EQ(t[1].comparator, Comparator::AtMost);
    EXPECT_DOUBLE_EQ(t[1].value, 1.653e9);
    EXPECT_EQ(t[1].baseYear, 0);
    EXPECT_DOUBLE_EQ(t[2].value, 0.522);
    EXPECT_EQ(t[3].indicator, Indicator::TaskMilestone);
    EXPECT_EQ(t[3].taskNumber, 4);
    EXPECT_NEAR(t[3].value, 1.6e4 * 10000.0 / 15.0, 1e-6);

    // When added, the task variable is declared with the unit's dimension
    Dataset d = context;
    ASSERT_TRUE(PlanTargetLoader::addTo(d, t).isOk());
    EXPECT_EQ(d.targets().size(), 4u);
    EXPECT_EQ(d.taskVariableDimension("task.04.efficient_irrigation_area"), Dimension::Area);
}

TEST(PlanTargetLoader, locatesEveryBadTarget) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "A,water-per-gdp-reduction,450700,2020,>=,37,%,2015,2015,,,s,c\n" // 2 good
        "A,total-water-use,450700,2022,<=,16.53,亿m³,,,,,s,c\n"           // 3 duplicate id
        "B,water-per-cow,450700,2022,<=,1,1,,,,,s,c\n"                    // 4 unknown indicator
        "C,total-water-use,999999,2022,<=,16.53,亿m³,,,,,s,c\n"           // 5 unknown region
        "D,total-water-use,450700,2022,<,16.53,亿m³,,,,,s,c\n"            // 6 bad comparator
        "E,total-water-use,450700,2022,<=,16.53,%,,,,,s,c\n"              // 7 unit mismatch
        "F,water-per-iva-reduction,450700,2020,>=,28,%,,,,,s,c\n"         // 8 no base year
        "G,task-milestone,450700,2020,>=,2,个,,,task.04.demo,6,s,c\n"     // 9 task number differs
        "H,task-milestone,450700,2020,>=,2,个,,,water.industry,4,s,c\n"   // 10 not a task variable
        "I,industrial-reuse-rate,450700,2020,>=,190,%,,,,,s,c\n"          // 11 rate > 100 %
        "J,total-water-use,450700,1800,<=,16.53,亿m³,,,,,s,c\n";          // 12 year 1800
    PlanTargetLoader loader(context);
    ASSERT_TRUE(loader.fromText(text, "plan_targets.csv").hasError());
    const auto& errors = loader.report().errors();
    ASSERT_EQ(errors.size(), 10u);
    const char* fields[] = {"id",        "indicator",   "region_code", "comparator", "unit",
                            "base_year", "task_number", "variable",    "value",      "year"};
    const int lines[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    // Every bad line has exactly one error, in line order
    std::size_t k = 0;
    for (int i = 0; i < 10; ++i) {
        while (k < errors.size() && errors[k].location().line != lines[i])
            ++k;
        ASSERT_LT(k, errors.size()) << "no error on line " << lines[i];
        EXPECT_EQ(errors[k].location().field, fields[i]) << errors[k].toString();
        EXPECT_EQ(errors[k].location().file, "plan_targets.csv");
    }
    EXPECT_EQ(errors[1].code(), ErrorCode::UnknownIndicator);
}

// Issue 13: a target of 1e308 亿m³ became infinity ("target <= inf").
TEST(PlanTargetLoader, refusesValuesThatOverflowAfterConversion) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_year,variable,task_number,"
        "source,clause\n"
        "QZ-INF,total-water-use,450700,2025,<=,1e308,亿m³,,,,,plan,一\n";
    PlanTargetLoader loader(context);
    auto targets = loader.fromText(text, "plan_targets.csv");
    ASSERT_TRUE(targets.hasError());
    ASSERT_FALSE(loader.report().errors().empty());
    EXPECT_EQ(loader.report().errors().front().location().line, 2);
    EXPECT_EQ(loader.report().errors().front().location().field, "value");
}
