// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/GoalSeekPlanner.h"

#include "../scenario/ScenarioToyData.h"
#include "report/EvaluationService.h"
#include "scenario/GoalSeeker.h"
#include "scenario/TrendEstimator.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

/**
 * Two counties whose only water is industry (A 100, B 50 million m³ in 2022; every other sector 0, so the
 * engine sums all six), no growth indices (the trend holds output flat), and a 2025 cap of 120 million m³
 * split 80 / 45. In 2025 a county's use is W₀·(1 − d)³ under a uniform intensity decline d, and
 * W₀·(1 + g)³ under an industrial growth g. Met means at least 2 % (the at-risk margin) under the cap.
 */
struct Closed {
    Dataset observed = toy::regionsOnly();
    std::vector<Scenario> scenarios{{.name = "baseline"}};
    std::vector<Allocation> allocations;
    Closed() {
        for (const char* c : {"A", "B"}) {
            toy::put(observed, c, 2022, var::GdpCurrent, 1e9);
            toy::put(observed, c, 2022, var::IvaCurrent, 5e8);
            for (std::string_view v :
                 {var::WaterFarmlandIrrigation, var::WaterForestryLivestockFishery, var::WaterUrbanPublic,
                  var::WaterResidential, var::WaterEcological, var::WaterNonconventional})
                toy::put(observed, c, 2022, v, 0.0);
        }
        toy::put(observed, "A", 2022, var::WaterIndustry, 100e6);
        toy::put(observed, "B", 2022, var::WaterIndustry, 50e6);
        EXPECT_TRUE(observed
                        .addTarget({.id = "CAP",
                                    .indicator = Indicator::TotalWaterUse,
                                    .regionCode = "C0",
                                    .year = 2025,
                                    .comparator = Comparator::AtMost,
                                    .value = 120e6,
                                    .unit = "亿m³"})
                        .isOk());
        Allocation a{.id = "S", .scenario = "baseline", .parentRegion = "C0", .year = 2025, .cap = 120e6};
        a.shares = {{.regionCode = "A", .volume = 80e6}, {.regionCode = "B", .volume = 45e6}};
        allocations.push_back(a);
    }
};

/** The smallest d with W₀(1 − d)³ ≤ 0.98·quota, worked out by hand. */
double exactDecline(double w0, double quota) {
    return 1.0 - std::cbrt(0.98 * quota / w0);
}

} // namespace

TEST(GoalSeekPlanner, findsTheClosedFormDeclineAndGrowthCeilingForTheCityAndEachCounty) {
    Closed c;
    const EvaluationService service(c.observed, c.scenarios, c.allocations);
    // Given a city at 150 against a cap of 120, A at 100 against 80, B at 50 against 45
    auto outcome = service.goalSeek("baseline", "CAP");
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    const GoalSeekOutcome& o = outcome.value();
    EXPECT_EQ(o.firstProjectedYear, 2023);
    // Then the city needs 1 − (0.98·120/150)^(1/3) a year, within the tolerance above it
    ASSERT_EQ(o.city.decline.outcome, GoalSeekFinding::Outcome::Found);
    const double city = exactDecline(150e6, 120e6);
    EXPECT_GE(o.city.decline.value, city);
    EXPECT_LE(o.city.decline.value, city + GoalSeekPlanner::tolerance);
    // And the growth ceiling: (1 + g)³ ≤ 0.98·120/150
    ASSERT_EQ(o.city.growthCeiling.outcome, GoalSeekFinding::Outcome::Found);
    const double ceiling = std::cbrt(0.98 * 120.0 / 150.0) - 1.0;
    EXPECT_LE(o.city.growthCeiling.value, ceiling);
    EXPECT_GE(o.city.growthCeiling.value, ceiling - GoalSeekPlanner::tolerance);
    // And each county is judged against its own quota
    ASSERT_EQ(o.counties.size(), 2u);
    EXPECT_EQ(o.counties[0].regionCode, "A");
    EXPECT_NEAR(o.counties[0].decline.value, exactDecline(100e6, 80e6), GoalSeekPlanner::tolerance);
    EXPECT_NEAR(o.counties[1].decline.value, exactDecline(50e6, 45e6), GoalSeekPlanner::tolerance);
    EXPECT_NE(o.counties[1].statusNow, VerdictStatus::Met);
}

TEST(GoalSeekPlanner, theAnswerAsAScenarioMeetsTheTargetThroughTheSamePipeline) {
    Closed c;
    const EvaluationService service(c.observed, c.scenarios, c.allocations);
    auto outcome = service.goalSeek("baseline", "CAP");
    ASSERT_TRUE(outcome.isOk());
    // When the city answer and the county answers become scenarios
    std::vector<Scenario> variant = c.scenarios;
    variant.push_back(outcome.value().toScenario("city-answer", false, "C0", "用水总量", "Total water use"));
    variant.push_back(outcome.value().toScenario("county-answer", true, "C0", "用水总量", "Total water use"));
    EXPECT_EQ(variant[1].parent, "baseline");
    EXPECT_EQ(variant[1].overrides.size(), 3u);
    EXPECT_EQ(variant[2].overrides.size(), 6u);
    EXPECT_NE(variant[1].nameZh.find("目标反推"), std::string::npos);
    // Then the city meets the cap in the first, and every county its quota in the second
    auto city = service.evaluateVariant(variant, "city-answer");
    ASSERT_TRUE(city.isOk()) << city.error().toString();
    EXPECT_EQ(city.value().verdict("CAP")->status, VerdictStatus::Met);
    auto counties = service.evaluateVariant(variant, "county-answer");
    ASSERT_TRUE(counties.isOk());
    for (const Verdict& v : counties.value().countyVerdicts(0))
        EXPECT_EQ(v.status, VerdictStatus::Met) << v.target.regionCode;
    // And the engine's own seek on the projector (at the Met threshold, 98 % of the cap) agrees
    ScenarioSet set(ScenarioRegions::fromDataset(c.observed));
    set.setScenarios(c.scenarios);
    auto trend = TrendEstimator(c.observed).estimate();
    ASSERT_TRUE(trend.isOk());
    set.setBaseline(trend.value().drivers);
    PlanTarget atMet = c.observed.targets().front();
    atMet.value *= 0.98;
    auto engine = GoalSeeker::seekTarget(c.observed, set, "baseline", atMet);
    ASSERT_TRUE(engine.isOk()) << engine.error().toString();
    EXPECT_NEAR(engine.value().annualDecline.value(), outcome.value().city.decline.value,
                2 * GoalSeekPlanner::tolerance);
}

TEST(GoalSeekPlanner, refusesObservedYearsMilestonesAndUnknownTargets) {
    Closed c;
    ASSERT_TRUE(c.observed
                    .addTarget({.id = "OLD",
                                .indicator = Indicator::TotalWaterUse,
                                .regionCode = "C0",
                                .year = 2022,
                                .comparator = Comparator::AtMost,
                                .value = 1e6})
                    .isOk());
    const EvaluationService service(c.observed, c.scenarios, c.allocations);
    auto observed = service.goalSeek("baseline", "OLD");
    ASSERT_TRUE(observed.hasError());
    EXPECT_NE(observed.error().message().find("observed"), std::string::npos);
    EXPECT_TRUE(service.goalSeek("baseline", "NOPE").hasError());
    EXPECT_TRUE(service.goalSeek("nope", "CAP").hasError());
    // A county without a quota has no answer of its own
    c.allocations.front().shares.pop_back();
    auto noQuota = service.goalSeek("baseline", "CAP");
    ASSERT_TRUE(noQuota.isOk());
    EXPECT_EQ(noQuota.value().counties[1].statusNow, VerdictStatus::NoQuota);
    EXPECT_EQ(noQuota.value().counties[1].decline.outcome, GoalSeekFinding::Outcome::NotApplicable);
}
