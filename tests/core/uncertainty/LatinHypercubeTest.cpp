// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/LatinHypercube.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

using namespace jieshui::core;

TEST(LatinHypercubeTest, EveryInputTakesEveryStratumExactlyOnce) {
    for (std::uint32_t draws : {1U, 2U, 3U, 7U, 64U, 65U, 1000U, 10000U}) {
        const LatinHypercube design(draws, 42);
        for (std::uint32_t input : {0U, 1U, 2U, 17U, 1887U}) {
            std::vector<int> seen(draws, 0);
            for (std::uint32_t i = 0; i < draws; ++i) {
                const std::uint32_t s = design.stratum(i, input);
                ASSERT_LT(s, draws);
                ++seen[s];
            }
            for (std::uint32_t s = 0; s < draws; ++s)
                ASSERT_EQ(seen[s], 1) << "draws " << draws << ", input " << input << ", stratum " << s;
        }
    }
}

TEST(LatinHypercubeTest, SameSeedSameDesignOtherSeedOtherDesign) {
    const LatinHypercube a(1000, 7);
    const LatinHypercube b(1000, 7);
    const LatinHypercube c(1000, 8);
    int differ = 0;
    for (std::uint32_t i = 0; i < 1000; ++i) {
        EXPECT_EQ(a.stratum(i, 3), b.stratum(i, 3));
        differ += a.stratum(i, 3) != c.stratum(i, 3) ? 1 : 0;
    }
    EXPECT_GT(differ, 900);
}

TEST(LatinHypercubeTest, ProbabilitiesAreStratumMiddles) {
    const LatinHypercube design(4, 1);
    double sum = 0.0;
    for (std::uint32_t i = 0; i < 4; ++i) {
        const double p = design.probability(i, 0);
        EXPECT_DOUBLE_EQ(std::fmod(p * 4.0, 1.0), 0.5);
        sum += p;
    }
    EXPECT_DOUBLE_EQ(sum, 2.0); // 1/8 + 3/8 + 5/8 + 7/8
}

TEST(LatinHypercubeTest, InputsArePairedAtRandom) {
    // Independent inputs: the rank correlation of two inputs over N draws is about N(0, 1/N); |r| < 5/√N
    // would fail by chance less than once in a million. Structured designs (the same permutation for every
    // input, or a shift) correlate fully.
    const std::uint32_t n = 10000;
    const LatinHypercube design(n, 2026);
    for (std::uint32_t d = 0; d < 20; ++d) {
        double sxy = 0.0;
        const double mean = (n - 1) / 2.0;
        const double variance = (static_cast<double>(n) * n - 1.0) / 12.0;
        for (std::uint32_t i = 0; i < n; ++i)
            sxy += (design.stratum(i, d) - mean) * (design.stratum(i, d + 1) - mean);
        const double r = sxy / (n * variance);
        EXPECT_LT(std::abs(r), 5.0 / std::sqrt(double(n))) << "inputs " << d << " and " << d + 1;
        // and no input follows the draw order
        double sxi = 0.0;
        for (std::uint32_t i = 0; i < n; ++i)
            sxi += (design.stratum(i, d) - mean) * (i - mean);
        EXPECT_LT(std::abs(sxi / (n * variance)), 5.0 / std::sqrt(double(n)));
    }
}
