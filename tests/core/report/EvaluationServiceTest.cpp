// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/EvaluationService.h"

#include "../scenario/ScenarioToyData.h"
#include "engine/Evaluator.h"
#include "scenario/Projector.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

/** A 2025 cap on the toy city (assessment scope: 81.7 + 92 = 173.7 million m³ while nothing changes). */
PlanTarget cap2025() {
    return PlanTarget{.id = "CAP-2025",
                      .indicator = Indicator::TotalWaterUse,
                      .regionCode = "C0",
                      .year = 2025,
                      .comparator = Comparator::AtMost,
                      .value = 180e6,
                      .unit = "亿m³"};
}

Allocation split(const std::string& scenario, double a, double b) {
    Allocation out{
        .id = "SPLIT-" + scenario, .scenario = scenario, .parentRegion = "C0", .year = 2025, .cap = a + b};
    out.shares = {{.regionCode = "A", .volume = a}, {.regionCode = "B", .volume = b}};
    return out;
}

struct Fixture {
    Dataset observed = toy::observed();
    std::vector<Scenario> scenarios{
        {.name = "baseline"},
        {.name = "fast",
         .parent = "baseline",
         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.08}}},
        {.name = "own", .parent = "fast"}};
    std::vector<Allocation> allocations{split("baseline", 85e6, 90e6), split("own", 70e6, 110e6)};
    Fixture() { EXPECT_TRUE(observed.addTarget(cap2025()).isOk()); }
};

} // namespace

TEST(EvaluationService, findsAScenariosAllocationOwnElseInheritedElseProjectWide) {
    // Given allocations for "baseline" and "own" (a grandchild), none for "fast"
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    // Then each scenario finds its own, else its nearest ancestor's
    ASSERT_NE(service.allocationFor("baseline", 2025), nullptr);
    EXPECT_EQ(service.allocationFor("baseline", 2025)->id, "SPLIT-baseline");
    EXPECT_EQ(service.allocationFor("fast", 2025)->id, "SPLIT-baseline");
    EXPECT_EQ(service.allocationFor("own", 2025)->id, "SPLIT-own");
    // And another year has none
    EXPECT_EQ(service.allocationFor("own", 2030), nullptr);
    // And an allocation stored without a scenario serves every scenario that has none of its own
    f.allocations = {split("", 60e6, 60e6)};
    EXPECT_EQ(service.allocationFor("fast", 2025)->id, "SPLIT-");
}

TEST(EvaluationService, judgesEachCountyAgainstTheQuotaOfItsScenario) {
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    // When the baseline is evaluated (one observed year: the trend holds every volume)
    auto baseline = service.evaluate("baseline");
    ASSERT_TRUE(baseline.isOk()) << baseline.error().toString();
    const std::optional<std::size_t> city = baseline.value().cityTargetIndex(Indicator::TotalWaterUse, 2025);
    ASSERT_TRUE(city.has_value());
    const std::vector<Verdict>& counties = baseline.value().countyVerdicts(*city);
    ASSERT_EQ(counties.size(), 2u);
    // Then A (81.7 assessment-scope million m³) meets its 85, and B (92) falls short of its 90 — a projected
    // shortfall of a future target is "at risk" (VerdictJudge), not yet missed
    EXPECT_EQ(counties[0].target.regionCode, "A");
    EXPECT_EQ(counties[0].status, VerdictStatus::Met);
    EXPECT_DOUBLE_EQ(counties[0].target.value, 85e6);
    ASSERT_TRUE(counties[0].value.has_value());
    EXPECT_NEAR(counties[0].value->value, 81.7e6, 1.0);
    EXPECT_EQ(counties[1].status, VerdictStatus::AtRisk);
    EXPECT_DOUBLE_EQ(counties[1].target.value, 90e6);
    // And "own" is judged against its own split: B's 110 holds, A's 70 does not
    auto own = service.evaluate("own");
    ASSERT_TRUE(own.isOk()) << own.error().toString();
    EXPECT_EQ(own.value().regionVerdict(Indicator::TotalWaterUse, "A", 2025)->status, VerdictStatus::AtRisk);
    EXPECT_EQ(own.value().regionVerdict(Indicator::TotalWaterUse, "B", 2025)->status, VerdictStatus::Met);
    EXPECT_EQ(own.value().allocation(2025)->id, "SPLIT-own");
}

TEST(EvaluationService, aCountyWithoutQuotaIsNoQuotaNotNoData) {
    Fixture f;
    f.allocations = {split("baseline", 85e6, 90e6)};
    f.allocations.front().shares.pop_back(); // B gets nothing
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    auto result = service.evaluate("baseline");
    ASSERT_TRUE(result.isOk());
    const auto b = result.value().regionVerdict(Indicator::TotalWaterUse, "B", 2025);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->status, VerdictStatus::NoQuota);
    EXPECT_EQ(verdictStatusId(b->status), std::string("no-quota"));
}

TEST(EvaluationService, valuesAreThoseOfTheProjectedScenario) {
    // Given the "fast" scenario (GDP +8 %/yr in every county)
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    auto fast = service.evaluate("fast");
    ASSERT_TRUE(fast.isOk()) << fast.error().toString();
    EXPECT_EQ(fast.value().lastObservedYear(), 2022);
    // Then A's 2025 GDP is 100 亿元 × 1.08³, computed independently here
    auto gdp = fast.value().value(Indicator::WaterPerGdp, "A", 2025);
    ASSERT_TRUE(gdp.isOk()) << gdp.error().toString();
    EXPECT_EQ(gdp.value().provenance, ProvenanceKind::Projected);
    // A's water: domestic 10 grows with GDP (intensity held), the rest held: 76 + 10·1.08³ million m³
    const double growth = 1.08 * 1.08 * 1.08;
    const double water = 76e6 + 10e6 * growth;
    EXPECT_NEAR(gdp.value().value, water / (100e8 * growth), 1e-12);
}

TEST(EvaluationService, refusesAnUnknownScenarioAndJudgesAProjectWithoutScenariosOnItsObservedYears) {
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    auto unknown = service.evaluate("nonexistent");
    ASSERT_TRUE(unknown.hasError());
    EXPECT_NE(unknown.error().message().find("nonexistent"), std::string::npos);

    const std::vector<Scenario> none;
    const EvaluationService observedOnly(f.observed, none, f.allocations);
    EXPECT_TRUE(observedOnly.scenarioNames().empty());
    auto result = observedOnly.evaluate();
    ASSERT_TRUE(result.isOk());
    EXPECT_TRUE(result.value().isObservedOnly());
    // The 2025 cap cannot be judged without a projection: no data, said, not invented
    ASSERT_EQ(result.value().verdicts().size(), 1u);
    EXPECT_EQ(result.value().verdicts().front().status, VerdictStatus::NoData);
}

TEST(EvaluationService, anInvalidScenarioSetIsALocatedError) {
    Fixture f;
    f.scenarios[1].overrides.push_back({.regionCode = "A", .driver = Driver::LeakageRate, .value = 1.5});
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    auto result = service.evaluate("fast");
    ASSERT_TRUE(result.hasError());
    EXPECT_EQ(result.error().location().region, "A");
}

TEST(ScenarioDisplayName, isTheDescriptionsLeadNeverTheId) {
    Scenario s{.name = "strict-saving",
               .descriptionZh = "严格节水情景：用水强度加快下降",
               .descriptionEn = "Strict saving: faster intensity decline"};
    EXPECT_EQ(scenarioDisplayName(s, true), "严格节水情景");
    EXPECT_EQ(scenarioDisplayName(s, false), "Strict saving");
    s.descriptionEn.clear();
    EXPECT_EQ(scenarioDisplayName(s, false), "严格节水情景");
    s.descriptionZh.clear();
    EXPECT_EQ(scenarioDisplayName(s, true), "strict-saving");
}
