// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ComparablePriceSeries.h"

#include <gtest/gtest.h>
#include <limits>
#include <map>

using namespace jieshui::core;

namespace {
ComparablePriceSeries fiveYearChain() {
    ComparablePriceSeries chain(2015);
    EXPECT_TRUE(chain.setIndex(2016, 107.0).isOk());
    EXPECT_TRUE(chain.setIndex(2017, 106.5).isOk());
    EXPECT_TRUE(chain.setIndex(2018, 107.2).isOk());
    EXPECT_TRUE(chain.setIndex(2019, 105.8).isOk());
    EXPECT_TRUE(chain.setIndex(2020, 103.7).isOk());
    return chain;
}
} // namespace

TEST(ComparablePriceSeries, chainsFiveYearsOfIndicesIntoTheReduction) {
    // Given indices (previous year = 100) 107.0, 106.5, 107.2, 105.8, 103.7 for 2016–2020
    const ComparablePriceSeries chain = fiveYearChain();
    // When the 2020 volume factor and the reduction of 12.0 → 10.5 亿m³ are computed
    auto factor = chain.volumeFactor(2020);
    auto reduction =
        chain.intensityReduction(hundredMillionCubicMetres(12.0), hundredMillionCubicMetres(10.5), 2020);
    // Then I_2020 = 1.07 × 1.065 = 1.13955; × 1.072 = 1.2215976; × 1.058 = 1.2924502608;
    //      × 1.037 = 1.3402709204 (134.03 on 2015 = 100),
    // and the reduction = 1 − (10.5/12.0) / 1.3402709204 = 1 − 0.875 / 1.3402709204 = 0.3471469
    ASSERT_TRUE(factor.isOk());
    EXPECT_NEAR(factor.value(), 1.3402709204, 1e-9);
    ASSERT_TRUE(reduction.isOk());
    EXPECT_NEAR(reduction.value().value(), 0.3471469, 1e-6);
}

TEST(ComparablePriceSeries, givesComparableValueAndImpliedDeflator) {
    // Given the chain and GDP 944 亿元 (2015, current) and 1388 亿元 (2020, current)
    const ComparablePriceSeries chain = fiveYearChain();
    // When the comparable 2020 GDP and the deflator are asked for
    auto comparable = chain.comparableValue(hundredMillionYuan(944.0), 2020);
    auto deflator = chain.impliedDeflator(hundredMillionYuan(944.0), hundredMillionYuan(1388.0), 2020);
    // Then 944 × 1.3402709204 = 1265.2157 亿元 at 2015 prices; deflator 1388 / 1265.2157 = 1.097046
    ASSERT_TRUE(comparable.isOk());
    EXPECT_NEAR(inHundredMillionYuan(comparable.value()), 1265.2157489, 1e-6);
    ASSERT_TRUE(deflator.isOk());
    EXPECT_NEAR(deflator.value(), 1388.0 / 1265.2157489, 1e-9);
}

TEST(ComparablePriceSeries, baseYearIsOneAndYearsBeforeTheBaseChainBackwards) {
    // Given the chain with 2015 as base
    const ComparablePriceSeries chain = fiveYearChain();
    ComparablePriceSeries rebased(2020);
    for (int y = 2016; y <= 2020; ++y)
        ASSERT_TRUE(rebased
                        .setIndex(y, fiveYearChain().volumeFactor(y).value() /
                                         fiveYearChain().volumeFactor(y - 1).value() * 100.0)
                        .isOk());
    // When the base year itself and 2015 on a 2020 base are asked for
    // Then 1 and 1 / 1.3402709204
    EXPECT_DOUBLE_EQ(chain.volumeFactor(2015).value(), 1.0);
    EXPECT_NEAR(rebased.volumeFactor(2015).value(), 1.0 / 1.3402709204, 1e-9);
}

TEST(ComparablePriceSeries, reportsTheMissingYearOfAGap) {
    // Given indices for 2016, 2017, 2019 and 2020 but not 2018
    ComparablePriceSeries chain(2015, "econ.gdp_index");
    for (int y : {2016, 2017, 2019, 2020})
        ASSERT_TRUE(chain.setIndex(y, 106.0).isOk());
    // When the 2020 factor is asked for
    auto factor = chain.volumeFactor(2020);
    // Then an IndexChainGap names 2018 and the index variable
    ASSERT_TRUE(factor.hasError());
    EXPECT_EQ(factor.error().code(), ErrorCode::IndexChainGap);
    EXPECT_EQ(factor.error().location().year, 2018);
    EXPECT_EQ(factor.error().location().field, "econ.gdp_index");
    // ... while 2017 is still fine: 1.06² = 1.1236
    EXPECT_NEAR(chain.volumeFactor(2017).value(), 1.1236, 1e-12);
}

TEST(ComparablePriceSeries, rejectsNonPositiveIndicesAndBaseUse) {
    // Given a chain
    ComparablePriceSeries chain(2015);
    // When a zero index, or a reduction from zero base use, is given
    auto zeroIndex = chain.setIndex(2016, 0.0);
    auto zeroBase = ComparablePriceSeries::reductionFromFactor(cubicMetres(0), cubicMetres(5), 1.2);
    auto negativeUse = ComparablePriceSeries::reductionFromFactor(cubicMetres(10), cubicMetres(-5), 1.2);
    // Then each is InvalidValue
    ASSERT_TRUE(zeroIndex.hasError());
    EXPECT_EQ(zeroIndex.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(zeroIndex.error().location().year, 2016);
    ASSERT_TRUE(zeroBase.hasError());
    EXPECT_EQ(zeroBase.error().code(), ErrorCode::InvalidValue);
    ASSERT_TRUE(negativeUse.hasError());
}

TEST(ComparablePriceSeries, chainEachGivesChainOfEveryYearBitForBit) {
    // Given indices 2001–2030 with a gap in 2012 and a zero in 2025 (points; NaN = missing)
    const auto points = [](int k) {
        if (k == 2012)
            return std::numeric_limits<double>::quiet_NaN();
        if (k == 2025)
            return 0.0;
        return 100.0 + 0.37 * (k % 11) + 1.9;
    };
    for (int base : {2000, 2010, 2015, 2030}) {
        // When every year 2000–2030 is chained from the base in one walk
        std::map<int, ChainOutcome> each;
        ComparablePriceSeries::chainEach(base, 2000, 2030, points,
                                         [&](int y, const ChainOutcome& o) { each.emplace(y, o); });
        // Then each year is exactly chain(base, year): factor, kind and the year it names
        ASSERT_EQ(each.size(), 31u) << base;
        for (int y = 2000; y <= 2030; ++y) {
            const ChainOutcome one = ComparablePriceSeries::chain(base, y, points);
            SCOPED_TRACE(std::to_string(base) + " → " + std::to_string(y));
            EXPECT_EQ(each.at(y).kind, one.kind);
            EXPECT_EQ(each.at(y).year, one.year);
            if (one.ok()) {
                EXPECT_EQ(each.at(y).factor, one.factor); // bit for bit
            }
        }
    }
    // And the rules hold: 2011 from 2010 is one link; 2013 from 2010 crosses the 2012 gap; 2026 from 2015 passes
    // the zero of 2025 (not positive, reported before a gap)
    EXPECT_TRUE(ComparablePriceSeries::chain(2010, 2011, points).ok());
    EXPECT_EQ(ComparablePriceSeries::chain(2010, 2013, points).kind, ChainOutcome::Gap);
    EXPECT_EQ(ComparablePriceSeries::chain(2010, 2013, points).year, 2012);
    EXPECT_EQ(ComparablePriceSeries::chain(2010, 2026, points).kind, ChainOutcome::NonPositiveIndex);
    EXPECT_EQ(ComparablePriceSeries::chain(2010, 2026, points).year, 2025);
    EXPECT_EQ(ComparablePriceSeries::chain(2015, 2005, points).kind, ChainOutcome::Gap); // backwards too
}
