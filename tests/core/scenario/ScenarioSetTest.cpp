// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioSet.h"

#include "ScenarioToyData.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
double effective(const ScenarioSet& set, std::string_view scenario, std::string_view county, Driver d,
                 int year) {
    auto v = set.effectiveValue(scenario, county, d, year);
    EXPECT_TRUE(v.isOk()) << v.error().toString();
    return v.isOk() ? v.value() : -999.0;
}

bool hasError(const std::vector<Error>& errors, ErrorCode code, std::string_view fragment) {
    return std::any_of(errors.begin(), errors.end(), [&](const Error& e) {
        return e.code() == code && e.message().find(fragment) != std::string::npos;
    });
}
} // namespace

TEST(ScenarioSet, childOverridesOneCountyAndInheritsTheRest) {
    // Given the toy baseline (A grows 10 %, B 5 %) and a child that sets only B's growth to 7 %
    ScenarioSet set = toy::scenarios();
    ASSERT_TRUE(
        set.addScenario({.name = "b-grows",
                         .parent = "baseline",
                         .overrides = {{.regionCode = "B", .driver = Driver::GdpRealGrowth, .value = 0.07}}})
            .isOk());
    // When resolving both counties
    // Then B takes the override and A keeps the baseline trend; other drivers are inherited untouched
    EXPECT_DOUBLE_EQ(effective(set, "b-grows", "B", Driver::GdpRealGrowth, 2030), 0.07);
    EXPECT_DOUBLE_EQ(effective(set, "b-grows", "A", Driver::GdpRealGrowth, 2030), 0.10);
    EXPECT_DOUBLE_EQ(effective(set, "b-grows", "B", Driver::IrrigatedAreaChange, 2030), 0.10);
}

TEST(ScenarioSet, cityOverrideAppliesToEveryCountyUnlessTheCountyHasItsOwn) {
    // Given a scenario with a city-wide GDP growth of 6 % and A's own 9 %, both at the same level
    ScenarioSet set = toy::scenarios();
    ASSERT_TRUE(
        set.addScenario({.name = "mixed",
                         .parent = "baseline",
                         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.06},
                                       {.regionCode = "A", .driver = Driver::GdpRealGrowth, .value = 0.09}}})
            .isOk());
    // Then A keeps its own value and B takes the city's
    EXPECT_DOUBLE_EQ(effective(set, "mixed", "A", Driver::GdpRealGrowth, 2025), 0.09);
    EXPECT_DOUBLE_EQ(effective(set, "mixed", "B", Driver::GdpRealGrowth, 2025), 0.06);
}

TEST(ScenarioSet, grandchildInheritsThroughItsParentAndTheNearestDefinitionWins) {
    // Given baseline → fast (city GDP 8 %, B agriculture −10 % from 2024) → faster (A GDP 12 %)
    ScenarioSet set = toy::scenarios();
    ASSERT_TRUE(
        set.addScenario({.name = "faster",
                         .parent = "fast",
                         .overrides = {{.regionCode = "A", .driver = Driver::GdpRealGrowth, .value = 0.12}}})
            .isOk());
    // Then A has the grandchild's 12 %, B the parent's city-wide 8 %
    EXPECT_DOUBLE_EQ(effective(set, "faster", "A", Driver::GdpRealGrowth, 2023), 0.12);
    EXPECT_DOUBLE_EQ(effective(set, "faster", "B", Driver::GdpRealGrowth, 2023), 0.08);
    // And B's agriculture change follows the parent's dated override: baseline 0 before 2024, −10 % from 2024
    EXPECT_DOUBLE_EQ(effective(set, "faster", "B", Driver::AgricultureIntensityChange, 2023), 0.0);
    EXPECT_DOUBLE_EQ(effective(set, "faster", "B", Driver::AgricultureIntensityChange, 2024), -0.10);
    // And the chain is leaf first
    auto chain = set.chain("faster");
    ASSERT_TRUE(chain.isOk());
    ASSERT_EQ(chain.value().size(), 3u);
    EXPECT_EQ(chain.value()[0]->name, "faster");
    EXPECT_EQ(chain.value()[2]->name, "baseline");
}

TEST(ScenarioSet, childCityOverrideReplacesAParentCountyOverride) {
    // Given a parent that sets A's GDP growth to 3 % and a child that sets the whole city to 4 %
    ScenarioSet set = toy::scenarios();
    ASSERT_TRUE(
        set.addScenario({.name = "p",
                         .parent = "baseline",
                         .overrides = {{.regionCode = "A", .driver = Driver::GdpRealGrowth, .value = 0.03}}})
            .isOk());
    ASSERT_TRUE(
        set.addScenario({.name = "c",
                         .parent = "p",
                         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.04}}})
            .isOk());
    // Then the child's definition is nearer and wins for A too
    EXPECT_DOUBLE_EQ(effective(set, "c", "A", Driver::GdpRealGrowth, 2030), 0.04);
    EXPECT_DOUBLE_EQ(effective(set, "p", "A", Driver::GdpRealGrowth, 2030), 0.03);
}

TEST(ScenarioSet, resolveAgreesWithEffectiveValueForEveryCountyDriverAndYear) {
    // Given the toy set plus a grandchild with a dated county override and a dated city override
    ScenarioSet set = toy::scenarios();
    ASSERT_TRUE(
        set.addScenario(
               {.name = "g",
                .parent = "fast",
                .overrides =
                    {{.regionCode = "C0", .driver = Driver::LeakageRate, .fromYear = 2026, .value = 0.08},
                     {.regionCode = "A", .driver = Driver::LeakageRate, .fromYear = 2024, .value = 0.07}}})
            .isOk());
    // When resolving the whole table at once
    auto table = set.resolve("g", 2023, 2030);
    ASSERT_TRUE(table.isOk()) << table.error().toString();
    // Then it equals the one-by-one walk up the chain
    for (std::size_t c = 0; c < 2; ++c)
        for (Driver d : DriverTraits::all)
            for (int y = 2023; y <= 2030; ++y) {
                auto walk = set.effectiveValue("g", table.value().countyCodes()[c], d, y);
                auto flat = table.value().value(c, d, y);
                // Reuse has no baseline in the toy: undefined both ways
                ASSERT_EQ(walk.isOk(), flat.has_value()) << driverId(d) << " " << y;
                if (flat) {
                    EXPECT_DOUBLE_EQ(*flat, walk.value()) << driverId(d) << " " << y;
                }
            }
    // A: baseline 0.09 in 2023, own 0.07 from 2024 (county beats the city's 0.08 from 2026); B: 0.10, then
    // 0.08
    EXPECT_DOUBLE_EQ(*table.value().value(0, Driver::LeakageRate, 2023), 0.09);
    EXPECT_DOUBLE_EQ(*table.value().value(0, Driver::LeakageRate, 2027), 0.07);
    EXPECT_DOUBLE_EQ(*table.value().value(1, Driver::LeakageRate, 2025), 0.10);
    EXPECT_DOUBLE_EQ(*table.value().value(1, Driver::LeakageRate, 2026), 0.08);
}

TEST(ScenarioSet, validateReportsUnknownParentCycleAndDuplicateName) {
    // Given scenarios loaded without checks: an orphan, a two-scenario cycle and a duplicate name
    ScenarioSet set(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    set.setScenarios({{.name = "baseline"},
                      {.name = "orphan", .parent = "nowhere"},
                      {.name = "x", .parent = "y"},
                      {.name = "y", .parent = "x"},
                      {.name = "baseline"}});
    // When validating
    const auto errors = set.validate();
    // Then each problem is reported
    EXPECT_TRUE(hasError(errors, ErrorCode::InvalidValue, "unknown scenario 'nowhere'"));
    EXPECT_TRUE(hasError(errors, ErrorCode::InvalidValue, "cycle"));
    EXPECT_TRUE(hasError(errors, ErrorCode::DuplicateRow, "'baseline' is used twice"));
    // And resolving a scenario of the cycle fails instead of looping
    EXPECT_TRUE(set.chain("x").hasError());
    EXPECT_TRUE(set.effectiveValue("x", "A", Driver::GdpRealGrowth, 2030).hasError());
}

TEST(ScenarioSet, validateReportsUnknownRegionsAndValuesOutOfRangeWithLocation) {
    // Given overrides for a region outside the city, a coefficient of 1.2 and of 0, and a growth of −60 %/yr
    ScenarioSet set(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    set.setScenarios(
        {{.name = "baseline"},
         {.name = "bad",
          .parent = "baseline",
          .overrides = {
              {.regionCode = "Z9", .driver = Driver::GdpRealGrowth, .value = 0.05},
              {.regionCode = "A", .driver = Driver::IrrigationCoefficient, .value = 1.2},
              {.regionCode = "B", .driver = Driver::IrrigationCoefficient, .value = 0.0},
              {.regionCode = "C0", .driver = Driver::GdpRealGrowth, .fromYear = 2025, .value = -0.6}}}});
    const auto errors = set.validate();
    // Then four errors, each located at the region, driver and year
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(errors[0].location().region, "Z9");
    EXPECT_EQ(errors[1].code(), ErrorCode::InvalidValue);
    EXPECT_EQ(errors[1].location().field, "irrigation-coefficient");
    EXPECT_EQ(errors[2].location().region, "B");
    EXPECT_EQ(errors[3].location().year, 2025);
    EXPECT_NE(errors[3].message().find("[-0.5, 1]"), std::string::npos);
    // And addScenario refuses the same scenario, changing nothing
    ScenarioSet strict(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    ASSERT_TRUE(strict.addScenario({.name = "baseline"}).isOk());
    EXPECT_TRUE(strict.addScenario(set.scenarios()[1]).hasError());
    EXPECT_EQ(strict.scenarios().size(), 1u);
}

TEST(ScenarioSet, addReplaceAndRemoveKeepTheSetConsistent) {
    ScenarioSet set = toy::scenarios();
    // A duplicate name and an unknown parent are refused
    EXPECT_EQ(set.addScenario({.name = "fast", .parent = "baseline"}).error().code(),
              ErrorCode::DuplicateRow);
    EXPECT_TRUE(set.addScenario({.name = "n", .parent = "missing"}).hasError());
    // Re-parenting the baseline under its child would close a cycle: refused, and the old one is kept
    EXPECT_TRUE(set.replaceScenario({.name = "baseline", .parent = "fast"}).hasError());
    EXPECT_TRUE(set.scenario("baseline")->parent.empty());
    // A parent with a child cannot be removed; the child can
    EXPECT_TRUE(set.removeScenario("baseline").hasError());
    EXPECT_TRUE(set.removeScenario("fast").isOk());
    EXPECT_EQ(set.scenarios().size(), 1u);
}

TEST(ScenarioSet, missingBaselineValueAndNonCountyAreErrors) {
    // Given a set without baseline drivers
    ScenarioSet set(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    ASSERT_TRUE(set.addScenario({.name = "baseline"}).isOk());
    // Then a driver nobody defines is MissingData, located; the city itself is not a county
    auto v = set.effectiveValue("baseline", "A", Driver::GdpRealGrowth, 2030);
    ASSERT_TRUE(v.hasError());
    EXPECT_EQ(v.error().code(), ErrorCode::MissingData);
    EXPECT_EQ(v.error().location().region, "A");
    EXPECT_EQ(set.effectiveValue("baseline", "C0", Driver::GdpRealGrowth, 2030).error().code(),
              ErrorCode::UnknownRegion);
    EXPECT_TRUE(set.effectiveValue("nope", "A", Driver::GdpRealGrowth, 2030).hasError());
}

TEST(ScenarioRegions, fromDatasetTakesTheRootAndItsCounties) {
    Dataset d = toy::regionsOnly();
    ASSERT_TRUE(d.addRegion({.code = "A-Z", .kind = RegionKind::SubZone, .parentCode = "A"}).isOk());
    const auto r = ScenarioRegions::fromDataset(d);
    EXPECT_EQ(r.cityCode, "C0");
    EXPECT_EQ(r.countyCodes, (std::vector<std::string>{"A", "B"}));
}
