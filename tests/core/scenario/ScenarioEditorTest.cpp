// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioEditor.h"

#include "scenario/DriverCatalog.h"

#include <gtest/gtest.h>

using namespace jieshui::core;
using Kind = ScenarioProblem::Kind;

namespace {

ScenarioRegions regions() {
    return {.cityCode = "C0", .countyCodes = {"A", "B"}};
}

std::vector<Scenario> family() {
    return {
        {.name = "baseline"},
        {.name = "strict",
         .parent = "baseline",
         .overrides = {{.regionCode = "C0", .driver = Driver::LeakageRate, .value = 0.08},
                       {.regionCode = "A", .driver = Driver::GdpRealGrowth, .fromYear = 2030, .value = 0.05},
                       {.regionCode = "B", .driver = Driver::ReuseRate, .value = 0.9}}},
        {.name = "growth", .parent = "baseline"},
        {.name = "stricter", .parent = "strict"}};
}

} // namespace

TEST(ScenarioEditor, createsAScenarioAfterItsParentsFamilyAndRefusesBadIdsAndParents) {
    std::vector<Scenario> scenarios = family();
    ScenarioEditor editor(scenarios, regions());
    // When a child of "strict" is created, it lands after strict's family (strict, stricter are 1 and 3)
    EXPECT_FALSE(editor.create({.name = "strict-2", .parent = "strict"}));
    ASSERT_EQ(scenarios.size(), 5u);
    EXPECT_EQ(scenarios[4].name, "strict-2");
    // And an explicit position is honoured
    EXPECT_FALSE(editor.create({.name = "first-child", .parent = "baseline"}, 1));
    EXPECT_EQ(scenarios[1].name, "first-child");
    // Then bad requests are refused, each with its reason, and change nothing
    const std::size_t before = scenarios.size();
    EXPECT_EQ(editor.create({.name = "", .parent = "baseline"})->kind, Kind::InvalidId);
    EXPECT_EQ(editor.create({.name = "严格", .parent = "baseline"})->kind, Kind::InvalidId);
    EXPECT_EQ(editor.create({.name = "-x", .parent = "baseline"})->kind, Kind::InvalidId);
    EXPECT_EQ(editor.create({.name = "strict", .parent = "baseline"})->kind, Kind::DuplicateId);
    EXPECT_EQ(editor.create({.name = "orphan"})->kind, Kind::NeedsParent);
    const auto unknown = editor.create({.name = "x", .parent = "nope"});
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->kind, Kind::UnknownParent);
    EXPECT_EQ(unknown->parent, "nope");
    const auto badValue =
        editor.create({.name = "x",
                       .parent = "baseline",
                       .overrides = {{.regionCode = "A", .driver = Driver::LeakageRate, .value = 1.5}}});
    ASSERT_TRUE(badValue);
    EXPECT_EQ(badValue->kind, Kind::OutOfRange);
    EXPECT_EQ(scenarios.size(), before);
    // And an empty project may get its one baseline
    std::vector<Scenario> none;
    ScenarioEditor empty(none, regions());
    EXPECT_FALSE(empty.create({.name = "baseline"}));
    EXPECT_EQ(none.size(), 1u);
}

TEST(ScenarioEditor, refusesToDeleteAScenarioOthersInheritFromNamingThemAll) {
    std::vector<Scenario> scenarios = family();
    ScenarioEditor editor(scenarios, regions());
    // When the baseline is deleted while strict and growth inherit from it
    const auto refused = editor.remove("baseline");
    // Then it is refused with both heirs named, and nothing changes
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->kind, Kind::HasHeirs);
    EXPECT_EQ(refused->heirs, (std::vector<std::string>{"strict", "growth"}));
    EXPECT_NE(refused->toError().message().find("'strict', 'growth' inherit from it"), std::string::npos);
    EXPECT_EQ(scenarios.size(), 4u);
    // And a leaf goes, then its parent may go
    EXPECT_FALSE(editor.remove("stricter"));
    EXPECT_FALSE(editor.remove("strict"));
    EXPECT_EQ(scenarios.size(), 2u);
    EXPECT_EQ(editor.remove("nope")->kind, Kind::UnknownScenario);
}

TEST(ScenarioEditor, anEditedOverrideKeepsItsPlaceAndKeysStayUnique) {
    std::vector<Scenario> scenarios = family();
    ScenarioEditor editor(scenarios, regions());
    // When the middle override's value is set
    EXPECT_FALSE(editor.setOverride(
        "strict", {.regionCode = "A", .driver = Driver::GdpRealGrowth, .fromYear = 2030, .value = 0.07}));
    // Then it stays second, with its new value
    const auto& o = scenarios[1].overrides;
    ASSERT_EQ(o.size(), 3u);
    EXPECT_EQ(o[1].driver, Driver::GdpRealGrowth);
    EXPECT_DOUBLE_EQ(o[1].value, 0.07);
    // And a new key is appended
    EXPECT_FALSE(
        editor.setOverride("strict", {.regionCode = "B", .driver = Driver::GdpRealGrowth, .value = 0.04}));
    EXPECT_EQ(o.size(), 4u);
    EXPECT_EQ(o[3].regionCode, "B");
    // And replacing the first row by a new region keeps it first; taking another row's key is refused
    EXPECT_FALSE(editor.replaceOverride("strict", 0,
                                        {.regionCode = "A", .driver = Driver::LeakageRate, .value = 0.07}));
    EXPECT_EQ(o[0].regionCode, "A");
    EXPECT_EQ(editor.replaceOverride("strict", 0, o[3])->kind, Kind::DuplicateOverride);
    EXPECT_EQ(o[0].regionCode, "A");
    // And removing needs the exact key
    EXPECT_EQ(editor.removeOverride("strict", "A", Driver::GdpRealGrowth, 0)->kind, Kind::NoSuchOverride);
    EXPECT_FALSE(editor.removeOverride("strict", "A", Driver::GdpRealGrowth, 2030));
    EXPECT_EQ(o.size(), 3u);
    EXPECT_EQ(o[1].regionCode, "B");
}

TEST(ScenarioEditor, refusesValuesOutsideTheDocumentedRanges) {
    std::vector<Scenario> scenarios = family();
    ScenarioEditor editor(scenarios, regions());
    const auto set = [&](Driver d, double v) {
        return editor.setOverride("growth", {.regionCode = "C0", .driver = d, .value = v});
    };
    // Coefficient in (0, 1]
    EXPECT_EQ(set(Driver::IrrigationCoefficient, 0.0)->kind, Kind::OutOfRange);
    EXPECT_FALSE(set(Driver::IrrigationCoefficient, 1.0));
    EXPECT_EQ(set(Driver::IrrigationCoefficient, 1.01)->kind, Kind::OutOfRange);
    // Leakage and reuse in [0, 1]
    EXPECT_FALSE(set(Driver::LeakageRate, 0.0));
    EXPECT_EQ(set(Driver::ReuseRate, -0.01)->kind, Kind::OutOfRange);
    // Rates in [−50 %, +100 %] a year
    EXPECT_FALSE(set(Driver::GdpRealGrowth, -0.5));
    EXPECT_FALSE(set(Driver::IrrigatedAreaChange, 1.0));
    const auto tooLow = set(Driver::IndustryIntensityChange, -0.6);
    ASSERT_TRUE(tooLow);
    EXPECT_EQ(tooLow->kind, Kind::OutOfRange);
    EXPECT_EQ(tooLow->driver, Driver::IndustryIntensityChange);
    EXPECT_DOUBLE_EQ(tooLow->value, -0.6);
    EXPECT_EQ(tooLow->toError().location().field, "industry-intensity-change");
    // And unknown regions and implausible years are refused too
    EXPECT_EQ(editor.setOverride("growth", {.regionCode = "Z", .value = 0.01})->kind, Kind::UnknownRegion);
    EXPECT_EQ(editor.setOverride("growth", {.regionCode = "A", .fromYear = 1800, .value = 0.01})->kind,
              Kind::ImplausibleYear);
    EXPECT_EQ(editor.setOverride("nope", {.regionCode = "A", .value = 0.01})->kind, Kind::UnknownScenario);
    EXPECT_EQ(scenarios[2].overrides.size(), 4u); // the four accepted values
}

TEST(ScenarioEditor, movesDescribesAndFindsFreeIds) {
    std::vector<Scenario> scenarios = family();
    ScenarioEditor editor(scenarios, regions());
    EXPECT_FALSE(editor.move("stricter", 0));
    EXPECT_EQ(scenarios[0].name, "stricter");
    EXPECT_EQ(editor.move("stricter", 4)->kind, Kind::NoSuchPosition);
    EXPECT_FALSE(editor.describe("growth", "高增长", "High growth", "高增长情景", "High growth scenario"));
    EXPECT_EQ(scenarioDisplayName(scenarios[3], true), "高增长");
    EXPECT_EQ(scenarios[3].name, "growth"); // the id never changes
    EXPECT_EQ(ScenarioEditor::uniqueId(scenarios, "strict"), "strict-2");
    EXPECT_EQ(ScenarioEditor::uniqueId(scenarios, "fresh"), "fresh");
}

TEST(ScenarioDisplayName, prefersTheNamesThenTheDescriptionsLeadThenTheId) {
    Scenario s{.name = "strict-saving",
               .descriptionZh = "严格节水情景：用水强度加快下降",
               .descriptionEn = "Strict saving: faster intensity decline"};
    s.nameZh = "严控方案";
    EXPECT_EQ(scenarioDisplayName(s, true), "严控方案");
    // English reader: the English description's lead before the Chinese name
    EXPECT_EQ(scenarioDisplayName(s, false), "Strict saving");
    s.descriptionEn.clear();
    EXPECT_EQ(scenarioDisplayName(s, false), "严控方案");
    s.nameEn = "Tight";
    EXPECT_EQ(scenarioDisplayName(s, false), "Tight");
}

TEST(DriverCatalog, statesEveryDriversUnitAndRangeInDisplayUnits) {
    ASSERT_EQ(DriverCatalog::all().size(), DriverTraits::count);
    for (Driver d : DriverTraits::all) {
        EXPECT_EQ(DriverCatalog::info(d).driver, d);
        // The displayed ends are the ends of the one range rule
        const double lo = DriverCatalog::fromDisplay(d, DriverCatalog::displayMinimum(d));
        const double hi = DriverCatalog::fromDisplay(d, DriverCatalog::displayMaximum(d));
        EXPECT_EQ(DriverTraits::inRange(d, lo), DriverCatalog::minimumIncluded(d));
        EXPECT_TRUE(DriverTraits::inRange(d, hi));
        EXPECT_FALSE(DriverTraits::inRange(d, hi + 1e-9));
    }
    EXPECT_DOUBLE_EQ(DriverCatalog::displayMinimum(Driver::GdpRealGrowth), -50.0);
    EXPECT_DOUBLE_EQ(DriverCatalog::displayMaximum(Driver::GdpRealGrowth), 100.0);
    EXPECT_FALSE(DriverCatalog::minimumIncluded(Driver::IrrigationCoefficient));
    EXPECT_DOUBLE_EQ(DriverCatalog::toDisplay(Driver::IrrigationCoefficient, 0.55), 0.55);
    EXPECT_DOUBLE_EQ(DriverCatalog::toDisplay(Driver::LeakageRate, 0.08), 8.0);
    EXPECT_EQ(DriverCatalog::info(Driver::GdpRealGrowth).unitZh, "%/年");
}
