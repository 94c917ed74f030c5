// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/QuotaDisplay.h"

#include <gtest/gtest.h>

TEST(QuotaDisplay, showsWhole10kCubicMetresAndReadsTypedVolumes) {
    using jieshui::core::QuotaDisplay;
    using jieshui::core::QuotaUnit;
    // A quota of 46 311 万m³
    EXPECT_EQ(QuotaDisplay::format(QuotaUnit::HundredMillionCubicMetres, 4.6311e8), "4.6311");
    EXPECT_EQ(QuotaDisplay::format(QuotaUnit::TenThousandCubicMetres, 4.6311e8), "46311");
    EXPECT_EQ(QuotaDisplay::format(QuotaUnit::HundredMillionCubicMetres, -1.0, true), "0.0000");
    EXPECT_EQ(QuotaDisplay::format(QuotaUnit::HundredMillionCubicMetres, 1.25e6, true), "+0.0125");
    EXPECT_EQ(QuotaDisplay::formatShare(0.280157), "28.02");
    // Typed with a unit, or bare in the table's unit
    EXPECT_DOUBLE_EQ(QuotaDisplay::parse("16.53亿m³", QuotaUnit::TenThousandCubicMetres).value(), 16.53e8);
    EXPECT_DOUBLE_EQ(QuotaDisplay::parse(" 46311 万m³", QuotaUnit::HundredMillionCubicMetres).value(),
                     4.6311e8);
    EXPECT_DOUBLE_EQ(QuotaDisplay::parse("4.8", QuotaUnit::HundredMillionCubicMetres).value(), 4.8e8);
    EXPECT_DOUBLE_EQ(QuotaDisplay::parse("4.8", QuotaUnit::TenThousandCubicMetres).value(), 4.8e4);
    // Refused: not a number, a negative volume, a unit of another dimension
    EXPECT_TRUE(QuotaDisplay::parse("abc", QuotaUnit::HundredMillionCubicMetres).hasError());
    EXPECT_TRUE(QuotaDisplay::parse("-1亿m³", QuotaUnit::HundredMillionCubicMetres).hasError());
    EXPECT_EQ(QuotaDisplay::parse("4.8亿元", QuotaUnit::HundredMillionCubicMetres).error().code(),
              jieshui::core::ErrorCode::UnitMismatch);
}
