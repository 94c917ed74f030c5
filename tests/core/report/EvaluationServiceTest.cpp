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

TEST(EvaluationService, splitsACapWithTheScenariosDataAndChecksEveryCountyAgainstItsQuota) {
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    // When 178 million m³ of 2025 are split by the 2022 shares of use (bulletin scope: A 86, B 92)
    Allocation request{
        .id = "T", .year = 2025, .cap = 178e6, .method = AllocationMethod::BaseYearShare, .baseYear = 2022};
    auto split = service.allocate("baseline", request);
    ASSERT_TRUE(split.isOk()) << split.error().toString();
    // Then A gets 86 and B 92 million m³, the split belongs to the scenario and to the city
    ASSERT_EQ(split.value().shares.size(), 2u);
    EXPECT_DOUBLE_EQ(split.value().shares[0].volume, 86e6);
    EXPECT_DOUBLE_EQ(split.value().shares[1].volume, 92e6);
    EXPECT_EQ(split.value().scenario, "baseline");
    EXPECT_EQ(split.value().parentRegion, "C0");
    // And a GDP share of 2025 reads the projected GDP of "fast" (+8 %/yr in both: still 2 : 1)
    request.method = AllocationMethod::GdpShare;
    request.cap = 150e6;
    auto byGdp = service.allocate("fast", request);
    ASSERT_TRUE(byGdp.isOk()) << byGdp.error().toString();
    EXPECT_NEAR(byGdp.value().shares[0].volume, 100e6, 1e4);
    EXPECT_DOUBLE_EQ(byGdp.value().shares[0].volume + byGdp.value().shares[1].volume, 150e6);
    // And a pinned share is kept as typed, the rest split by the method
    request.method = AllocationMethod::BaseYearShare;
    request.cap = 178e6;
    request.shares = {{.regionCode = "B", .volume = 100e6, .manual = true}};
    auto pinned = service.allocate("baseline", request);
    ASSERT_TRUE(pinned.isOk());
    EXPECT_DOUBLE_EQ(pinned.value().shares[1].volume, 100e6);
    EXPECT_TRUE(pinned.value().shares[1].manual);
    EXPECT_DOUBLE_EQ(pinned.value().shares[0].volume, 78e6);

    // When the baseline's stored split (85, 90) is checked: the trend holds A at 81.7, B at 92 (assessment)
    auto baseline = service.evaluate("baseline");
    ASSERT_TRUE(baseline.isOk());
    const QuotaCheck check = service.checkQuotas(baseline.value(), f.allocations[0]);
    // Then every county is beside its quota, with the map's verdict and the gap use − quota
    EXPECT_TRUE(check.planCap);
    ASSERT_EQ(check.rows.size(), 2u);
    EXPECT_DOUBLE_EQ(*check.rows[0].quota, 85e6);
    EXPECT_NEAR(check.rows[0].share, 85.0 / 175.0, 1e-12);
    EXPECT_EQ(check.rows[0].verdict.status, VerdictStatus::Met);
    EXPECT_NEAR(*check.rows[0].verdict.gap, 81.7e6 - 85e6, 1.0);
    EXPECT_EQ(check.rows[1].verdict.status,
              baseline.value().regionVerdict(Indicator::TotalWaterUse, "B", 2025)->status);
    EXPECT_DOUBLE_EQ(check.remainder, 0.0);
    // And a hand-typed split of a year the plan has no cap for shows its remainder, judged on its quotas
    Allocation typed{.id = "T2",
                     .scenario = "baseline",
                     .parentRegion = "C0",
                     .year = 2024, // projected (the horizon is the plan's last year, 2025), no cap in the plan
                     .cap = 200e6,
                     .method = AllocationMethod::Manual};
    typed.shares = {{.regionCode = "A", .volume = 80e6, .manual = true},
                    {.regionCode = "B", .volume = 100e6, .manual = true}};
    const QuotaCheck manual = service.checkQuotas(baseline.value(), typed);
    EXPECT_FALSE(manual.planCap);
    EXPECT_DOUBLE_EQ(manual.remainder, 20e6);
    EXPECT_DOUBLE_EQ(manual.sum, 180e6);
    EXPECT_NE(manual.rows[0].verdict.status, VerdictStatus::Met); // 81.7 > 80
    EXPECT_EQ(manual.rows[1].verdict.status, VerdictStatus::Met); // 92 ≤ 100 − 2 %
}

TEST(EvaluationService, saysWhereEachDriverValueComesFrom) {
    Fixture f;
    f.scenarios[1].overrides.push_back({.regionCode = "B", .driver = Driver::LeakageRate, .value = 0.07});
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    // "own" inherits fast's city-wide GDP growth
    auto gdp = service.driverOrigin("own", "A", Driver::GdpRealGrowth, 2025);
    ASSERT_TRUE(gdp.isOk()) << gdp.error().toString();
    EXPECT_DOUBLE_EQ(gdp.value().value, 0.08);
    EXPECT_EQ(gdp.value().scenario, "fast");
    EXPECT_EQ(gdp.value().regionCode, "C0");
    // B's own leakage beats nothing else; A's leakage is the baseline trend's
    EXPECT_EQ(service.driverOrigin("own", "B", Driver::LeakageRate, 2025).value().regionCode, "B");
    auto trend = service.driverOrigin("own", "A", Driver::LeakageRate, 2025);
    ASSERT_TRUE(trend.isOk());
    EXPECT_TRUE(trend.value().scenario.empty());
    // The city's value is its city-wide override, or none
    EXPECT_DOUBLE_EQ(service.driverOrigin("fast", "C0", Driver::GdpRealGrowth, 2025).value().value, 0.08);
    EXPECT_EQ(service.driverOrigin("baseline", "C0", Driver::GdpRealGrowth, 2025).error().code(),
              ErrorCode::MissingData);
}

TEST(EvaluationService, evaluatesAVariantOfTheScenariosWithoutEditingTheProject) {
    Fixture f;
    const EvaluationService service(f.observed, f.scenarios, f.allocations);
    std::vector<Scenario> variant = f.scenarios;
    variant.push_back({.name = "trial",
                       .parent = "baseline",
                       .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.08}}});
    auto trial = service.evaluateVariant(variant, "trial");
    auto fast = service.evaluate("fast");
    ASSERT_TRUE(trial.isOk()) << trial.error().toString();
    ASSERT_TRUE(fast.isOk());
    // The same overrides give the same numbers; the project's scenarios are untouched
    EXPECT_DOUBLE_EQ(trial.value().value(Indicator::WaterPerGdp, "A", 2025).value().value,
                     fast.value().value(Indicator::WaterPerGdp, "A", 2025).value().value);
    EXPECT_EQ(service.scenarioNames().size(), 3u);
    EXPECT_TRUE(service.evaluate("trial").hasError());
}
