// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ReuseRateCalculator.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(ReuseRateCalculator, aggregatesVolumesNotPercentages) {
    // Given county A: reused 90, fresh 10 万m³ (90 %); county B: reused 100, fresh 100 (50 %)
    const std::vector<ReuseVolumes> counties{{"A", tenThousandCubicMetres(90), tenThousandCubicMetres(10)},
                                             {"B", tenThousandCubicMetres(100), tenThousandCubicMetres(100)}};
    // When the region rate is computed
    auto rate = ReuseRateCalculator::rate(counties);
    // Then 190 / (190 + 110) = 0.63333, not the mean of percentages (90 % + 50 %) / 2 = 70 %
    ASSERT_TRUE(rate.isOk());
    EXPECT_NEAR(rate.value().value(), 190.0 / 300.0, 1e-12);
    EXPECT_GT(std::abs(rate.value().value() - 0.70), 0.05);
}

TEST(ReuseRateCalculator, rejectsNegativeVolumesAndNoUse) {
    // Given a negative fresh intake, and a unit with no use at all
    auto negative =
        ReuseRateCalculator::rate({{"A", tenThousandCubicMetres(90), tenThousandCubicMetres(-1)}});
    auto empty = ReuseRateCalculator::rate({{"A", cubicMetres(0), cubicMetres(0)}});
    // Then InvalidValue naming the unit, and MissingData
    ASSERT_TRUE(negative.hasError());
    EXPECT_EQ(negative.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(negative.error().location().region, "A");
    ASSERT_TRUE(empty.hasError());
    EXPECT_EQ(empty.error().code(), ErrorCode::MissingData);
}
