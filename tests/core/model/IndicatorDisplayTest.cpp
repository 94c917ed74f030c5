// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/IndicatorDisplay.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(IndicatorDisplay, showsEachIndicatorInItsReportUnit) {
    EXPECT_EQ(IndicatorDisplay::format(Indicator::TotalWaterUse, 1.653e9), "16.53");
    EXPECT_EQ(IndicatorDisplay::unit(Indicator::TotalWaterUse), "亿m³");
    EXPECT_EQ(IndicatorDisplay::format(Indicator::WaterPerGdp, 0.0137712), "137.7");
    EXPECT_EQ(IndicatorDisplay::format(Indicator::WaterPerGdpReduction, 0.3712), "37.1");
    EXPECT_EQ(IndicatorDisplay::format(Indicator::IrrigationCoefficient, 0.5031), "0.503");
    EXPECT_EQ(IndicatorDisplay::unit(Indicator::IrrigationCoefficient), "");
}

TEST(IndicatorDisplay, signedGapsCarryASignAndNoNegativeZero) {
    EXPECT_EQ(IndicatorDisplay::formatSigned(Indicator::WaterPerGdpReduction, 0.012), "+1.2");
    EXPECT_EQ(IndicatorDisplay::formatSigned(Indicator::WaterPerGdpReduction, -0.012), "-1.2");
    EXPECT_EQ(IndicatorDisplay::formatSigned(Indicator::WaterPerGdpReduction, -0.00001), "0.0");
}
