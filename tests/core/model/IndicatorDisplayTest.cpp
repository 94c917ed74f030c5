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

TEST(IndicatorDisplay, probabilitiesInWholePercentNeverFalselyCertain) {
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.8312), "83 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.5), "50 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.0), "0 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(1.0), "100 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.003), "<1 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.9991), ">99 %");
    EXPECT_EQ(IndicatorDisplay::formatProbability(0.006), "1 %");
}

TEST(IndicatorDisplay, aRangeIsTwoValuesInTheTargetsTerms) {
    const PlanTarget cap{.indicator = Indicator::TotalWaterUse, .unit = "亿m³"};
    EXPECT_EQ(IndicatorDisplay::formatRange(cap, 1.61e9, 1.7249e9), "16.10–17.25");
    const PlanTarget reduction{.indicator = Indicator::WaterPerGdpReduction, .unit = "%"};
    EXPECT_EQ(IndicatorDisplay::formatRange(reduction, 0.351, 0.402), "35.1–40.2");
}
