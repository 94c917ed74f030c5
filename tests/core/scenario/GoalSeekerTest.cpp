// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/GoalSeeker.h"

#include "ScenarioToyData.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(GoalSeeker, findsTheSmallestDeclineOfAHandSolvableToy) {
    // Given W_n = W_0 · (1 − d)^n · growth with W_0 = 100, n = 10, growth 1.5 and a cap of 75:
    // (1 − d)^10 ≤ 0.5 ⇔ d ≥ 1 − 0.5^0.1 = 0.066967…
    const auto meets = [](double d) { return 100.0 * std::pow(1.0 - d, 10) * 1.5 <= 75.0; };
    auto r = GoalSeeker::seek(meets);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const double exact = 1.0 - std::pow(0.5, 0.1);
    // Then the answer meets the cap and lies within the tolerance above the exact threshold
    const double d = r.value().annualDecline.value();
    EXPECT_TRUE(meets(d));
    EXPECT_GE(d, exact);
    EXPECT_LE(d, exact + 1e-4);
    EXPECT_LE(r.value().evaluations, 2 + 12); // two bounds, then log2(0.3 / 1e-4) < 12 halvings
}

TEST(GoalSeeker, returnsZeroWhenAlreadyMetAndAnErrorWhenUnreachable) {
    auto zero = GoalSeeker::seek([](double) { return true; });
    ASSERT_TRUE(zero.isOk());
    EXPECT_EQ(zero.value().annualDecline.value(), 0.0);
    // (1 − 0.3)^10 ≈ 0.028 > 0.01: unreachable within [0, 30 %/yr]
    auto never = GoalSeeker::seek([](double d) { return std::pow(1.0 - d, 10) <= 0.01; });
    ASSERT_TRUE(never.hasError());
    EXPECT_NE(never.error().message().find("unreachable within [0, 30 %/yr]"), std::string::npos);
    // A failing predicate stops the search with its error
    auto failing = GoalSeeker::seekFallible(
        [](double) -> Result<bool> { return Error(ErrorCode::MissingData, "no data"); });
    ASSERT_TRUE(failing.hasError());
    EXPECT_EQ(failing.error().code(), ErrorCode::MissingData);
}

TEST(GoalSeeker, totalUseCapThroughTheProjectorMatchesTheClosedForm) {
    // Given one county whose only water is industry, 100e6 m³ in 2022 (every other sector 0), with IVA held
    // flat: in 2025 its use is 100e6 · (1 − d)^3, so a cap of 72.9e6 m³ needs d = 1 − 0.729^(1/3) = 10 %
    Dataset d = toy::regionsOnly();
    for (const char* c : {"A", "B"}) {
        toy::put(d, c, 2022, var::GdpCurrent, 1e9);
        toy::put(d, c, 2022, var::IvaCurrent, 5e8);
        // The total is the engine's: all six sectors or nothing (a sector is summed for the city only when
        // every county has it)
        for (auto sector : {var::WaterFarmlandIrrigation, var::WaterForestryLivestockFishery, var::WaterUrbanPublic,
                            var::WaterResidential, var::WaterEcological})
            toy::put(d, c, 2022, sector, 0.0);
    }
    toy::put(d, "A", 2022, var::WaterIndustry, 100e6);
    toy::put(d, "B", 2022, var::WaterIndustry, 0.0);
    ScenarioSet set(ScenarioRegions::fromDataset(d));
    BaselineDrivers b;
    for (const char* c : {"A", "B"})
        for (Driver driver : DriverTraits::all)
            if (!DriverTraits::isLevel(driver))
                b.set(c, driver, 0.0);
    set.setBaseline(b);
    ASSERT_TRUE(set.addScenario({.name = "baseline"}).isOk());
    // When seeking against the bulletin scope
    auto r = GoalSeeker::seekTotalUseCap(d, set, "baseline", 2025, cubicMetres(72.9e6), false);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then d ∈ [0.10, 0.10 + 1e-4]
    EXPECT_GE(r.value().annualDecline.value(), 0.10 - 1e-12);
    EXPECT_LE(r.value().annualDecline.value(), 0.10 + 1e-4);
    // And the set passed in is unchanged (the search works on a copy)
    EXPECT_EQ(set.scenarios().size(), 1u);

    // Given the same county without its forestry figure: no total, never a partial sum of the sectors present
    Dataset partial = d;
    partial.removeStatistic("A", var::WaterForestryLivestockFishery, 2022);
    auto refused = GoalSeeker::seekTotalUseCap(partial, set, "baseline", 2025, cubicMetres(72.9e6), false);
    ASSERT_TRUE(refused.hasError());
    EXPECT_EQ(refused.error().code(), ErrorCode::MissingData);
}

TEST(GoalSeeker, declineScenarioOverridesEveryIntensityDriverCityWide) {
    const Scenario s = GoalSeeker::declineScenario("g", "baseline", "C0", 0.05);
    ASSERT_EQ(s.overrides.size(), 3u);
    for (const auto& o : s.overrides) {
        EXPECT_EQ(o.regionCode, "C0");
        EXPECT_DOUBLE_EQ(o.value, -0.05);
    }
    EXPECT_EQ(s.parent, "baseline");
}

TEST(GoalSeeker, seekTargetThroughTheEngineAgreesWithTheProjectorShortcut) {
    // Given the toy city and a 2025 cap of 170e6 m³ (assessment scope) for C0, below its baseline
    // projection of ~190e6 m³
    const Dataset observed = toy::observed();
    const ScenarioSet set = toy::scenarios();
    const PlanTarget cap{.id = "CAP-2025",
                         .indicator = Indicator::TotalWaterUse,
                         .regionCode = "C0",
                         .year = 2025,
                         .comparator = Comparator::AtMost,
                         .value = 170e6};
    // When seeking through the engine's judgement and through the projection alone
    auto viaEngine = GoalSeeker::seekTarget(observed, set, "baseline", cap, {.assessmentScopeForCaps = true});
    auto viaProjection =
        GoalSeeker::seekTotalUseCap(observed, set, "baseline", 2025, cubicMetres(170e6), true);
    ASSERT_TRUE(viaEngine.isOk()) << viaEngine.error().toString();
    ASSERT_TRUE(viaProjection.isOk()) << viaProjection.error().toString();
    // Then both bisections land on the same answer, and it is a real decline
    EXPECT_NEAR(viaEngine.value().annualDecline.value(), viaProjection.value().annualDecline.value(), 1e-4);
    EXPECT_GT(viaEngine.value().annualDecline.value(), 0.0);
    // And a task milestone is refused
    PlanTarget task = cap;
    task.indicator = Indicator::TaskMilestone;
    EXPECT_TRUE(GoalSeeker::seekTarget(observed, set, "baseline", task).hasError());
}
