// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/UnitParser.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(UnitParser, convertsChineseVolumeUnitsToCubicMetres) {
    EXPECT_DOUBLE_EQ(UnitParser::toBase(2.5, "万m³", Dimension::Volume).value(), 25000.0);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(16.53, "亿m³", Dimension::Volume).value(), 1.653e9);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(3, "立方米", Dimension::Volume).value(), 3.0);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(1, " m3 ", Dimension::Volume).value(), 1.0);
}

TEST(UnitParser, convertsMoneyAndAreaUnits) {
    EXPECT_DOUBLE_EQ(UnitParser::toBase(944, "亿元", Dimension::Money).value(), 9.44e10);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(3, "万元", Dimension::Money).value(), 3e4);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(15, "亩", Dimension::Area).value(), 10000.0);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(1.5, "万亩", Dimension::Area).value(), 1e8 / 10.0);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(2, "hm²", Dimension::Area).value(), 2e4);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(2615, "km²", Dimension::Area).value(), 2.615e9);
    EXPECT_DOUBLE_EQ(UnitParser::toBase(37, "%", Dimension::Fraction).value(), 0.37);
}

TEST(UnitParser, aUnitOfTheWrongDimensionIsAMismatchNotAConversion) {
    auto r = UnitParser::toBase(10, "万元", Dimension::Volume);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnitMismatch);
    EXPECT_NE(r.error().message().find("money"), std::string::npos);
}

TEST(UnitParser, anUnknownUnitListsTheAcceptedOnes) {
    auto r = UnitParser::parse("acre-feet");
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnknownUnit);
    EXPECT_NE(r.error().message().find("亿m³"), std::string::npos);
    EXPECT_TRUE(UnitParser::parse("").hasError());
}
