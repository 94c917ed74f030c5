// SPDX-License-Identifier: GPL-3.0-or-later
#include "units/Quantities.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(Quantities, intensityIsVolumeOverMoney) {
    // Given 13 亿m³ and 944 亿元
    const WaterVolume w = hundredMillionCubicMetres(13.0);
    const Money gdp = hundredMillionYuan(944.0);
    // When divided
    const WaterIntensity i = w / gdp;
    // Then the intensity reads in m³/万元
    EXPECT_NEAR(inCubicMetresPerTenThousandYuan(i), 137.71, 0.01);
}

TEST(Quantities, muAndHectareConvertExactly) {
    EXPECT_NEAR(inHectares(mu(15.0)), 1.0, 1e-12);
    EXPECT_NEAR(inTenThousandMu(tenThousandMu(30.4)), 30.4, 1e-12);
    EXPECT_NEAR(inPercent(ratio(0.503)), 50.3, 1e-12);
}
