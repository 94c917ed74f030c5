// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PlanYears.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

Dataset withTargets(const std::vector<std::pair<int, int>>& yearAndBase, int firstStatistic = 0,
                    int lastStatistic = 0) {
    Dataset d;
    EXPECT_TRUE(d.addRegion({.code = "990100", .kind = RegionKind::City, .nameZh = "示例市"}).isOk());
    int n = 0;
    for (const auto& [year, base] : yearAndBase)
        EXPECT_TRUE(d.addTarget({.id = "T" + std::to_string(++n),
                                 .indicator = Indicator::WaterPerGdpReduction,
                                 .regionCode = "990100",
                                 .year = year,
                                 .comparator = Comparator::AtLeast,
                                 .value = 0.16,
                                 .baseYear = base})
                        .isOk());
    // A task milestone's year is not a key year of the plan.
    EXPECT_TRUE(
        d.addTarget({.id = "M1", .indicator = Indicator::TaskMilestone, .regionCode = "990100", .year = 2023})
            .isOk());
    for (int y = firstStatistic; y > 0 && y <= lastStatistic; ++y)
        EXPECT_TRUE(d.addStatistic({.regionCode = "990100",
                                    .year = y,
                                    .variable = "water.total_reported",
                                    .value = 1.0,
                                    .unit = "m³"})
                        .isOk());
    return d;
}

} // namespace

TEST(PlanYears, comeFromThePlanTargets) {
    // Given a 十四五 plan: targets for 2025 against 2020, statistics 2018-2024
    const PlanYears years = PlanYears::of(withTargets({{2025, 2020}, {2025, 2020}}, 2018, 2024));
    // Then the base year is 2020, the key years 2020 and 2025, and the years offered 2018-2025
    EXPECT_EQ(years.baseYear, 2020);
    EXPECT_EQ(years.targetYears, std::vector<int>{2025});
    EXPECT_EQ(years.keyYears(), (std::vector<int>{2020, 2025}));
    EXPECT_EQ(years.firstYear, 2018);
    EXPECT_EQ(years.lastYear, 2025);
    EXPECT_TRUE(years.isKeyYear(2020));
    EXPECT_FALSE(years.isKeyYear(2023));
}

TEST(PlanYears, theProjectsOwnBaseYearWins) {
    // Given Qinzhou's shape: base year 2015 in the project, targets 2020, 2022, 2035
    const PlanYears years =
        PlanYears::of(withTargets({{2020, 2015}, {2022, 2015}, {2035, 0}}, 2015, 2022), 2015);
    EXPECT_EQ(years.keyYears(), (std::vector<int>{2015, 2020, 2022, 2035}));
    EXPECT_EQ(years.firstYear, 2015);
    EXPECT_EQ(years.lastYear, 2035);
}

TEST(PlanYears, withoutTargetsFallBackOnTheStatistics) {
    const PlanYears onlyStatistics = PlanYears::of(withTargets({}, 2016, 2021));
    EXPECT_EQ(onlyStatistics.baseYear, 2016);
    EXPECT_EQ(onlyStatistics.lastYear, 2021);
    const PlanYears nothing = PlanYears::of(Dataset{});
    EXPECT_EQ(nothing.baseYear, 0);
    EXPECT_TRUE(nothing.keyYears().empty());
}
