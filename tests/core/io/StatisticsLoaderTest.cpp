// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/StatisticsLoader.h"

#include "IoFixtures.h"
#include "model/Variable.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace jieshui::core;
using jieshui::core::testing::miniDataset;

namespace {

const char* kHeader = "region_code,year,variable,value,unit,source,estimate\n";

const Error* errorOnLine(const LoadReport& report, int line) {
    for (const Error& e : report.errors())
        if (e.location().line == line)
            return &e;
    return nullptr;
}

} // namespace

TEST(StatisticsLoader, convertsEveryValueToTheBaseUnitOfItsVariable) {
    // Given a dataset with the regions and a good long table
    const Dataset context = miniDataset();
    const std::string text = std::string(kHeader) +
                             "450702,2015,water.industry,1.2,亿m³,水资源公报 2015,0\n"
                             "450702,2015,econ.gdp_current,350,亿元,统计年鉴 2016,0\n"
                             "450702,2016,econ.gdp_index,108.5,上年=100,统计年鉴 2017,0\n"
                             "450700,2020,industry.reuse_rate_reported,85,%,公报,1\n"
                             "450700,2020,irrigation.coefficient_reported,0.503,1,公报,0\n"
                             "450721,2020,agri.irrigated_area,45.5,万亩,年鉴,0\n"
                             "WU-QINNAN,2020,supply.total,2500,万m³,utility,1\n"
                             "450700,2020,task.04.efficient_irrigation_area,1.6,万亩,plan progress,1\n";
    StatisticsLoader loader(context);
    // When it is loaded
    auto rows = loader.fromText(text, "statistics.csv");
    // Then every value is in m³, yuan, m², fraction or index points
    ASSERT_TRUE(rows.isOk()) << rows.error().toString();
    const auto& v = rows.value();
    ASSERT_EQ(v.size(), 8u);
    EXPECT_DOUBLE_EQ(v[0].value, 1.2e8);
    EXPECT_EQ(v[0].unit, "亿m³");
    EXPECT_EQ(v[0].provenance.source, "水资源公报 2015");
    EXPECT_FALSE(v[0].provenance.isEstimate());
    EXPECT_DOUBLE_EQ(v[1].value, 3.5e10);
    EXPECT_DOUBLE_EQ(v[2].value, 108.5);
    EXPECT_DOUBLE_EQ(v[3].value, 0.85);
    EXPECT_TRUE(v[3].provenance.isEstimate());
    EXPECT_DOUBLE_EQ(v[4].value, 0.503);
    EXPECT_NEAR(v[5].value, 45.5e4 * 10000.0 / 15.0, 1e-3); // 45.5 万亩 = 303,333,333.3 m²
    EXPECT_DOUBLE_EQ(v[6].value, 2.5e7);
    EXPECT_NEAR(v[7].value, 1.6e4 * 10000.0 / 15.0, 1e-6);
    EXPECT_FALSE(loader.report().hasErrors());
}

TEST(StatisticsLoader, locatesEveryBadRowAndLoadsNothing) {
    // Given a table where lines 3–15 each carry one contract violation and line 2 is good
    const Dataset context = miniDataset();
    const std::string text = std::string(kHeader) +
                             "450702,2015,water.industry,1.2,亿m³,ok,0\n"                // 2 good
                             "450702,2016,water.industry,1.2,吨,src,0\n"                 // 3 unknown unit
                             "450702,2017,water.industry,1.2,亿元,src,0\n"               // 4 unit mismatch
                             "450702,2018,water.residential,-5,万m³,src,0\n"             // 5 negative volume
                             "450702,2018,irrigation.coefficient_reported,1.2,1,src,0\n" // 6 coefficient > 1
                             "450702,2018,econ.gdp_current,0,亿元,src,0\n"               // 7 zero GDP
                             "450702,2015,water.industry,1.3,亿m³,src,0\n"            // 8 duplicate of line 2
                             "999999,2018,water.industry,1,亿m³,src,0\n"              // 9 unknown region
                             "450702,2018,water.industri,1,亿m³,src,0\n"              // 10 unknown variable
                             "450702,1800,water.industry,1,亿m³,src,0\n"              // 11 year 1800
                             "450702,2019,water.industry,abc,亿m³,src,0\n"            // 12 non-numeric
                             "450702,2019,econ.gdp_index,0,上年=100,src,0\n"          // 13 index 0
                             "450702,2019,industry.reuse_rate_reported,120,%,src,0\n" // 14 rate 120 %
                             "450702,2019,water.ecological,1,万m³,src,yes\n";         // 15 estimate not 0/1
    StatisticsLoader loader(context);
    // When it is loaded
    auto rows = loader.fromText(text, "statistics.csv");
    // Then it fails with one located error per bad line, and the good line alone is not returned
    ASSERT_TRUE(rows.hasError());
    const LoadReport& report = loader.report();
    EXPECT_EQ(report.totalCount(), 13u);
    struct Expected {
        int line;
        ErrorCode code;
        const char* field;
        const char* region;
        int year;
    };
    const Expected expected[] = {
        {3, ErrorCode::UnknownUnit, "unit", "450702", 2016},
        {4, ErrorCode::UnitMismatch, "unit", "450702", 2017},
        {5, ErrorCode::InvalidValue, "value", "450702", 2018},
        {6, ErrorCode::InvalidValue, "value", "450702", 2018},
        {7, ErrorCode::InvalidValue, "value", "450702", 2018},
        {8, ErrorCode::DuplicateRow, "variable", "450702", 2015},
        {9, ErrorCode::UnknownRegion, "region_code", "999999", 2018},
        {10, ErrorCode::UnknownVariable, "variable", "450702", 2018},
        {11, ErrorCode::InvalidValue, "year", "450702", 0},
        {12, ErrorCode::ParseError, "value", "450702", 2019},
        {13, ErrorCode::InvalidValue, "value", "450702", 2019},
        {14, ErrorCode::InvalidValue, "value", "450702", 2019},
        {15, ErrorCode::ParseError, "estimate", "450702", 2019},
    };
    for (const auto& e : expected) {
        const Error* found = errorOnLine(report, e.line);
        ASSERT_NE(found, nullptr) << "no error on line " << e.line;
        EXPECT_EQ(found->code(), e.code) << "line " << e.line << ": " << found->toString();
        EXPECT_EQ(found->location().file, "statistics.csv");
        EXPECT_EQ(found->location().field, e.field) << "line " << e.line;
        EXPECT_EQ(found->location().region, e.region) << "line " << e.line;
        EXPECT_EQ(found->location().year, e.year) << "line " << e.line;
    }
    // The combined error lists all of them, one per line
    EXPECT_NE(rows.error().message().find("statistics.csv:13:"), std::string::npos);
    EXPECT_EQ(report.lines().size(), report.errors().size());
}

TEST(StatisticsLoader, rejectsMissingAndExtraColumnsNamingThem) {
    const Dataset context = miniDataset();
    StatisticsLoader loader(context);
    auto missing = loader.fromText("region_code,year,variable,value,source,estimate\n", "s.csv");
    ASSERT_TRUE(missing.hasError());
    EXPECT_NE(missing.error().message().find("unit"), std::string::npos);
    EXPECT_EQ(missing.error().location().line, 1);

    auto extra = loader.fromText(
        std::string("region_code,year,variable,value,unit,source,estimate,comment\n"), "s.csv");
    ASSERT_TRUE(extra.hasError());
    EXPECT_NE(extra.error().message().find("comment"), std::string::npos);

    // The optional vintage column is accepted and kept
    auto vintage = loader.fromText("region_code,year,variable,value,unit,source,estimate,vintage\n"
                                   "450702,2015,social.population,56.2,个,census,0,2020-census-revised\n",
                                   "s.csv");
    ASSERT_TRUE(vintage.isOk()) << vintage.error().toString();
    EXPECT_EQ(vintage.value()[0].vintage, "2020-census-revised");
}

TEST(StatisticsLoader, taskVariablesTakeTheirDimensionFromTheFirstUnit) {
    // Given a task quantity first in 万亩, then in 个
    const Dataset context = miniDataset();
    const std::string text = std::string(kHeader) +
                             "450700,2019,task.04.efficient_irrigation_area,1.6,万亩,p,1\n"
                             "450700,2020,task.04.efficient_irrigation_area,3,个,p,1\n"
                             "450700,2020,task.13.water_saving_units_share,55,%,p,1\n"
                             "450700,2020,task.4.bad_name,1,个,p,1\n"
                             "450700,2020,task.11.index,100,上年=100,p,1\n";
    StatisticsLoader loader(context);
    auto rows = loader.fromText(text, "s.csv");
    // Then the second area row is a unit mismatch, a badly formed name is unknown, an index is refused
    ASSERT_TRUE(rows.hasError());
    ASSERT_EQ(loader.report().totalCount(), 3u);
    EXPECT_EQ(errorOnLine(loader.report(), 3)->code(), ErrorCode::UnitMismatch);
    EXPECT_EQ(errorOnLine(loader.report(), 5)->code(), ErrorCode::UnknownVariable);
    EXPECT_EQ(errorOnLine(loader.report(), 6)->code(), ErrorCode::UnitMismatch);
}

TEST(StatisticsLoader, addToIsAllOrNothing) {
    // Given a dataset with one value and a batch whose last row duplicates it
    Dataset d = miniDataset();
    ASSERT_TRUE(
        d.addStatistic({.regionCode = "450702", .year = 2015, .variable = "water.industry", .value = 1})
            .isOk());
    const std::vector<Statistic> batch{
        {.regionCode = "450702", .year = 2016, .variable = "water.industry", .value = 2},
        {.regionCode = "450700", .year = 2020, .variable = "task.04.x", .value = 2, .unit = "万亩"},
        {.regionCode = "450702", .year = 2015, .variable = "water.industry", .value = 3},
    };
    // When the batch is added
    auto st = StatisticsLoader::addTo(d, batch);
    // Then it fails and the dataset is exactly as before (no 2016 value, no task variable declared)
    ASSERT_TRUE(st.hasError());
    EXPECT_EQ(st.error().code(), ErrorCode::DuplicateRow);
    EXPECT_EQ(d.statisticCount(), 1u);
    EXPECT_EQ(d.statistic("450702", "water.industry", 2016), nullptr);
    EXPECT_FALSE(d.taskVariableDimension("task.04.x").has_value());
    EXPECT_DOUBLE_EQ(d.statistic("450702", "water.industry", 2015)->value, 1);
}

TEST(StatisticsLoader, addToDeclaresTaskVariablesFromTheirUnit) {
    Dataset d = miniDataset();
    auto st = StatisticsLoader::addTo(
        d, {{.regionCode = "450700", .year = 2020, .variable = "task.04.area", .value = 2, .unit = "万亩"}});
    ASSERT_TRUE(st.isOk());
    EXPECT_EQ(d.taskVariableDimension("task.04.area"), Dimension::Area);
    EXPECT_EQ(d.variableDimension("task.04.area"), Dimension::Area);
    EXPECT_EQ(d.variableDimension(var::GdpCurrent), Dimension::Money);
    EXPECT_FALSE(d.variableDimension("water.nothing").has_value());
}

TEST(StatisticsLoader, capsTheReportAtOneHundredErrors) {
    const Dataset context = miniDataset();
    std::string text = kHeader;
    for (int i = 0; i < 150; ++i)
        text += "450702," + std::to_string(1950 + i % 100) + ",water.nowhere,1,万m³,s,0\n";
    StatisticsLoader loader(context);
    ASSERT_TRUE(loader.fromText(text, "s.csv").hasError());
    EXPECT_EQ(loader.report().errors().size(), LoadReport::maxErrors);
    EXPECT_EQ(loader.report().totalCount(), 150u);
    EXPECT_TRUE(loader.report().isTruncated());
    EXPECT_NE(loader.report().lines().back().find("50 more"), std::string::npos);
}

TEST(StatisticsLoader, readsBomAndCrlfAndLocatesInvalidUtf8AndBadQuoting) {
    const Dataset context = miniDataset();
    StatisticsLoader loader(context);
    // Given Excel's "CSV UTF-8": a BOM and CRLF line ends
    auto excel = loader.fromText("\xEF\xBB\xBFregion_code,year,variable,value,unit,source,estimate\r\n"
                                 "450702,2015,water.industry,1.2,亿m³,\"公报, 2015\",0\r\n",
                                 "excel.csv");
    ASSERT_TRUE(excel.isOk()) << excel.error().toString();
    EXPECT_EQ(excel.value()[0].provenance.source, "公报, 2015");
    EXPECT_EQ(excel.value()[0].unit, "亿m³");
    // Given a GBK-encoded source on line 3
    auto gbk = loader.fromText(std::string(kHeader) + "450702,2015,water.industry,1.2,亿m³,ok,0\n" +
                                   "450702,2016,water.industry,1.2,亿m³,\xB9\xAB\xB1\xA8,0\n",
                               "gbk.csv");
    ASSERT_TRUE(gbk.hasError());
    EXPECT_EQ(gbk.error().location().line, 3);
    EXPECT_EQ(loader.report().errors().size(), 1u);
    // Given a stray quote on line 2
    auto quote = loader.fromText(
        std::string(kHeader) + "450702,2015,water.industry,1.2,亿m³,the \"公报\",0\n", "q.csv");
    ASSERT_TRUE(quote.hasError());
    EXPECT_EQ(quote.error().location().line, 2);
    EXPECT_EQ(quote.error().code(), ErrorCode::ParseError);
}

// Dataset's task-variable registry (src/core/model, extended for the loaders).
TEST(Dataset, declaresATaskVariableOnceAndRefusesAnotherDimension) {
    Dataset d = miniDataset();
    ASSERT_TRUE(d.declareTaskVariable("task.13.municipal_organs_share", Dimension::Fraction).isOk());
    EXPECT_TRUE(d.declareTaskVariable("task.13.municipal_organs_share", Dimension::Fraction).isOk());
    auto clash = d.declareTaskVariable("task.13.municipal_organs_share", Dimension::Count);
    ASSERT_TRUE(clash.hasError());
    EXPECT_EQ(clash.error().code(), ErrorCode::UnitMismatch);
    EXPECT_EQ(d.taskVariableDimension("task.13.municipal_organs_share"), Dimension::Fraction);
    EXPECT_EQ(d.declareTaskVariable("water.industry", Dimension::Volume).error().code(),
              ErrorCode::UnknownVariable);
    EXPECT_EQ(d.declareTaskVariable("task.05.x", Dimension::PriceIndex).error().code(),
              ErrorCode::UnitMismatch);
    // A statistic of a declared task variable in another dimension's unit is still refused by its loader,
    // and one with no usable unit cannot declare a new variable
    auto noUnit = d.addStatistic({.regionCode = "450700", .year = 2020, .variable = "task.05.y", .value = 1});
    ASSERT_TRUE(noUnit.hasError());
    EXPECT_EQ(noUnit.error().code(), ErrorCode::UnknownUnit);
    EXPECT_EQ(d.statisticCount(), 0u);
    EXPECT_EQ(d.taskVariables().size(), 1u);
}

TEST(VariableCatalog, parsesTaskVariableIds) {
    auto name = VariableCatalog::parseTaskVariable("task.04.efficient_irrigation_area");
    ASSERT_TRUE(name.has_value());
    EXPECT_EQ(name->taskNumber, 4);
    EXPECT_EQ(name->name, "efficient_irrigation_area");
    EXPECT_FALSE(VariableCatalog::isTaskVariable("task.4.x"));
    EXPECT_FALSE(VariableCatalog::isTaskVariable("task.00.x"));
    EXPECT_FALSE(VariableCatalog::isTaskVariable("task.04."));
    EXPECT_FALSE(VariableCatalog::isTaskVariable("task.04.Area"));
    EXPECT_FALSE(VariableCatalog::isTaskVariable("water.industry"));
    EXPECT_EQ(VariableCatalog::find("task.04.x"), nullptr);
}

// Issue 13: 1e308 万m³ passed the number check and became infinity after the unit conversion.
TEST(StatisticsLoader, refusesValuesThatOverflowOrAreInsaneAfterConversion) {
    const Dataset context = miniDataset();
    const std::string text = std::string(kHeader) +
                             "450702,2015,water.industry,1e308,万m³,x,0\n"  // inf after × 1e4
                             "450702,2016,water.industry,1e300,亿m³,x,0\n"  // finite, absurd
                             "450702,2017,econ.gdp_current,1e20,亿元,x,0\n" // 1e28 yuan
                             "450702,2018,water.industry,1.2,亿m³,x,0\n";   // fine
    StatisticsLoader loader(context);
    auto rows = loader.fromText(text, "statistics.csv");
    ASSERT_TRUE(rows.hasError());
    for (int line : {2, 3, 4}) {
        const Error* e = errorOnLine(loader.report(), line);
        ASSERT_NE(e, nullptr) << "line " << line;
        EXPECT_EQ(e->location().field, "value");
        EXPECT_EQ(e->code(), ErrorCode::InvalidValue) << e->message();
    }
    EXPECT_EQ(errorOnLine(loader.report(), 5), nullptr);
}
