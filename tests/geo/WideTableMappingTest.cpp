// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/WideTableMapping.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

const QVector<RegionKey> kRegions{{QStringLiteral("450702"), QStringLiteral("钦南区")},
                                  {QStringLiteral("450721"), QStringLiteral("灵山县")}};

Table bulletin2020() {
    Table t;
    t.name = QStringLiteral("2020年");
    t.header = {QStringLiteral("地区"), QStringLiteral("用水总量"), QStringLiteral("GDP")};
    t.rows = {{QStringLiteral("钦南"), QStringLiteral("3.1"), QStringLiteral("1,234.5")},
              {QStringLiteral("灵山县"), QStringLiteral("—"), QStringLiteral("456")},
              {QStringLiteral("合计"), QStringLiteral("9.9"), QStringLiteral("9999")}};
    return t;
}

WideTableMapping mapping() {
    WideTableMapping m;
    m.regionColumn = QStringLiteral("地区");
    m.columns = {{QStringLiteral("用水总量"), QStringLiteral("water-use-total"), QStringLiteral("1e8 m3")},
                 {QStringLiteral("GDP"), QStringLiteral("gdp"), QStringLiteral("1e4 yuan")}};
    m.source = QStringLiteral("公报, 2020");
    return m;
}

} // namespace

TEST(WideTableMapping, convertsBulletinSheetToLongRows) {
    // Given a 2020 sheet with names, a dash for a missing value, thousands separators and a total row
    auto r = mapping().toLongCsv({bulletin2020()}, kRegions);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then three values are written (year from the sheet name), the dash and the total row are skipped
    EXPECT_EQ(r.value().valueCount, 3);
    EXPECT_EQ(r.value().csv, QStringLiteral("region_code,year,variable,value,unit,source,estimate\n"
                                            "450702,2020,water-use-total,3.1,1e8 m3,\"公报, 2020\",0\n"
                                            "450702,2020,gdp,1234.5,1e4 yuan,\"公报, 2020\",0\n"
                                            "450721,2020,gdp,456,1e4 yuan,\"公报, 2020\",0\n"));
    EXPECT_EQ(r.value().skipped.size(), 2);
}

TEST(WideTableMapping, nonNumberIsALocatedError) {
    Table t = bulletin2020();
    t.rows[0][1] = QStringLiteral("约三亿");
    auto r = mapping().toLongCsv({t}, kRegions);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().location().line, 2);
    EXPECT_EQ(r.error().location().region, "450702");
    EXPECT_EQ(r.error().location().year, 2020);
}

TEST(WideTableMapping, missingYearIsRefused) {
    Table t = bulletin2020();
    t.name = QStringLiteral("Sheet1");
    auto r = mapping().toLongCsv({t}, kRegions);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), jieshui::core::ErrorCode::MissingData);
}

TEST(WideTableMapping, missingMappedColumnIsRefused) {
    WideTableMapping m = mapping();
    m.columns.append(
        {QStringLiteral("农业用水"), QStringLiteral("water-use-agriculture"), QStringLiteral("1e8 m3")});
    auto r = m.toLongCsv({bulletin2020()}, kRegions);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().location().field, "农业用水");
}

TEST(WideTableMapping, yearsAndNumbersFromText) {
    EXPECT_EQ(WideTableMapping::yearFromText(QStringLiteral("2020年")), 2020);
    EXPECT_EQ(WideTableMapping::yearFromText(QStringLiteral("２０２１年公报")), 2021);
    EXPECT_EQ(WideTableMapping::yearFromText(QStringLiteral("表12345")), 0);
    EXPECT_EQ(WideTableMapping::parseNumber(QStringLiteral(" 1,234.5 ")).value_or(-1), 1234.5);
    EXPECT_FALSE(WideTableMapping::parseNumber(QStringLiteral("n/a")).has_value());
}
