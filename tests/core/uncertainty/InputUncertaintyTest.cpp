// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/InputUncertainty.h"

#include <boost/math/distributions/normal.hpp>
#include <gtest/gtest.h>

#include <cmath>

using namespace jieshui::core;

TEST(InputUncertaintyTest, NormalQuantileMatchesBoostAcrossTheRange) {
    const boost::math::normal standard;
    for (double p : {1e-300, 1e-100, 1e-20, 1e-9, 1e-5, 0.001, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.425, 0.5, 0.575,
                     0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1.0 - 1e-9}) {
        const double expected = boost::math::quantile(standard, p);
        EXPECT_NEAR(standardNormalQuantile(p), expected, 1e-13 * std::max(1.0, std::abs(expected))) << "p = " << p;
    }
    EXPECT_DOUBLE_EQ(standardNormalQuantile(0.5), 0.0);
    EXPECT_NEAR(standardNormalQuantile(0.95), 1.6448536269514722, 1e-15);
    EXPECT_TRUE(std::isinf(standardNormalQuantile(0.0)));
    EXPECT_TRUE(std::isnan(standardNormalQuantile(1.5)));
}

TEST(InputUncertaintyTest, NormalCdfInvertsTheQuantile) {
    for (double p = 0.0005; p < 1.0; p += 0.0131)
        EXPECT_NEAR(standardNormalCdf(standardNormalQuantile(p)), p, 1e-14);
}

TEST(InputUncertaintyTest, BoundedDistributionsSpanMinusOneToOne) {
    for (DistributionKind kind : {DistributionKind::Triangular, DistributionKind::Uniform}) {
        EXPECT_DOUBLE_EQ(InputUncertainty::standardQuantile(kind, 0.0), -1.0);
        EXPECT_DOUBLE_EQ(InputUncertainty::standardQuantile(kind, 0.5), 0.0);
        EXPECT_DOUBLE_EQ(InputUncertainty::standardQuantile(kind, 1.0), 1.0);
        for (double p = 0.01; p < 1.0; p += 0.07)
            EXPECT_NEAR(InputUncertainty::standardCdf(kind, InputUncertainty::standardQuantile(kind, p)), p, 1e-12);
    }
    // The triangle's 5 % point: (1 + d)²/2 = 0.05 → d = √0.1 − 1.
    EXPECT_NEAR(InputUncertainty::standardQuantile(DistributionKind::Triangular, 0.05), std::sqrt(0.1) - 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(InputUncertainty::standardQuantile(DistributionKind::Uniform, 0.05), -0.9);
}

TEST(InputUncertaintyTest, ChecksTheSpread) {
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Relative, 0.1}.check().isOk()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Relative, 0.0}.check().isOk()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Uniform, SpreadKind::Absolute, 5e7}.check().isOk()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Relative, -0.1}.check().hasError()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Relative, 1.5}.check().hasError()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Absolute, NAN}.check().hasError()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Absolute, INFINITY}.check().hasError()));
    EXPECT_TRUE((InputUncertainty{DistributionKind::Normal, SpreadKind::Relative, 0.0}.isCertain()));
}

TEST(InputUncertaintyTest, IdsRoundTrip) {
    for (DistributionKind k : {DistributionKind::Normal, DistributionKind::Triangular, DistributionKind::Uniform})
        EXPECT_EQ(distributionKindFromId(distributionKindId(k)), k);
    for (SpreadKind k : {SpreadKind::Relative, SpreadKind::Absolute})
        EXPECT_EQ(spreadKindFromId(spreadKindId(k)), k);
    EXPECT_FALSE(distributionKindFromId("lognormal"));
    EXPECT_FALSE(spreadKindFromId(""));
}
