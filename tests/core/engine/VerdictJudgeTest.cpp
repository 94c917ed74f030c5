// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VerdictJudge.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
PlanTarget reductionTarget() {
    return {.id = "QZ-2020-GDP",
            .indicator = Indicator::WaterPerGdpReduction,
            .regionCode = "450700",
            .year = 2020,
            .comparator = Comparator::AtLeast,
            .value = 0.37,
            .unit = "%",
            .baseYear = 2015};
}
IndicatorValue value(double v, int year, ProvenanceKind kind = ProvenanceKind::Sourced) {
    return {.indicator = Indicator::WaterPerGdpReduction,
            .regionCode = "450700",
            .year = year,
            .value = v,
            .provenance = kind};
}
Verdict judgeWith(std::optional<IndicatorValue> now, std::optional<IndicatorValue> latest = std::nullopt,
                  std::optional<IndicatorValue> earlier = std::nullopt) {
    VerdictInputs in;
    in.atTargetYear = std::move(now);
    in.latestBefore = std::move(latest);
    in.earlierBefore = std::move(earlier);
    if (!in.atTargetYear)
        in.noDataReason = "no water use in 2020";
    return VerdictJudge(0.02).judge(reductionTarget(), in, "baseline");
}
} // namespace

TEST(VerdictJudge, metWithGapAndNoRequiredRate) {
    // Given a 40 % reduction against a ≥ 37 % target
    const Verdict v = judgeWith(value(0.40, 2020), value(0.30, 2019));
    // Then Met, gap +3 points, no rate needed, an explanation
    EXPECT_EQ(v.status, VerdictStatus::Met);
    ASSERT_TRUE(v.gap.has_value());
    EXPECT_NEAR(*v.gap, 0.03, 1e-12);
    EXPECT_FALSE(v.requiredAnnualRate.has_value());
    EXPECT_FALSE(v.explanation.empty());
    EXPECT_EQ(v.scenario, "baseline");
}

TEST(VerdictJudge, metByLessThanTheMarginIsAtRisk) {
    // Given 37.5 % against 37 %: met by 0.5 points < 2 % × 37 % = 0.74 points
    const Verdict v = judgeWith(value(0.375, 2020));
    // Then AtRisk, explained as within the margin
    EXPECT_EQ(v.status, VerdictStatus::AtRisk);
    EXPECT_NE(v.explanation.find("margin"), std::string::npos);
    // ... while 38 % (met by 1 point > 0.74) is Met
    EXPECT_EQ(judgeWith(value(0.38, 2020)).status, VerdictStatus::Met);
}

TEST(VerdictJudge, missedObservedButAtRiskWhenOnlyProjected) {
    // Given 30 % observed, or 30 % projected, in 2020
    const Verdict observed = judgeWith(value(0.30, 2020), value(0.25, 2019));
    const Verdict projected = judgeWith(value(0.30, 2020, ProvenanceKind::Projected));
    // Then observed is Missed (gap −7 points) and projected is AtRisk with projected provenance
    EXPECT_EQ(observed.status, VerdictStatus::Missed);
    EXPECT_NEAR(*observed.gap, -0.07, 1e-12);
    EXPECT_EQ(projected.status, VerdictStatus::AtRisk);
    EXPECT_EQ(projected.value->provenance, ProvenanceKind::Projected);
    // ... and the missed one states the rate that was needed from 2019: (0.63 / 0.75) − 1 = −16 %
    ASSERT_TRUE(observed.requiredAnnualRate.has_value());
    EXPECT_NEAR(*observed.requiredAnnualRate, 0.63 / 0.75 - 1.0, 1e-12);
}

TEST(VerdictJudge, trendShortOfTheTargetIsAtRiskWithTheRateStillNeeded) {
    // Given no 2020 value, 8 % in 2016 and 15 % in 2017 (trend +7 points/yr → 36 % in 2020)
    const Verdict v = judgeWith(std::nullopt, value(0.15, 2017), value(0.08, 2016));
    // Then AtRisk, gap −1 point, and the intensity must change by (0.63 / 0.85)^(1/3) − 1 = −9.50 %/yr
    EXPECT_EQ(v.status, VerdictStatus::AtRisk);
    EXPECT_NEAR(*v.gap, -0.01, 1e-9);
    ASSERT_TRUE(v.requiredAnnualRate.has_value());
    EXPECT_NEAR(*v.requiredAnnualRate, -0.0950167, 1e-6);
    EXPECT_EQ(v.value->provenance, ProvenanceKind::Projected);
}

TEST(VerdictJudge, noDataWithTheReason) {
    // Given nothing at all
    const Verdict v = judgeWith(std::nullopt);
    // Then NoData, no value, and the reason in the explanation
    EXPECT_EQ(v.status, VerdictStatus::NoData);
    EXPECT_FALSE(v.value.has_value());
    EXPECT_NE(v.explanation.find("no water use in 2020"), std::string::npos);
}

TEST(VerdictJudge, requiredAnnualRateForReductionsAndCaps) {
    // Given a 37 % cut over 5 years from the base year: 1 − 0.63^(1/5) = 8.83 %/yr decline
    auto cut = VerdictJudge::requiredAnnualRate(Indicator::WaterPerGdpReduction, 0.0, 2015, 0.37, 2020);
    ASSERT_TRUE(cut.has_value());
    EXPECT_NEAR(*cut, -0.0882661, 1e-6);
    EXPECT_NEAR(-*cut, 0.088, 0.001);
    // Given 15.00 亿m³ in 2019 and a 16.53 亿m³ cap in 2022: (16.53 / 15)^(1/3) − 1 = +3.29 %/yr of room
    auto cap = VerdictJudge::requiredAnnualRate(Indicator::TotalWaterUse, 15.0e8, 2019, 16.53e8, 2022);
    ASSERT_TRUE(cap.has_value());
    EXPECT_NEAR(*cap, 0.0329054, 1e-6);
    // Given no years left, or a non-positive value: no rate
    EXPECT_FALSE(VerdictJudge::requiredAnnualRate(Indicator::TotalWaterUse, 15.0e8, 2022, 16.53e8, 2022));
    EXPECT_FALSE(VerdictJudge::requiredAnnualRate(Indicator::IrrigationCoefficient, 0.0, 2019, 0.5, 2022));
}

TEST(VerdictJudge, keepsTheProvenanceOfAnEstimatedValue) {
    // Given an estimated 40 % reduction
    const Verdict v = judgeWith(value(0.40, 2020, ProvenanceKind::Estimate));
    // Then the verdict is Met but its value is still an estimate, and the explanation says so
    EXPECT_EQ(v.status, VerdictStatus::Met);
    EXPECT_EQ(v.value->provenance, ProvenanceKind::Estimate);
    EXPECT_NE(v.explanation.find("estimate"), std::string::npos);
}

TEST(VerdictJudge, capsAreMetBelowTheCap) {
    // Given a 16.53 亿m³ cap and 15.9 亿m³ of use (3.8 % below, beyond the 2 % margin)
    PlanTarget cap{.id = "QZ-2022-W",
                   .indicator = Indicator::TotalWaterUse,
                   .regionCode = "450700",
                   .year = 2022,
                   .comparator = Comparator::AtMost,
                   .value = 16.53e8,
                   .unit = "亿m³"};
    VerdictInputs in;
    in.atTargetYear = IndicatorValue{.indicator = Indicator::TotalWaterUse, .year = 2022, .value = 15.9e8};
    const Verdict met = VerdictJudge().judge(cap, in, "baseline");
    in.atTargetYear->value = 16.6e8;
    const Verdict missed = VerdictJudge().judge(cap, in, "baseline");
    // Then Met with gap −0.63 亿m³, and 16.6 is Missed
    EXPECT_EQ(met.status, VerdictStatus::Met);
    EXPECT_NEAR(*met.gap, -0.63e8, 1.0);
    EXPECT_EQ(missed.status, VerdictStatus::Missed);
    EXPECT_NE(met.explanation.find("亿m³"), std::string::npos);
}

TEST(VerdictStatus, hasStableIds) {
    EXPECT_STREQ(verdictStatusId(VerdictStatus::Met), "met");
    EXPECT_STREQ(verdictStatusId(VerdictStatus::AtRisk), "at-risk");
    EXPECT_STREQ(verdictStatusId(VerdictStatus::Missed), "missed");
    EXPECT_STREQ(verdictStatusId(VerdictStatus::NoData), "no-data");
}
