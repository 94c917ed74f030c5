// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/IrrigationDistrictLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kHeader =
    "code,name_zh,name_en,county_code,class,source_type,well_method,design_area,effective_area,"
    "area_unit,source,estimate\n";
}

TEST(IrrigationDistrictLoader, readsProfilesInSquareMetres) {
    // Given a large, a medium (in 亩), a small and a well-only district
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text =
        std::string(kHeader) +
        "ID-HONGCHAO,洪潮江灌区,Hongchaojiang,450702,large,gravity,,30.4,16.8,万亩,facts,0\n"
        "ID-LINGDONG,灵东灌区,Lingdong,450721,medium,,,120000,80000,亩,est,1\n"
        "ID-SMALL,小灌区,Small,450721,small,pumped,,0.5,0.4,万亩,est,1\n"
        "ID-WELL,井灌区,Wells,450702,well-only,,pipe,100,90,hm²,est,1\n";
    IrrigationDistrictLoader loader(context);
    auto districts = loader.fromText(text, "irrigation_districts.csv");
    ASSERT_TRUE(districts.isOk()) << districts.error().toString();
    const auto& d = districts.value();
    ASSERT_EQ(d.size(), 4u);
    EXPECT_EQ(d[0].kind, RegionKind::IrrigationDistrict);
    EXPECT_EQ(d[0].parentCode, "450702");
    ASSERT_TRUE(d[0].irrigation.has_value());
    EXPECT_EQ(d[0].irrigation->districtClass, DistrictClass::Large);
    EXPECT_NEAR(d[0].irrigation->designArea.value(), 30.4e4 * 10000.0 / 15.0, 1e-3);
    EXPECT_EQ(d[0].irrigation->countyCode, "450702");
    EXPECT_NEAR(d[1].irrigation->designArea.value(), 120000 * 10000.0 / 15.0, 1e-3); // 12 万亩: medium
    EXPECT_EQ(d[2].irrigation->sourceType, SourceType::Pumped);
    EXPECT_EQ(d[3].irrigation->wellMethod, WellMethod::Pipe);
    EXPECT_DOUBLE_EQ(d[3].irrigation->effectiveArea.value(), 90e4);
}

TEST(IrrigationDistrictLoader, rejectsAClassThatDisagreesWithTheDesignArea) {
    // Given a "medium" district of 31 万亩, a "large" of 29 万亩, a "small" of exactly 1 万亩
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text = std::string(kHeader) +
                             "ID-A,甲,A,450702,medium,,,31,20,万亩,s,0\n"
                             "ID-B,乙,B,450702,large,,,29,20,万亩,s,0\n"
                             "ID-C,丙,C,450702,small,gravity,,10000,9000,亩,s,0\n"
                             "ID-D,丁,D,450702,large,,,300000,1,亩,s,0\n"; // exactly 30 万亩: large
    IrrigationDistrictLoader loader(context);
    auto districts = loader.fromText(text, "d.csv");
    ASSERT_TRUE(districts.hasError());
    ASSERT_EQ(loader.report().totalCount(), 3u);
    for (int i = 0; i < 3; ++i) {
        const Error& e = loader.report().errors()[static_cast<std::size_t>(i)];
        EXPECT_EQ(e.location().line, i + 2);
        EXPECT_EQ(e.location().field, "class");
        EXPECT_EQ(e.code(), ErrorCode::InvalidValue);
    }
    EXPECT_EQ(loader.report().errors()[0].location().region, "ID-A");
}

TEST(IrrigationDistrictLoader, checksCountySourceTypeWellMethodAndUnits) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string text = std::string(kHeader) +
                             "ID-A,甲,A,450799,medium,,,5,4,万亩,s,0\n"        // 2 unknown county
                             "ID-B,乙,B,450702,small,,,0.5,0.4,万亩,s,0\n"     // 3 small without source_type
                             "ID-C,丙,C,450702,well-only,,,0.5,0.4,万亩,s,0\n" // 4 well-only without method
                             "ID-D,丁,D,450702,medium,,pipe,5,4,万亩,s,0\n" // 5 method on a medium district
                             "ID-E,戊,E,450702,medium,,,5,4,万m³,s,0\n"     // 6 volume unit for an area
                             "ID-F,己,F,450702,medium,,,-5,4,万亩,s,0\n";   // 7 negative area
    IrrigationDistrictLoader loader(context);
    ASSERT_TRUE(loader.fromText(text, "d.csv").hasError());
    ASSERT_EQ(loader.report().totalCount(), 6u);
    const char* fields[] = {"county_code", "source_type", "well_method",
                            "well_method", "area_unit",   "design_area"};
    for (int i = 0; i < 6; ++i) {
        const Error& e = loader.report().errors()[static_cast<std::size_t>(i)];
        EXPECT_EQ(e.location().line, i + 2);
        EXPECT_EQ(e.location().field, fields[i]) << e.toString();
    }
    EXPECT_EQ(loader.report().errors()[4].code(), ErrorCode::UnitMismatch);
}
