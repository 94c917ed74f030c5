// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/QuotaAllocator.h"

#include "ScenarioToyData.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace jieshui::core;

namespace {
/** City C0 with counties A, B and C, each with the given total water use (all in farmland) in 2015. */
Dataset threeCounties(double a, double b, double c) {
    Dataset d = toy::regionsOnly();
    EXPECT_TRUE(d.addRegion({.code = "C", .kind = RegionKind::County, .parentCode = "C0"}).isOk());
    toy::put(d, "A", 2015, var::WaterTotalReported, a);
    toy::put(d, "B", 2015, var::WaterTotalReported, b);
    toy::put(d, "C", 2015, var::WaterTotalReported, c);
    return d;
}

double sumOf(const Allocation& a) {
    double s = 0.0;
    for (const auto& share : a.shares)
        s += share.volume;
    return s;
}

Allocation request(AllocationMethod method, double cap, int year = 2022) {
    return Allocation{
        .id = "t", .scenario = "baseline", .parentRegion = "C0", .year = year, .cap = cap, .method = method};
}
} // namespace

TEST(QuotaAllocator, baseYearShareOfAnAwkwardCapAmongThreeEqualCountiesSumsExactly) {
    // Given three counties with equal 2015 use and the 2022 cap of 16.54 亿m³ = 165,400 units of 1 万m³
    const Dataset d = threeCounties(4e8, 4e8, 4e8);
    // When splitting by base-year share
    auto r = QuotaAllocator(d).allocate(
        request(AllocationMethod::BaseYearShare, hundredMillionCubicMetres(16.54).value()));
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then 165,400 / 3 = 55,133.33 units: floors 55,133 each, the one spare unit to the first (a tie)
    ASSERT_EQ(r.value().shares.size(), 3u);
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume, 55134e4);
    EXPECT_DOUBLE_EQ(r.value().shares[1].volume, 55133e4);
    EXPECT_DOUBLE_EQ(r.value().shares[2].volume, 55133e4);
    EXPECT_EQ(sumOf(r.value()), r.value().cap); // exactly
    EXPECT_EQ(r.value().remainder, 0.0);
}

TEST(QuotaAllocator, thePlanCapOf1653AmongThreeThirdsSumsExactly) {
    // 16.53 亿m³ = 165,300 units; 1/3 each = 55,100 units exactly
    const Dataset d = threeCounties(1.0, 1.0, 1.0);
    auto r = QuotaAllocator(d).allocate(
        request(AllocationMethod::BaseYearShare, hundredMillionCubicMetres(16.53).value()));
    ASSERT_TRUE(r.isOk());
    for (const auto& s : r.value().shares)
        EXPECT_DOUBLE_EQ(s.volume, 5.51e8);
    EXPECT_EQ(sumOf(r.value()), hundredMillionCubicMetres(16.53).value());
}

TEST(QuotaAllocator, largestRemainderGoesToTheLargestFractionsAndAnOddCapStillSums) {
    // Weights 1 : 2 : 4 of 10 units: exact 1.43, 2.86, 5.71 → floors 1, 2, 5 (8); the two spare units go to
    // the largest fractions .86 and .71 → 1, 3, 6
    auto v = QuotaAllocator::splitByLargestRemainder(10.0, {1.0, 2.0, 4.0}, 1.0);
    EXPECT_EQ(v, (std::vector<double>{1.0, 3.0, 6.0}));
    // A cap that is not a whole number of units: the odd 0.37 m³ goes to the largest share, Σ stays exact
    const double cap = 1000.5e4 + 0.37;
    auto w = QuotaAllocator::splitByLargestRemainder(cap, {1.0, 1.0, 1.0}, 1e4);
    EXPECT_EQ(std::accumulate(w.begin(), w.end(), 0.0), cap);
    EXPECT_DOUBLE_EQ(w[1], 333e4);
}

TEST(QuotaAllocator, equalIntensityReductionScalesBaseUseByRealGrowth) {
    // Given A used 60 and B 40 (10⁴ m³) in 2015 with GDP 1 亿 each; A grew 10 % a year in 2016–2017,
    // B 0 %. Weights: A 60 × 1.21 = 72.6, B 40 × 1 = 40; cap 1,126 万m³ → A 726, B 400 万m³
    Dataset d = toy::regionsOnly();
    toy::put(d, "A", 2015, var::WaterTotalReported, 60e4);
    toy::put(d, "B", 2015, var::WaterTotalReported, 40e4);
    toy::put(d, "A", 2015, var::GdpCurrent, 1e8);
    toy::put(d, "B", 2015, var::GdpCurrent, 1e8);
    for (int y : {2016, 2017}) {
        toy::put(d, "A", y, var::GdpIndex, 110.0);
        toy::put(d, "B", y, var::GdpIndex, 100.0);
    }
    auto r = QuotaAllocator(d).allocate(request(AllocationMethod::EqualIntensityReduction, 1126e4, 2017));
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume, 726e4);
    EXPECT_DOUBLE_EQ(r.value().shares[1].volume, 400e4);
    // And both cut their water per real GDP by the same share: A 726/(60 × 1.21) = B 400/40 = 10
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume / (60e4 * 1.21), r.value().shares[1].volume / 40e4);
    // A gap in B's index chain is located
    d.removeStatistic("B", var::GdpIndex, 2016);
    auto gap = QuotaAllocator(d).allocate(request(AllocationMethod::EqualIntensityReduction, 1126e4, 2017));
    ASSERT_TRUE(gap.hasError());
    EXPECT_EQ(gap.error().code(), ErrorCode::IndexChainGap);
    EXPECT_EQ(gap.error().location().region, "B");
    EXPECT_EQ(gap.error().location().year, 2016);
}

TEST(QuotaAllocator, gdpShareFollowsTargetYearGdp) {
    // GDP 3 : 1 in 2022, cap 100 万m³ → 75 and 25 万m³
    Dataset d = toy::regionsOnly();
    toy::put(d, "A", 2022, var::GdpCurrent, 3e9);
    toy::put(d, "B", 2022, var::GdpCurrent, 1e9);
    auto r = QuotaAllocator(d).allocate(request(AllocationMethod::GdpShare, 100e4));
    ASSERT_TRUE(r.isOk());
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume, 75e4);
    EXPECT_DOUBLE_EQ(r.value().shares[1].volume, 25e4);
}

TEST(QuotaAllocator, aPinnedShareIsHonouredAndTheRestSplitAmongTheOthers) {
    // Given equal base use, a cap of 160 万m³ and B pinned at 50 万m³: the other 110 go 55 / 55
    const Dataset d = threeCounties(1e6, 1e6, 1e6);
    Allocation req = request(AllocationMethod::BaseYearShare, 160e4);
    req.shares = {{.regionCode = "B", .volume = 50e4, .manual = true}};
    auto r = QuotaAllocator(d).allocate(req);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume, 55e4);
    EXPECT_DOUBLE_EQ(r.value().shares[1].volume, 50e4);
    EXPECT_TRUE(r.value().shares[1].manual);
    EXPECT_FALSE(r.value().shares[0].manual);
    EXPECT_DOUBLE_EQ(r.value().shares[2].volume, 55e4);
    EXPECT_EQ(sumOf(r.value()), 160e4);
    // Pinned shares above the cap are refused
    req.shares[0].volume = 200e4;
    EXPECT_EQ(QuotaAllocator(d).allocate(req).error().code(), ErrorCode::InvalidValue);
}

TEST(QuotaAllocator, manualReportsTheRemainderAndNeverSpreadsIt) {
    const Dataset d = threeCounties(1.0, 1.0, 1.0);
    // Under-allocated: 50 + 60 of 120 万m³, C not typed → remainder +10 万m³, C gets no share (no quota,
    // not a quota of 0)
    Allocation req = request(AllocationMethod::Manual, 120e4);
    req.shares = {{.regionCode = "A", .volume = 50e4}, {.regionCode = "B", .volume = 60e4}};
    auto r = QuotaAllocator(d).allocate(req);
    ASSERT_TRUE(r.isOk());
    EXPECT_DOUBLE_EQ(r.value().remainder, 10e4);
    ASSERT_EQ(r.value().shares.size(), 2u);
    EXPECT_EQ(r.value().shares[0].regionCode, "A");
    EXPECT_EQ(r.value().shares[1].regionCode, "B");
    EXPECT_TRUE(r.value().shares[1].manual);
    EXPECT_DOUBLE_EQ(r.value().shares[0].volume, 50e4);
    // A county typed as 0 keeps its quota of 0: typed, not missing
    req.shares.push_back({.regionCode = "C", .volume = 0.0});
    auto typedZero = QuotaAllocator(d).allocate(req);
    ASSERT_TRUE(typedZero.isOk());
    ASSERT_EQ(typedZero.value().shares.size(), 3u);
    EXPECT_DOUBLE_EQ(typedZero.value().shares[2].volume, 0.0);
    req.shares.pop_back();
    // Over-allocated: 70 + 60 → remainder −10 万m³
    req.shares[0].volume = 70e4;
    EXPECT_DOUBLE_EQ(QuotaAllocator(d).allocate(req).value().remainder, -10e4);
}

TEST(QuotaAllocator, refusesNegativeCapNoChildrenUnknownChildAndMissingBaseYearData) {
    const Dataset d = threeCounties(1.0, 1.0, 1.0);
    EXPECT_EQ(QuotaAllocator(d).allocate(request(AllocationMethod::BaseYearShare, -1.0)).error().code(),
              ErrorCode::InvalidValue);
    Allocation leaf = request(AllocationMethod::BaseYearShare, 1e4);
    leaf.parentRegion = "A"; // A has no children
    EXPECT_EQ(QuotaAllocator(d).allocate(leaf).error().code(), ErrorCode::MissingData);
    Allocation stranger = request(AllocationMethod::Manual, 1e4);
    stranger.shares = {{.regionCode = "Z", .volume = 1.0}};
    EXPECT_EQ(QuotaAllocator(d).allocate(stranger).error().code(), ErrorCode::UnknownRegion);
    // Missing base-year use for B: located at B, 2015
    Dataset partial = threeCounties(1.0, 1.0, 1.0);
    partial.removeStatistic("B", var::WaterTotalReported, 2015);
    auto m = QuotaAllocator(partial).allocate(request(AllocationMethod::BaseYearShare, 1e4));
    ASSERT_TRUE(m.hasError());
    EXPECT_EQ(m.error().code(), ErrorCode::MissingData);
    EXPECT_EQ(m.error().location().region, "B");
    EXPECT_EQ(m.error().location().year, 2015);
}
