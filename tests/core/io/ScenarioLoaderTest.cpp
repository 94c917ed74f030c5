// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ScenarioLoader.h"

#include "IoFixtures.h"
#include "scenario/DriverTraits.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kScenariosHeader = "name,parent,description_zh,description_en\n";
const char* kOverridesHeader = "scenario,region_code,driver,from_year,value,unit\n";
} // namespace

TEST(ScenarioLoader, driverIdsRoundTrip) {
    for (Driver d : DriverTraits::all)
        EXPECT_EQ(driverFromId(driverId(d)), d) << driverId(d);
    EXPECT_STREQ(driverId(Driver::IrrigatedAreaChange), "irrigated-area-change");
    EXPECT_FALSE(driverFromId("gdp-growth").has_value());
}

TEST(ScenarioLoader, readsScenariosAndTheirOverridesAsFractions) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string scenarios = std::string(kScenariosHeader) +
                                  "baseline,,基准情景,Baseline\n"
                                  "strict-saving,baseline,严格节水,\"Strict saving, all counties\"\n";
    const std::string overrides = std::string(kOverridesHeader) +
                                  "strict-saving,450700,industry-intensity-change,2023,-6,%\n"
                                  "strict-saving,450721,irrigation-coefficient,,0.56,1\n";
    ScenarioLoader loader(context);
    auto result = loader.fromText(scenarios, "scenarios.csv", overrides, "scenario_overrides.csv");
    ASSERT_TRUE(result.isOk()) << result.error().toString();
    const auto& s = result.value();
    ASSERT_EQ(s.size(), 2u);
    EXPECT_TRUE(s[0].parent.empty());
    EXPECT_EQ(s[1].descriptionEn, "Strict saving, all counties");
    ASSERT_EQ(s[1].overrides.size(), 2u);
    EXPECT_EQ(s[1].overrides[0].driver, Driver::IndustryIntensityChange);
    EXPECT_DOUBLE_EQ(s[1].overrides[0].value, -0.06);
    EXPECT_EQ(s[1].overrides[0].fromYear, 2023);
    EXPECT_EQ(s[1].overrides[1].fromYear, 0);
    EXPECT_DOUBLE_EQ(s[1].overrides[1].value, 0.56);
}

TEST(ScenarioLoader, rejectsCyclesSecondBaselinesAndBadOverrides) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string scenarios = std::string(kScenariosHeader) +
                                  "baseline,,基准,Baseline\n"
                                  "a,b,甲,A\n"                  // 3 cycle a→b→a
                                  "b,a,乙,B\n"                  // 4 cycle
                                  "other-base,,另一,Other\n"    // 5 second baseline
                                  "bad name,baseline,坏,Bad\n"; // 6 not an identifier
    const std::string overrides = std::string(kOverridesHeader) +
                                  "ghost,450700,gdp-real-growth,,6,%\n"       // 2 unknown scenario
                                  "baseline,WU-QINNAN,gdp-real-growth,,6,%\n" // 3 not city/county
                                  "baseline,450702,gdp-growth,,6,%\n"         // 4 unknown driver
                                  "baseline,450702,gdp-real-growth,,6,万元\n" // 5 unit not % or 1
                                  "baseline,450702,leakage-rate,,120,%\n"     // 6 level out of range
                                  "baseline,450702,gdp-real-growth,,6,%\n"
                                  "baseline,450702,gdp-real-growth,,7,%\n"; // 8 duplicate
    ScenarioLoader loader(context);
    ASSERT_TRUE(loader.fromText(scenarios, "scenarios.csv", overrides, "scenario_overrides.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 10u);
    EXPECT_EQ(e[0].location().line, 6); // the name error is found while reading
    EXPECT_EQ(e[1].location().line, 3);
    EXPECT_EQ(e[2].location().line, 4);
    EXPECT_EQ(e[3].location().line, 5);
    for (std::size_t i = 4; i < 10; ++i)
        EXPECT_EQ(e[i].location().file, "scenario_overrides.csv");
    EXPECT_EQ(e[5].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(e[7].code(), ErrorCode::UnitMismatch);
    EXPECT_EQ(e[9].code(), ErrorCode::DuplicateRow);
    EXPECT_EQ(e[9].location().line, 8);
}
