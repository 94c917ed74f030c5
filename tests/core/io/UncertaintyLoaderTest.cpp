// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/UncertaintyLoader.h"

#include "IoFixtures.h"
#include "io/ProjectDirectoryLoader.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kHeader = "scope,scenario,region_code,item,from_year,to_year,distribution,spread_kind,spread,unit,note\n";
const std::vector<Scenario> kScenarios{{.name = "baseline"}, {.name = "high-growth", .parent = "baseline"}};
} // namespace

TEST(UncertaintyLoader, readsDefaultsRulesAndDriverRangesInBaseUnits) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text = std::string(kHeader) +
                             "provenance,,,estimate,,,triangular,relative,12,%,判断\n"
                             "statistic,,450702,water.industry,2018,2022,uniform,absolute,500,万m³,水表\n"
                             "statistic,,,econ.gdp_index,,,normal,absolute,0.5,上年=100,\n"
                             "statistic,,450721,,,,normal,relative,0.2,1,\n"
                             "driver,high-growth,450700,gdp-real-growth,2023,2035,triangular,absolute,1.5,%,区间\n";
    UncertaintyLoader loader(context, kScenarios);
    auto model = loader.fromText(text, "uncertainty.csv");
    ASSERT_TRUE(model.isOk()) << model.error().toString();
    const UncertaintyModel& m = model.value();
    EXPECT_EQ(m.provenanceDefault(ProvenanceKind::Estimate),
              (InputUncertainty{DistributionKind::Triangular, SpreadKind::Relative, 0.12}));
    EXPECT_EQ(m.provenanceDefault(ProvenanceKind::Sourced), UncertaintyModel::standardDefault(ProvenanceKind::Sourced));
    ASSERT_EQ(m.statisticRules().size(), 3u);
    EXPECT_DOUBLE_EQ(m.statisticRules()[0].uncertainty.spread, 5e6); // 500 万m³ in m³
    EXPECT_EQ(m.statisticRules()[0].fromYear, 2018);
    EXPECT_EQ(m.statisticRules()[0].toYear, 2022);
    EXPECT_EQ(m.statisticRules()[0].note, "水表");
    EXPECT_DOUBLE_EQ(m.statisticRules()[1].uncertainty.spread, 0.5); // index points
    EXPECT_DOUBLE_EQ(m.statisticRules()[2].uncertainty.spread, 0.2);
    EXPECT_EQ(m.statisticRules()[2].variable, "");
    ASSERT_EQ(m.driverRules().size(), 1u);
    EXPECT_EQ(m.driverRules()[0].scenario, "high-growth");
    EXPECT_DOUBLE_EQ(m.driverRules()[0].uncertainty.spread, 0.015);
    EXPECT_EQ(m.driverRules()[0].driver, Driver::GdpRealGrowth);
}

TEST(UncertaintyLoader, locatesEveryBadRowAndLoadsNothing) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "provenance,,,estimate,,,normal,relative,10,%,\n"             // 2 fine
        "provenance,,,estimate,,,normal,relative,12,%,\n"             // 3 second default
        "statistic,,450702,water.industry,,,normal,absolute,5,亿元,\n" // 4 money for a volume
        "statistic,,,,,,normal,absolute,5,万m³,\n"                     // 5 absolute without variable
        "statistic,,,water.industry,,,gaussian,relative,10,%,\n"      // 6 distribution
        "statistic,,,water.industry,,,normal,relative,150,%,\n"       // 7 spread over 100 %
        "driver,,450700,rainfall,,,normal,absolute,1,%,\n"            // 8 driver
        "driver,,450700,gdp-real-growth,,,normal,absolute,1,万m³,\n"   // 9 driver unit
        "model,,,x,,,normal,relative,1,%,\n"                          // 10 scope
        "provenance,,,estimate,,,normal,absolute,1,%,\n";             // 11 absolute default
    UncertaintyLoader loader(context, kScenarios);
    ASSERT_TRUE(loader.fromText(text, "uncertainty.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 9u) << loader.report().combined().message();
    const int lines[] = {3, 4, 5, 6, 7, 8, 9, 10, 11};
    const char* fields[] = {"item", "unit", "spread_kind", "distribution", "spread",
                            "item", "unit", "scope", "spread_kind"};
    for (std::size_t i = 0; i < 9; ++i) {
        EXPECT_EQ(e[i].location().file, "uncertainty.csv");
        EXPECT_EQ(e[i].location().line, lines[i]) << e[i].toString();
        EXPECT_EQ(e[i].location().field, fields[i]) << e[i].toString();
    }
}

TEST(UncertaintyLoader, checksNamesAgainstTheProject) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text = std::string(kHeader) +
                             "statistic,,999999,water.industry,,,normal,relative,10,%,\n"
                             "driver,ghost,450700,gdp-real-growth,,,normal,absolute,1,%,\n";
    UncertaintyLoader loader(context, kScenarios);
    ASSERT_TRUE(loader.fromText(text, "uncertainty.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 2u);
    EXPECT_EQ(e[0].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(e[0].location().region, "999999");
    EXPECT_NE(e[1].message().find("no scenario 'ghost'"), std::string::npos);
}

TEST(UncertaintyLoader, theShippedQinzhouProjectCarriesItsUncertainty) {
    ProjectDirectoryLoader loader;
    auto project = loader.load(std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou");
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const UncertaintyModel& m = project.value().uncertainty;
    EXPECT_EQ(m.provenanceDefault(ProvenanceKind::Estimate).spread, 0.10);
    EXPECT_FALSE(m.statisticRules().empty());
    ASSERT_FALSE(m.driverRules().empty());
    // Every shipped number says where it came from: each rule carries its note (估算 judgements).
    for (const auto& r : m.statisticRules())
        EXPECT_NE(r.note.find("估算"), std::string::npos) << r.variable;
    for (const auto& r : m.driverRules())
        EXPECT_NE(r.note.find("估算"), std::string::npos) << driverId(r.driver);
}
