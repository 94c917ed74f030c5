// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IrrigationCoefficientAggregator.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
// Volumes in 万m³, areas in 万亩.
DistrictIrrigation district(const std::string& code, DistrictClass c, double designArea,
                            std::optional<double> gross, std::optional<double> net, bool sample) {
    DistrictIrrigation d;
    d.code = code;
    d.profile.districtClass = c;
    d.profile.designArea = tenThousandMu(designArea);
    d.profile.effectiveArea = tenThousandMu(designArea);
    if (gross)
        d.gross = tenThousandCubicMetres(*gross);
    if (net)
        d.net = tenThousandCubicMetres(*net);
    d.isSample = sample;
    return d;
}
DistrictIrrigation small(const std::string& code, SourceType s, std::optional<double> gross,
                         std::optional<double> net, bool sample) {
    DistrictIrrigation d = district(code, DistrictClass::Small, 0.5, gross, net, sample);
    d.profile.sourceType = s;
    return d;
}
DistrictIrrigation well(const std::string& code, WellMethod m, double gross, std::optional<double> net,
                        bool sample) {
    DistrictIrrigation d = district(code, DistrictClass::WellOnly, 0.2, gross, net, sample);
    d.profile.wellMethod = m;
    return d;
}

std::vector<DistrictIrrigation> mixedTable() {
    return {
        // 大型 (all samples): η 0.50 and 0.55
        district("L1", DistrictClass::Large, 35, 100, 50, false),
        district("L2", DistrictClass::Large, 40, 300, 165, true),
        // 中型 band 15–30: one sample (0.50) and one non-sample
        district("M1", DistrictClass::Medium, 20, 200, 100, true),
        district("M2", DistrictClass::Medium, 18, 100, std::nullopt, false),
        // 中型 band 5–15: samples 0.60 and 0.50, one non-sample
        district("M3", DistrictClass::Medium, 8, 50, 30, true),
        district("M4", DistrictClass::Medium, 6, 150, 75, true),
        district("M5", DistrictClass::Medium, 10, 100, std::nullopt, false),
        // 小型 pumped: samples 0.60 and 0.50, one non-sample; gravity: sample 0.65, one non-sample
        small("S1", SourceType::Pumped, 10, 6, true),
        small("S2", SourceType::Pumped, 30, 15, true),
        small("S3", SourceType::Pumped, 60, std::nullopt, false),
        small("S4", SourceType::Gravity, 20, 13, true),
        small("S5", SourceType::Gravity, 80, std::nullopt, false),
        // 纯井: pipe sample 0.75; sprinkler sample 0.85 and a non-sample
        well("W1", WellMethod::Pipe, 40, 30, true),
        well("W2", WellMethod::Sprinkler, 10, 8.5, true),
        well("W3", WellMethod::Sprinkler, 50, std::nullopt, false),
    };
}
} // namespace

TEST(IrrigationCoefficientAggregator, aggregatesAMixedTableByClassBandTypeAndMethod) {
    // Given the mixed table above
    const IrrigationCoefficientAggregator aggregator;
    // When it is aggregated with gross-water weights
    auto eta = aggregator.aggregate(mixedTable());
    // Then, by hand:
    //   大型 = (50 + 165) / (100 + 300) = 0.5375, W = 400
    //   中型: band 15–30 = 0.50 (W all = 300); band 5–15 = (30 + 75) / (50 + 150) = 0.525 (W all = 300);
    //         η = (0.50·300 + 0.525·300) / 600 = 0.5125, W = 600
    //   小型: pumped = mean(0.60, 0.50) = 0.55 (W all = 100); gravity = 0.65 (W all = 100);
    //         η = (0.55·100 + 0.65·100) / 200 = 0.60, W = 200
    //   纯井: pipe 0.75 (W 40); sprinkler 0.85 (W all = 60); η = (30 + 51) / 100 = 0.81, W = 100
    //   区域 = (0.5375·400 + 0.5125·600 + 0.60·200 + 0.81·100) / 1300 = 723.5 / 1300 = 0.5565385
    ASSERT_TRUE(eta.isOk()) << eta.error().toString();
    const IrrigationCoefficient& c = eta.value();
    EXPECT_NEAR(c.large->value(), 0.5375, 1e-12);
    EXPECT_NEAR(c.medium->value(), 0.5125, 1e-12);
    EXPECT_NEAR(c.small->value(), 0.60, 1e-12);
    EXPECT_NEAR(c.wellOnly->value(), 0.81, 1e-12);
    EXPECT_NEAR(c.value.value(), 723.5 / 1300.0, 1e-12);
    EXPECT_EQ(c.districtCount, 15);
    EXPECT_EQ(c.sampleCount, 10);
}

TEST(IrrigationCoefficientAggregator, smallTypesUseThePlainMeanNotTheWeightedOne) {
    // Given only the two pumped small samples 6/10 and 15/30
    const IrrigationCoefficientAggregator aggregator;
    auto eta = aggregator.aggregate(
        {small("S1", SourceType::Pumped, 10, 6, true), small("S2", SourceType::Pumped, 30, 15, true)});
    // Then η = (0.6 + 0.5) / 2 = 0.55, not the gross-weighted 21/40 = 0.525
    ASSERT_TRUE(eta.isOk());
    EXPECT_NEAR(eta.value().value.value(), 0.55, 1e-12);
}

TEST(IrrigationCoefficientAggregator, weighsByEffectiveAreaTimesGrossPerMuWhenAsked) {
    // Given a gravity sample (10 万m³, 0.6, 0.5 万亩), a gravity non-sample without gross water
    // (1.5 万亩) and a pumped sample (20 万m³, 0.5, 1 万亩)
    DistrictIrrigation g1 = small("G1", SourceType::Gravity, 10, 6, true);
    g1.profile.effectiveArea = tenThousandMu(0.5);
    DistrictIrrigation g2 = small("G2", SourceType::Gravity, std::nullopt, std::nullopt, false);
    g2.profile.effectiveArea = tenThousandMu(1.5);
    DistrictIrrigation p1 = small("P1", SourceType::Pumped, 20, 10, true);
    p1.profile.effectiveArea = tenThousandMu(1.0);
    const std::vector<DistrictIrrigation> table{g1, g2, p1};
    // When aggregated with each basis
    auto byGross = IrrigationCoefficientAggregator(IrrigationWeightBasis::GrossWater).aggregate(table);
    auto byArea =
        IrrigationCoefficientAggregator(IrrigationWeightBasis::EffectiveAreaTimesGrossPerMu).aggregate(table);
    // Then gross: (0.6·10 + 0.5·20) / 30 = 0.53333;
    //      area:  gravity weight 2.0 万亩 × (10 / 0.5) = 40, pumped 1.0 × 20 = 20 → (24 + 10) / 60 = 0.56667
    ASSERT_TRUE(byGross.isOk());
    ASSERT_TRUE(byArea.isOk());
    EXPECT_NEAR(byGross.value().value.value(), 16.0 / 30.0, 1e-12);
    EXPECT_NEAR(byArea.value().value.value(), 34.0 / 60.0, 1e-12);
}

TEST(IrrigationCoefficientAggregator, leavesOutABandWithoutSamplesAndSaysSo) {
    // Given medium band 15–30 with a sample (0.5, 200) and band 1–5 with only a non-sample
    auto eta = IrrigationCoefficientAggregator().aggregate(
        {district("M1", DistrictClass::Medium, 20, 200, 100, true),
         district("M9", DistrictClass::Medium, 2, 100, std::nullopt, false)});
    // Then η = 0.5 from the band that has a sample, and the note names the band left out
    ASSERT_TRUE(eta.isOk());
    EXPECT_NEAR(eta.value().value.value(), 0.5, 1e-12);
    EXPECT_NE(eta.value().notes.find("medium band 1-5"), std::string::npos);
}

TEST(IrrigationCoefficientAggregator, rejectsCoefficientsOutsideZeroToOneNamingTheDistrict) {
    // Given a district with net above gross, one with zero net water, and one with negative gross
    const IrrigationCoefficientAggregator aggregator;
    auto above = aggregator.aggregate({district("BAD-1", DistrictClass::Large, 35, 100, 120, true)});
    auto zero = aggregator.aggregate({district("BAD-2", DistrictClass::Large, 35, 100, 0, true)});
    auto negative =
        aggregator.aggregate({district("BAD-3", DistrictClass::Medium, 8, -5, std::nullopt, false)});
    // Then each is InvalidValue naming the district
    for (const auto* r : {&above, &zero, &negative}) {
        ASSERT_TRUE(r->hasError());
        EXPECT_EQ(r->error().code(), ErrorCode::InvalidValue);
    }
    EXPECT_EQ(above.error().location().region, "BAD-1");
    EXPECT_EQ(zero.error().location().region, "BAD-2");
    EXPECT_EQ(negative.error().location().region, "BAD-3");
    // ... and no sample at all is MissingData
    auto none = aggregator.aggregate({district("M2", DistrictClass::Medium, 8, 100, std::nullopt, false)});
    ASSERT_TRUE(none.hasError());
    EXPECT_EQ(none.error().code(), ErrorCode::MissingData);
}
