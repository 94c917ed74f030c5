// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/RegionLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kHeader = "code,kind,name_zh,name_en,parent_code,county_codes,source,estimate\n";
}

TEST(RegionLoader, readsKindsParentsCountyListsAndProvenance) {
    // Given the miniature Qinzhou regions
    const Dataset empty;
    RegionLoader loader(empty);
    // When loaded
    auto regions = loader.fromText(jieshui::core::testing::miniRegionsCsv(), "regions.csv");
    // Then kinds, parents, the basin's counties and the estimate flag come through
    ASSERT_TRUE(regions.isOk()) << regions.error().toString();
    const auto& r = regions.value();
    ASSERT_EQ(r.size(), 6u);
    EXPECT_EQ(r[0].kind, RegionKind::City);
    EXPECT_TRUE(r[0].parentCode.empty());
    EXPECT_EQ(r[1].nameZh, "钦南区");
    EXPECT_EQ(r[3].kind, RegionKind::SubZone);
    EXPECT_EQ(r[4].kind, RegionKind::Basin);
    EXPECT_EQ(r[4].countyCodes, (std::vector<std::string>{"450702", "450721"}));
    EXPECT_TRUE(r[4].provenance.isEstimate());
    EXPECT_EQ(r[5].kind, RegionKind::SupplyUtility);
    EXPECT_EQ(r[5].parentCode, "450702");
}

TEST(RegionLoader, locatesBadKindsUnknownParentsDuplicatesAndSecondRoots) {
    // Given bad rows on lines 3–7
    const Dataset empty;
    const std::string text = std::string(kHeader) +
                             "450700,city,钦州市,Qinzhou,,,s,0\n"               // 2 good
                             "450702,district,钦南区,Qinnan,450700,,s,0\n"      // 3 bad kind
                             "450703,county,钦北区,Qinbei,459999,,s,0\n"        // 4 unknown parent
                             "450700,county,重复,Dup,450700,,s,0\n"             // 5 duplicate code
                             "BASIN-X,basin,某流域,X basin,450700,450799,s,0\n" // 6 unknown county in list
                             "450800,city,北海市,Beihai,,,s,0\n"                // 7 second root
                             "ID-X,irrigation-district,灌区,District,450700,,s,0\n"; // 8 districts elsewhere
    RegionLoader loader(empty);
    auto regions = loader.fromText(text, "regions.csv");
    ASSERT_TRUE(regions.hasError());
    const auto& errors = loader.report().errors();
    ASSERT_EQ(errors.size(), 6u);
    std::vector<int> lines;
    for (const auto& e : errors)
        lines.push_back(e.location().line);
    std::sort(lines.begin(), lines.end());
    EXPECT_EQ(lines, (std::vector<int>{3, 4, 5, 6, 7, 8}));
    for (const auto& e : errors) {
        EXPECT_EQ(e.location().file, "regions.csv");
        if (e.location().line == 4) {
            EXPECT_EQ(e.code(), ErrorCode::UnknownRegion);
            EXPECT_EQ(e.location().field, "parent_code");
            EXPECT_EQ(e.location().region, "450703");
        }
        if (e.location().line == 5) {
            EXPECT_EQ(e.code(), ErrorCode::DuplicateRow);
        }
    }
}

TEST(RegionLoader, checksTheKindOfTheParent) {
    // Given a utility under the city, a county under a county and a basin under a county
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "WU-X,supply-utility,某水司,X utility,450700,,s,1\n"
        "450799,county,某县,X county,450702,,s,0\n"
        "BASIN-X,basin,某流域,X basin,450721,,s,1\n"
        "RES-X,reservoir,某水库,X reservoir,450700,,s,1\n"; // a reservoir may hang off the city
    RegionLoader loader(context);
    ASSERT_TRUE(loader.fromText(text, "regions.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(e[static_cast<std::size_t>(i)].location().line, i + 2);
        EXPECT_EQ(e[static_cast<std::size_t>(i)].location().field, "parent_code");
    }
    EXPECT_NE(e[0].message().find("must be a county"), std::string::npos) << e[0].message();
}

TEST(RegionLoader, acceptsParentsKnownToTheContextAndAddToIsAllOrNothing) {
    // Given a dataset with the mini regions and a file adding a reservoir under a known county
    Dataset d = jieshui::core::testing::miniDataset();
    RegionLoader loader(d);
    auto more =
        loader.fromText(std::string(kHeader) + "RES-X,reservoir,某水库,X reservoir,450721,,s,1\n", "r.csv");
    ASSERT_TRUE(more.isOk()) << more.error().toString();
    // When a batch with a clash is added, then nothing is added
    std::vector<Region> batch = more.value();
    batch.push_back({.code = "450702", .kind = RegionKind::County, .nameZh = "again"});
    const std::size_t before = d.regions().size();
    EXPECT_TRUE(RegionLoader::addTo(d, batch).hasError());
    EXPECT_EQ(d.regions().size(), before);
    EXPECT_EQ(d.region("RES-X"), nullptr);
    // And the clean batch goes in
    ASSERT_TRUE(RegionLoader::addTo(d, more.value()).isOk());
    EXPECT_EQ(d.region("RES-X")->kind, RegionKind::Reservoir);
}
