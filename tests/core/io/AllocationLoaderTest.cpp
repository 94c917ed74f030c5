// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AllocationLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kHeader =
    "id,scenario,parent_region,year,cap,cap_unit,method,base_year,region_code,share,share_unit,manual\n";
}

TEST(AllocationLoader, groupsSharesByIdAndComputesTheRemainder) {
    // Given the 2022 cap of 16.53 亿m³ split by hand: 9 亿m³ and 40 % (6.612 亿m³)
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text = std::string(kHeader) +
                             "QZ-2022,baseline,450700,2022,16.53,亿m³,manual,2015,450702,9,亿m³,1\n"
                             "QZ-2022,baseline,450700,2022,16.53,亿m³,manual,2015,450721,40,%,1\n";
    AllocationLoader loader(context, {"baseline"});
    auto result = loader.fromText(text, "allocations.csv");
    ASSERT_TRUE(result.isOk()) << result.error().toString();
    ASSERT_EQ(result.value().size(), 1u);
    const Allocation& a = result.value()[0];
    EXPECT_EQ(a.method, AllocationMethod::Manual);
    EXPECT_DOUBLE_EQ(a.cap, 1.653e9);
    ASSERT_EQ(a.shares.size(), 2u);
    EXPECT_DOUBLE_EQ(a.shares[0].volume, 9e8);
    EXPECT_NEAR(a.shares[1].volume, 6.612e8, 1e-3);
    EXPECT_TRUE(a.shares[1].manual);
    EXPECT_NEAR(a.remainder, 1.653e9 - 9e8 - 6.612e8, 1e-3); // 0.918 亿m³ unallocated
    EXPECT_STREQ(allocationMethodId(AllocationMethod::EqualIntensityReduction), "equal-intensity");
    EXPECT_EQ(allocationMethodFromId("gdp-share"), AllocationMethod::GdpShare);
}

TEST(AllocationLoader, rejectsInconsistentRowsForeignChildrenAndUnknownScenarios) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "A,baseline,450700,2022,16.53,亿m³,manual,2015,450702,9,亿m³,1\n"
        "A,baseline,450700,2022,16.95,亿m³,manual,2015,450721,5,亿m³,1\n"    // 3 other cap
        "A,baseline,450700,2022,16.53,亿m³,manual,2015,450702,1,亿m³,1\n"    // 4 region twice
        "B,ghost,450700,2022,16.53,亿m³,manual,2015,450702,1,亿m³,1\n"       // 5 scenario
        "C,baseline,450700,2022,16.53,亿m³,manual,2015,WU-QINNAN,1,亿m³,1\n" // 6 not a child
        "D,baseline,450700,2022,16.53,亿元,manual,2015,450702,1,亿m³,1\n"    // 7 cap unit
        "E,baseline,450700,2022,16.53,亿m³,share,2015,450702,1,亿m³,1\n";    // 8 method
    AllocationLoader loader(context, {"baseline"});
    ASSERT_TRUE(loader.fromText(text, "allocations.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 6u);
    const char* fields[] = {"id", "region_code", "scenario", "region_code", "cap_unit", "method"};
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(e[i].location().line, static_cast<int>(i) + 3);
        EXPECT_EQ(e[i].location().field, fields[i]) << e[i].toString();
    }
}
