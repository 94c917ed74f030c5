// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ScenarioComparison.h"

#include "../scenario/ScenarioToyData.h"
#include "report/EvaluationService.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(ScenarioComparison, putsEachScenariosValueVerdictAndDifferenceSideBySide) {
    // Given the toy city with a 2025 cap of 180 million m³, a baseline and a scenario with GDP +8 %/yr
    Dataset observed = toy::observed();
    ASSERT_TRUE(observed
                    .addTarget({.id = "CAP",
                                .indicator = Indicator::TotalWaterUse,
                                .regionCode = "C0",
                                .year = 2025,
                                .comparator = Comparator::AtMost,
                                .value = 180e6,
                                .unit = "亿m³"})
                    .isOk());
    const std::vector<Scenario> scenarios{
        {.name = "baseline"},
        {.name = "fast",
         .parent = "baseline",
         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.08}}},
        {.name = "same", .parent = "baseline"}};
    const std::vector<Allocation> none;
    const EvaluationService service(observed, scenarios, none);
    auto a = service.evaluate("baseline");
    auto b = service.evaluate("fast");
    auto c = service.evaluate("same");
    ASSERT_TRUE(a.isOk() && b.isOk() && c.isOk());
    // When they are compared for 2025
    const auto rows = ScenarioComparison::compare({&a.value(), &b.value(), &c.value()}, 2025);
    // Then the cap's row has each value as its own verdict states it, and B − A
    ASSERT_EQ(rows.size(), 1u);
    const ComparisonRow& row = rows[0];
    ASSERT_EQ(row.cells.size(), 3u);
    EXPECT_EQ(row.cells[0].status, a.value().verdict("CAP")->status);
    EXPECT_DOUBLE_EQ(*row.cells[1].value, b.value().verdict("CAP")->value->value);
    EXPECT_FALSE(row.cells[0].difference.has_value());
    EXPECT_DOUBLE_EQ(*row.cells[1].difference,
                     b.value().verdict("CAP")->value->value - a.value().verdict("CAP")->value->value);
    // GDP growth raises domestic water (held intensity): B uses more
    EXPECT_GT(*row.cells[1].difference, 0.0);
    EXPECT_TRUE(row.differs);
    // And a scenario identical to the reference shows no difference
    const auto same = ScenarioComparison::compare({&a.value(), &c.value()}, 2025);
    EXPECT_FALSE(same[0].differs);
    EXPECT_DOUBLE_EQ(*same[0].cells[1].difference, 0.0);
    // And a year without targets has no rows
    EXPECT_TRUE(ScenarioComparison::compare({&a.value(), &b.value()}, 2030).empty());
}
