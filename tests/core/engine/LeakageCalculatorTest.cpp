// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LeakageCalculator.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(LeakageCalculator, residentialMeteringCorrectionIsEightPercentOfTheShare) {
    // Given 600 of 1000 万m³ metered per household: R1 = 0.08 × 0.6 = 4.8 %
    EXPECT_NEAR(LeakageCalculator::residentialMeteringCorrection(tenThousandCubicMetres(600),
                                                                 tenThousandCubicMetres(1000))
                    .value(),
                0.048, 1e-12);
}

TEST(LeakageCalculator, mainLengthCorrectionFollowsTheFormulaAndIsClamped) {
    // Given 1000 万m³ supplied and 80, 120 or 10 km of DN75+ mains (A = 0.08, 0.12, 0.01 km/万m³)
    const WaterVolume q = tenThousandCubicMetres(1000);
    // Then R2 = 0.99 × (0.08 − 0.0693) = 1.0593 %; 0.99 × (0.12 − 0.0693) = 5.02 % → clamped to 3 %;
    //      0.99 × (0.01 − 0.0693) = −5.87 % → clamped to −3 %
    EXPECT_NEAR(LeakageCalculator::mainLengthCorrection(kilometres(80), q).value(), 0.010593, 1e-9);
    EXPECT_NEAR(LeakageCalculator::mainLengthCorrection(kilometres(120), q).value(), 0.03, 1e-12);
    EXPECT_NEAR(LeakageCalculator::mainLengthCorrection(kilometres(10), q).value(), -0.03, 1e-12);
}

TEST(LeakageCalculator, pressureAndFrostCorrectionsFollowTheBands) {
    // Given outlet pressures on each side of 0.35, 0.55 and 0.75 MPa, and frost depths around 1.4 m
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.30)).value(), 0.0);
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.35)).value(), 0.0);
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.40)).value(), 0.005);
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.55)).value(), 0.005);
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.60)).value(), 0.01);
    EXPECT_DOUBLE_EQ(LeakageCalculator::pressureCorrection(megapascals(0.80)).value(), 0.02);
    EXPECT_DOUBLE_EQ(LeakageCalculator::frostDepthCorrection(metres(1.5)).value(), 0.01);
    EXPECT_DOUBLE_EQ(LeakageCalculator::frostDepthCorrection(metres(1.4)).value(), 0.0);
}

TEST(LeakageCalculator, correctsTheComprehensiveRateOfOneUtility) {
    // Given Q_s 1000, Q_a 800, residential metered 600 万m³, 80 km mains, 0.40 MPa, no frost
    const UtilityLeakageInput in{.code = "U1",
                                 .supplied = tenThousandCubicMetres(1000),
                                 .registered = tenThousandCubicMetres(800),
                                 .billed = tenThousandCubicMetres(780),
                                 .residentialMetered = tenThousandCubicMetres(600),
                                 .mainLength = kilometres(80),
                                 .meanPressure = megapascals(0.40),
                                 .frostDepth = metres(0.0)};
    // When the utility is computed
    auto r = LeakageCalculator::utility(in);
    // Then R_WL = 200/1000 = 20 %; R_n = 4.8 + 1.0593 + 0.5 + 0 = 6.3593 %; R_BL = 13.6407 %;
    //      产销差率 = (1000 − 780) / 1000 = 22 %
    ASSERT_TRUE(r.isOk());
    EXPECT_NEAR(r.value().comprehensive.value(), 0.20, 1e-12);
    EXPECT_NEAR(r.value().corrections.total().value(), 0.063593, 1e-9);
    EXPECT_NEAR(r.value().corrected.value(), 0.136407, 1e-9);
    ASSERT_TRUE(r.value().nonRevenue.has_value());
    EXPECT_NEAR(r.value().nonRevenue->value(), 0.22, 1e-12);
}

TEST(LeakageCalculator, weightsTheRegionBySupply) {
    // Given U1: Q_s 1000, Q_a 850 (15 %, no corrections); U2: Q_s 3000, Q_a 2700 (10 %), 0.6 MPa (R3 = 1 %)
    const std::vector<UtilityLeakageInput> utilities{{.code = "U1",
                                                      .supplied = tenThousandCubicMetres(1000),
                                                      .registered = tenThousandCubicMetres(850),
                                                      .billed = tenThousandCubicMetres(800)},
                                                     {.code = "U2",
                                                      .supplied = tenThousandCubicMetres(3000),
                                                      .registered = tenThousandCubicMetres(2700),
                                                      .billed = tenThousandCubicMetres(2500),
                                                      .meanPressure = megapascals(0.6)}};
    // When the region is computed
    auto r = LeakageCalculator::region(utilities);
    // Then R_WL = (150 + 300) / 4000 = 11.25 % (not the plain mean 12.5 %);
    //      R_BL = (15 %·1000 + 9 %·3000) / 4000 = 10.5 %; 产销差率 = (200 + 500) / 4000 = 17.5 %
    ASSERT_TRUE(r.isOk());
    EXPECT_NEAR(r.value().comprehensive.value(), 0.1125, 1e-12);
    EXPECT_NEAR(r.value().corrected.value(), 0.105, 1e-12);
    EXPECT_NEAR(r.value().nonRevenue->value(), 0.175, 1e-12);
    EXPECT_EQ(r.value().utilityCount, 2);
    EXPECT_NE(r.value().notes.find("R1 not applied"), std::string::npos);
}

TEST(LeakageCalculator, rejectsImpossibleBalancesNamingTheUtility) {
    // Given zero supply, registered above supply, and no utility at all
    auto zero =
        LeakageCalculator::utility({.code = "U0", .supplied = cubicMetres(0), .registered = cubicMetres(0)});
    auto above = LeakageCalculator::utility(
        {.code = "U9", .supplied = tenThousandCubicMetres(100), .registered = tenThousandCubicMetres(120)});
    auto none = LeakageCalculator::region({});
    // Then InvalidValue naming the utility, and MissingData
    ASSERT_TRUE(zero.hasError());
    EXPECT_EQ(zero.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(zero.error().location().region, "U0");
    ASSERT_TRUE(above.hasError());
    EXPECT_EQ(above.error().location().region, "U9");
    EXPECT_EQ(above.error().location().field, "supply.registered_use");
    ASSERT_TRUE(none.hasError());
    EXPECT_EQ(none.error().code(), ErrorCode::MissingData);
}
