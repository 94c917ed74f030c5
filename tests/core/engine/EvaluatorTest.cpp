// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Evaluator.h"

#include "model/Variable.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

constexpr double kYi = 1e8; // 亿 (m³ or yuan)

void add(Dataset& d, const std::string& region, std::string_view variable, int year, double value,
         ProvenanceKind kind = ProvenanceKind::Sourced, const std::string& unit = {}) {
    Statistic s{
        .regionCode = region, .year = year, .variable = std::string(variable), .value = value, .unit = unit};
    s.provenance.kind = kind;
    auto st = d.addStatistic(std::move(s));
    ASSERT_TRUE(st.isOk()) << st.error().toString();
}

/** City 450700 with counties 450702, 450703, 450721 (no statistics). */
Dataset cityWithCounties() {
    Dataset d;
    EXPECT_TRUE(d.addRegion({.code = "450700", .kind = RegionKind::City, .nameZh = "钦州市"}).isOk());
    for (const char* code : {"450702", "450703", "450721"})
        EXPECT_TRUE(d.addRegion({.code = code, .kind = RegionKind::County, .parentCode = "450700"}).isOk());
    return d;
}

/** Six sectors in 亿m³ (farmland, forestry..., industry, urban public, residential, ecological). */
void addSectors(Dataset& d, const std::string& region, int year, std::array<double, 6> yi,
                double nonconventional, ProvenanceKind residentialKind = ProvenanceKind::Sourced) {
    add(d, region, var::WaterFarmlandIrrigation, year, yi[0] * kYi);
    add(d, region, var::WaterForestryLivestockFishery, year, yi[1] * kYi);
    add(d, region, var::WaterIndustry, year, yi[2] * kYi);
    add(d, region, var::WaterUrbanPublic, year, yi[3] * kYi);
    add(d, region, var::WaterResidential, year, yi[4] * kYi, residentialKind);
    add(d, region, var::WaterEcological, year, yi[5] * kYi);
    add(d, region, var::WaterNonconventional, year, nonconventional * kYi);
}

/** City-level water 12.0 (2015) and 10.5 亿m³ (2020), GDP 944 / 1388 亿元, indices 2016–2020. */
Dataset cityReductionData() {
    Dataset d = cityWithCounties();
    addSectors(d, "450700", 2015, {8.0, 1.0, 1.5, 0.5, 0.8, 0.2}, 0.0);
    addSectors(d, "450700", 2020, {7.0, 0.8, 1.4, 0.5, 0.6, 0.2}, 0.0);
    add(d, "450700", var::GdpCurrent, 2015, 944.0 * kYi);
    add(d, "450700", var::GdpCurrent, 2020, 1388.0 * kYi);
    const double indices[] = {107.0, 106.5, 107.2, 105.8, 103.7};
    for (int y = 2016; y <= 2020; ++y)
        add(d, "450700", var::GdpIndex, y, indices[y - 2016]);
    return d;
}

PlanTarget gdpTarget2020() {
    return {.id = "QZ-2020-GDP",
            .indicator = Indicator::WaterPerGdpReduction,
            .regionCode = "450700",
            .year = 2020,
            .comparator = Comparator::AtLeast,
            .value = 0.37,
            .unit = "%",
            .baseYear = 2015,
            .priceBaseYear = 2015};
}

} // namespace

TEST(Evaluator, sumsCountiesForTheCityAndPropagatesEstimates) {
    // Given two counties with all sectors in 2020 (9.0 and 5.5 亿m³), one residential figure estimated,
    // and the third county with only a published total of 2.0 亿m³
    Dataset d = cityWithCounties();
    addSectors(d, "450702", 2020, {4.0, 1.0, 2.0, 0.5, 1.0, 0.5}, 0.3);
    addSectors(d, "450703", 2020, {3.0, 0.5, 1.0, 0.25, 0.5, 0.25}, 0.0, ProvenanceKind::Estimate);
    add(d, "450721", var::WaterTotalReported, 2020, 2.0 * kYi);
    const Evaluator evaluator(d);
    // When the totals are computed
    auto county = evaluator.compute(Indicator::TotalWaterUseAssessment, "450702", 2020);
    auto estimated = evaluator.compute(Indicator::TotalWaterUse, "450703", 2020);
    auto reported = evaluator.compute(Indicator::TotalWaterUse, "450721", 2020);
    auto city = evaluator.compute(Indicator::TotalWaterUse, "450700", 2020);
    // Then 450702 assessment = 9.0 − 0.3 = 8.7; 450703 = 5.5 (estimate); 450721 = 2.0 (reported);
    //      the city (no figures of its own) falls back to the published totals summed: 450721 has no sectors
    ASSERT_TRUE(county.isOk());
    EXPECT_NEAR(county.value().value, 8.7 * kYi, 1.0);
    ASSERT_TRUE(estimated.isOk());
    EXPECT_EQ(estimated.value().provenance, ProvenanceKind::Estimate);
    ASSERT_TRUE(reported.isOk());
    EXPECT_TRUE(reported.value().reported);
    // The city cannot sum sectors (450721 lacks them) nor totals (450702/450703 publish none): MissingData
    ASSERT_TRUE(city.hasError());
    EXPECT_EQ(city.error().code(), ErrorCode::MissingData);
    EXPECT_EQ(city.error().location().region, "450700");

    // Given the third county's sectors as well (1.0 亿m³ of farmland only, the rest zero)
    addSectors(d, "450721", 2020, {1.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 0.0);
    auto summed = Evaluator(d).compute(Indicator::TotalWaterUse, "450700", 2020);
    // Then the city is 9.0 + 5.5 + 1.0 = 15.5 亿m³, an estimate because one input is
    ASSERT_TRUE(summed.isOk()) << summed.error().toString();
    EXPECT_NEAR(summed.value().value, 15.5 * kYi, 1.0);
    EXPECT_EQ(summed.value().provenance, ProvenanceKind::Estimate);
}

TEST(Evaluator, computesTheComparablePriceReductionAndIntensity) {
    // Given 12.0 → 10.5 亿m³ and indices 107.0, 106.5, 107.2, 105.8, 103.7 (I_2020 = 1.3402709)
    const Dataset d = cityReductionData();
    const Evaluator evaluator(d);
    // When the reduction and the 2020 intensity are computed
    auto reduction = evaluator.compute(Indicator::WaterPerGdpReduction, "450700", 2020, 2015);
    auto intensity = evaluator.compute(Indicator::WaterPerGdp, "450700", 2020);
    // Then 1 − 0.875 / 1.3402709 = 34.71 %, and 10.5e8 m³ / 1388e4 万元 = 75.648 m³/万元 (current prices)
    ASSERT_TRUE(reduction.isOk()) << reduction.error().toString();
    EXPECT_NEAR(reduction.value().value, 0.3471469, 1e-6);
    EXPECT_NE(reduction.value().method.find("134.03"), std::string::npos);
    // And the method is said in Chinese too, for documents in Chinese (the report's appendix)
    EXPECT_EQ(reduction.value().methodZh, "2015年可比价，指数 I = 134.03（2015年 = 100）");
    ASSERT_TRUE(intensity.isOk());
    EXPECT_EQ(intensity.value().method, "current prices, bulletin scope");
    EXPECT_EQ(intensity.value().methodZh, "当年价，公报口径用水量");
    EXPECT_NEAR(inCubicMetresPerTenThousandYuan(WaterIntensity(intensity.value().value * cubicMetrePerYuan)),
                10.5e8 / 1388e4, 1e-9);
}

TEST(Evaluator, locatesIndexGapsMissingBaseYearsAndZeroGdp) {
    // Given the reduction data without the 2018 index
    Dataset gap = cityReductionData();
    gap.removeStatistic("450700", var::GdpIndex, 2018);
    auto gapped = Evaluator(gap).compute(Indicator::WaterPerGdpReduction, "450700", 2020, 2015);
    // Then IndexChainGap naming 2018 and the city
    ASSERT_TRUE(gapped.hasError());
    EXPECT_EQ(gapped.error().code(), ErrorCode::IndexChainGap);
    EXPECT_EQ(gapped.error().location().year, 2018);
    EXPECT_EQ(gapped.error().location().region, "450700");

    // Given a base year without data (2014): MissingData naming 2014
    const Dataset full = cityReductionData();
    auto noBase = Evaluator(full).compute(Indicator::WaterPerGdpReduction, "450700", 2020, 2014);
    ASSERT_TRUE(noBase.hasError());
    EXPECT_EQ(noBase.error().code(), ErrorCode::MissingData);
    EXPECT_EQ(noBase.error().location().year, 2014);

    // Given zero GDP in 2020: InvalidValue for the intensity and the reduction, never a number
    Dataset zero = cityReductionData();
    zero.removeStatistic("450700", var::GdpCurrent, 2020);
    add(zero, "450700", var::GdpCurrent, 2020, 0.0);
    auto intensity = Evaluator(zero).compute(Indicator::WaterPerGdp, "450700", 2020);
    auto reduction = Evaluator(zero).compute(Indicator::WaterPerGdpReduction, "450700", 2020);
    ASSERT_TRUE(intensity.hasError());
    EXPECT_EQ(intensity.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(intensity.error().location().field, "econ.gdp_current");
    ASSERT_TRUE(reduction.hasError());
    EXPECT_EQ(reduction.error().code(), ErrorCode::InvalidValue);

    // Given a negative sector volume: InvalidValue naming the field, region and year
    Dataset negative = cityReductionData();
    negative.removeStatistic("450700", var::WaterResidential, 2020);
    add(negative, "450700", var::WaterResidential, 2020, -1.0);
    auto total = Evaluator(negative).compute(Indicator::TotalWaterUse, "450700", 2020);
    ASSERT_TRUE(total.hasError());
    EXPECT_EQ(total.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(total.error().location().field, "water.residential");
    EXPECT_EQ(total.error().location().year, 2020);
}

TEST(Evaluator, marksTheAboveScaleIvaProxyAsApproximate) {
    // Given industry 1.5 → 1.4 亿m³, IVA indices 110 × 110 (I = 1.21) for 2016–2017, the 2017 one a proxy
    Dataset d = cityWithCounties();
    addSectors(d, "450700", 2015, {8.0, 1.0, 1.5, 0.5, 0.8, 0.2}, 0.0);
    addSectors(d, "450700", 2017, {8.0, 1.0, 1.4, 0.5, 0.8, 0.2}, 0.0);
    add(d, "450700", var::IvaIndex, 2016, 110.0);
    add(d, "450700", var::IvaIndex, 2017, 110.0);
    add(d, "450700", var::IvaIndexIsAboveScaleProxy, 2017, 1.0);
    // When the IVA reduction is computed
    auto r = Evaluator(d).compute(Indicator::WaterPerIvaReduction, "450700", 2017, 2015);
    // Then 1 − (1.4 / 1.5) / 1.21 = 0.228650, flagged 近似
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_NEAR(r.value().value, 1.0 - (1.4 / 1.5) / 1.21, 1e-12);
    EXPECT_NE(r.value().method.find("近似"), std::string::npos);
    EXPECT_NE(r.value().methodZh.find("近似：以规模以上工业增加值指数代替"), std::string::npos)
        << r.value().methodZh;
}

TEST(Evaluator, aggregatesIrrigationDistrictsOfCountiesAndFallsBackToReportedValues) {
    // Given a large district in 450702 (52/100 万m³) and two medium ones (band 5–15) in 450703, one a
    // sample (25/50) and one not (50), and 450721 with only a reported coefficient of 0.49
    Dataset d = cityWithCounties();
    const auto addDistrict = [&d](const std::string& code, DistrictClass c, double designArea,
                                  const std::string& county) {
        IrrigationDistrictProfile p{.districtClass = c,
                                    .designArea = tenThousandMu(designArea),
                                    .effectiveArea = tenThousandMu(designArea),
                                    .countyCode = county};
        ASSERT_TRUE(d.addRegion({.code = code,
                                 .kind = RegionKind::IrrigationDistrict,
                                 .parentCode = county,
                                 .irrigation = p})
                        .isOk());
    };
    addDistrict("D-L1", DistrictClass::Large, 35, "450702");
    addDistrict("D-M1", DistrictClass::Medium, 8, "450703");
    addDistrict("D-M2", DistrictClass::Medium, 10, "450703");
    add(d, "D-L1", var::IrrigationGross, 2020, 100e4);
    add(d, "D-L1", var::IrrigationNet, 2020, 52e4);
    add(d, "D-M1", var::IrrigationGross, 2020, 50e4);
    add(d, "D-M1", var::IrrigationNet, 2020, 25e4, ProvenanceKind::Estimate);
    add(d, "D-M1", var::IrrigationIsSample, 2020, 1.0);
    add(d, "D-M2", var::IrrigationGross, 2020, 50e4);
    add(d, "450721", var::IrrigationCoefficientReported, 2020, 0.49);
    const Evaluator evaluator(d);
    // When the coefficients are computed
    auto city = evaluator.compute(Indicator::IrrigationCoefficient, "450700", 2020);
    auto county = evaluator.compute(Indicator::IrrigationCoefficient, "450703", 2020);
    auto reported = evaluator.compute(Indicator::IrrigationCoefficient, "450721", 2020);
    auto district = evaluator.compute(Indicator::IrrigationCoefficient, "D-L1", 2020);
    // Then city = (0.52·100 + 0.50·100) / 200 = 0.51 (the medium band weighs all 100 万m³ of its districts),
    //      an estimate since D-M1's net water is; 450703 = 0.50; 450721 = 0.49 reported; D-L1 = 0.52
    ASSERT_TRUE(city.isOk()) << city.error().toString();
    EXPECT_NEAR(city.value().value, 0.51, 1e-12);
    EXPECT_EQ(city.value().provenance, ProvenanceKind::Estimate);
    EXPECT_NEAR(county.value().value, 0.50, 1e-12);
    ASSERT_TRUE(reported.isOk());
    EXPECT_TRUE(reported.value().reported);
    EXPECT_NEAR(reported.value().value, 0.49, 1e-12);
    EXPECT_NEAR(district.value().value, 0.52, 1e-12);

    // Given D-L1's net water above its gross water in 2021
    add(d, "D-L1", var::IrrigationGross, 2021, 100e4);
    add(d, "D-L1", var::IrrigationNet, 2021, 120e4);
    auto bad = Evaluator(d).compute(Indicator::IrrigationCoefficient, "450700", 2021);
    // Then InvalidValue naming the district and the year
    ASSERT_TRUE(bad.hasError());
    EXPECT_EQ(bad.error().code(), ErrorCode::InvalidValue);
    EXPECT_EQ(bad.error().location().region, "D-L1");
    EXPECT_EQ(bad.error().location().year, 2021);
}

TEST(Evaluator, weightsLeakageBySupplyAndReuseByVolume) {
    // Given U1 under 450702 (Q_s 1000, Q_a 850) and U2 under 450703 (Q_s 3000, Q_a 2700, 0.6 MPa),
    // reuse volumes 90/10 (450702) and 100/100 (450703) 万m³, and 450721 with reported rates only
    Dataset d = cityWithCounties();
    ASSERT_TRUE(
        d.addRegion({.code = "U1", .kind = RegionKind::SupplyUtility, .parentCode = "450702"}).isOk());
    ASSERT_TRUE(
        d.addRegion({.code = "U2", .kind = RegionKind::SupplyUtility, .parentCode = "450703"}).isOk());
    add(d, "U1", var::SupplyTotal, 2020, 1000e4);
    add(d, "U1", var::SupplyRegistered, 2020, 850e4);
    add(d, "U2", var::SupplyTotal, 2020, 3000e4);
    add(d, "U2", var::SupplyRegistered, 2020, 2700e4);
    add(d, "U2", var::SupplyMeanPressure, 2020, 0.6e6);
    add(d, "450702", var::ReuseReused, 2020, 90e4);
    add(d, "450702", var::ReuseFresh, 2020, 10e4);
    add(d, "450703", var::ReuseReused, 2020, 100e4);
    add(d, "450703", var::ReuseFresh, 2020, 100e4);
    add(d, "450721", var::LeakageRateReported, 2020, 0.11);
    add(d, "450721", var::ReuseRateReported, 2020, 0.8);
    const Evaluator evaluator(d);
    // When the rates are computed
    auto cityLeak = evaluator.compute(Indicator::LeakageRate, "450700", 2020);
    auto cityLeakComprehensive = evaluator.compute(Indicator::LeakageRateComprehensive, "450700", 2020);
    auto countyLeak = evaluator.compute(Indicator::LeakageRate, "450702", 2020);
    auto reportedLeak = evaluator.compute(Indicator::LeakageRate, "450721", 2020);
    auto noComprehensive = evaluator.compute(Indicator::LeakageRateComprehensive, "450721", 2020);
    auto county = evaluator.compute(Indicator::IndustrialReuseRate, "450703", 2020);
    auto reportedReuse = evaluator.compute(Indicator::IndustrialReuseRate, "450721", 2020);
    auto cityReuse = evaluator.compute(Indicator::IndustrialReuseRate, "450700", 2020);
    // Then leakage: city R_BL = (15 %·1000 + 9 %·3000) / 4000 = 10.5 %, R_WL = 11.25 %; 450702 = 15 %;
    //      450721 = 11 % reported; its comprehensive rate has no reported fallback
    ASSERT_TRUE(cityLeak.isOk()) << cityLeak.error().toString();
    EXPECT_NEAR(cityLeak.value().value, 0.105, 1e-12);
    EXPECT_NEAR(cityLeakComprehensive.value().value, 0.1125, 1e-12);
    EXPECT_NEAR(countyLeak.value().value, 0.15, 1e-12);
    EXPECT_TRUE(reportedLeak.value().reported);
    EXPECT_TRUE(noComprehensive.hasError());
    //      reuse: 450703 = 50 %; 450721 = 80 % reported; the city needs every county's volumes, and
    //      450721 has none, so it falls back to a reported city rate, which is absent: MissingData
    EXPECT_NEAR(county.value().value, 0.5, 1e-12);
    EXPECT_TRUE(reportedReuse.value().reported);
    ASSERT_TRUE(cityReuse.hasError());
    EXPECT_NE(cityReuse.error().message().find("450721"), std::string::npos);

    // Given 450721's volumes too (10 reused, 190 fresh 万m³: 5 %)
    add(d, "450721", var::ReuseReused, 2020, 10e4);
    add(d, "450721", var::ReuseFresh, 2020, 190e4);
    auto summed = Evaluator(d).compute(Indicator::IndustrialReuseRate, "450700", 2020);
    // Then the city sums volumes: (90 + 100 + 10) / (100 + 200 + 200) = 40 %, not the mean of the
    //      county percentages (90 % + 50 % + 5 %) / 3 = 48.33 %
    ASSERT_TRUE(summed.isOk()) << summed.error().toString();
    EXPECT_NEAR(summed.value().value, 200.0 / 500.0, 1e-12);
    auto details = evaluator.leakageDetails("450700", 2020);
    ASSERT_TRUE(details.isOk());
    EXPECT_NEAR(details.value().corrections.pressure.value(), 0.0075, 1e-12); // 1 % × 3000/4000
}

TEST(Evaluator, judgesTheScorecardWithStatusGapAndRate) {
    // Given the reduction data (34.71 % in 2020), a ≥ 37 % target for 2020 and a 16.53 亿m³ cap for 2022
    Dataset d = cityReductionData();
    ASSERT_TRUE(d.addTarget(gdpTarget2020()).isOk());
    ASSERT_TRUE(d.addTarget({.id = "QZ-2022-W",
                             .indicator = Indicator::TotalWaterUse,
                             .regionCode = "450700",
                             .year = 2022,
                             .comparator = Comparator::AtMost,
                             .value = 16.53 * kYi,
                             .unit = "亿m³"})
                    .isOk());
    const Evaluator evaluator(d);
    // When the scorecard of every year and of 2020 are computed
    const auto all = evaluator.scorecard();
    const auto only2020 = evaluator.scorecard({.year = 2020});
    // Then 2020 is Missed by 2.29 points with the 2015 → 2020 rate stated; the 2022 cap has no 2022 value and
    // the 2015–2020 trend stays under the cap: NoData with the trend in the explanation
    ASSERT_EQ(all.size(), 2u);
    ASSERT_EQ(only2020.size(), 1u);
    EXPECT_EQ(all[0].status, VerdictStatus::Missed);
    EXPECT_NEAR(*all[0].gap, 0.3471469 - 0.37, 1e-6);
    // Rate from 2015 (the latest year before 2020 with data, reduction 0): 0.63^(1/5) − 1
    ASSERT_TRUE(all[0].requiredAnnualRate.has_value());
    EXPECT_NEAR(*all[0].requiredAnnualRate, -0.0882661, 1e-6);
    EXPECT_EQ(all[1].status, VerdictStatus::NoData);
    EXPECT_NE(all[1].explanation.find("trend"), std::string::npos);
}

TEST(Evaluator, judgesCountiesAgainstAllocatedCapsOnly) {
    // Given county 450702 with 9.0 亿m³ (8.7 in the assessment scope) in 2020 and 450703 without data, a city
    // cap of 16.53 亿m³, and an allocation giving 450702 9.5 亿m³ and nothing to 450703
    Dataset d = cityWithCounties();
    addSectors(d, "450702", 2020, {4.0, 1.0, 2.0, 0.5, 1.0, 0.5}, 0.3);
    const Evaluator evaluator(d);
    const PlanTarget cap{.id = "QZ-2020-W",
                         .indicator = Indicator::TotalWaterUse,
                         .regionCode = "450700",
                         .year = 2020,
                         .comparator = Comparator::AtMost,
                         .value = 16.53 * kYi};
    Allocation allocation{.parentRegion = "450700", .year = 2020, .cap = 16.53 * kYi};
    allocation.shares.push_back({.regionCode = "450702", .volume = 9.5 * kYi});
    // When the counties are judged, with and without the allocation
    const auto withShares = evaluator.judgeRegions(cap, {"450702", "450703"}, {}, &allocation);
    const auto without = evaluator.judgeRegions(cap, {"450702"});
    // Then 450702 meets its 9.5 cap (8.7, gap −0.8 亿m³); 450703 has no share, nor has anyone without shares:
    // NoQuota
    ASSERT_EQ(withShares.size(), 2u);
    EXPECT_EQ(withShares[0].status, VerdictStatus::Met);
    EXPECT_NEAR(*withShares[0].gap, -0.8 * kYi, 1.0);
    EXPECT_EQ(withShares[0].target.regionCode, "450702");
    EXPECT_EQ(withShares[1].status, VerdictStatus::NoQuota);
    EXPECT_EQ(without[0].status, VerdictStatus::NoQuota);
    EXPECT_NE(without[0].explanation.find("no quota"), std::string::npos);

    // Given a rate target applied to the counties: each county's own value is judged
    add(d, "450702", var::LeakageRateReported, 2020, 0.09);
    const PlanTarget leak{.id = "QZ-2020-L",
                          .indicator = Indicator::LeakageRate,
                          .regionCode = "450700",
                          .year = 2020,
                          .comparator = Comparator::AtMost,
                          .value = 0.10};
    const auto leaks = Evaluator(d).judgeRegions(leak, {"450702", "450703"});
    EXPECT_EQ(leaks[0].status, VerdictStatus::Met);
    EXPECT_EQ(leaks[1].status, VerdictStatus::NoData);
}

TEST(Evaluator, judgesTaskMilestonesByTheirUnit) {
    // Given efficient irrigation area built: 1.0 万亩 in 2018 and 2.5 万亩 to date in 2019
    Dataset d = cityWithCounties();
    add(d, "450700", "task.04.efficient_irrigation_area", 2018, tenThousandMu(1.0).value(),
        ProvenanceKind::Sourced, "万亩");
    add(d, "450700", "task.04.efficient_irrigation_area", 2019, tenThousandMu(2.5).value(),
        ProvenanceKind::Sourced, "万亩");
    const Evaluator evaluator(d);
    PlanTarget stock{.id = "T4-2020",
                     .indicator = Indicator::TaskMilestone,
                     .regionCode = "450700",
                     .year = 2020,
                     .comparator = Comparator::AtLeast,
                     .value = tenThousandMu(3.2).value(),
                     .unit = "万亩",
                     .variable = "task.04.efficient_irrigation_area",
                     .taskNumber = 4};
    PlanTarget perYear = stock;
    perYear.year = 2019;
    perYear.unit = "万亩/年";
    perYear.value = tenThousandMu(1.6).value();
    // When judged
    const Verdict s = evaluator.judge(stock);
    const Verdict p = evaluator.judge(perYear);
    // Then the stock target takes the latest state up to 2020 (2.5 < 3.2: Missed); the per-year target takes
    // the 2019 amount (2.5 ≥ 1.6: Met)
    EXPECT_EQ(s.status, VerdictStatus::Missed);
    EXPECT_NEAR(inTenThousandMu(Area(s.value->value * squareMetre)), 2.5, 1e-9);
    EXPECT_EQ(p.status, VerdictStatus::Met);
    // ... and compute() without a variable says so
    auto plain = evaluator.compute(Indicator::TaskMilestone, "450700", 2020);
    ASSERT_TRUE(plain.hasError());
    EXPECT_EQ(plain.error().code(), ErrorCode::UnknownIndicator);
}

TEST(Evaluator, aMilestoneReachedExactlyIsMetNotAtRisk) {
    // Given one benchmark park created by 2022 against a target of one
    Dataset d = cityWithCounties();
    add(d, "450700", "task.10.benchmark_parks", 2022, 1.0, ProvenanceKind::Sourced, "个");
    const PlanTarget target{.id = "T10-PARK",
                            .indicator = Indicator::TaskMilestone,
                            .regionCode = "450700",
                            .year = 2022,
                            .comparator = Comparator::AtLeast,
                            .value = 1.0,
                            .unit = "个",
                            .variable = "task.10.benchmark_parks",
                            .taskNumber = 10};
    // When judged with the default 2 % at-risk margin
    const Verdict v = Evaluator(d).judge(target);
    // Then a count reached exactly is met, with no rate still needed
    EXPECT_EQ(v.status, VerdictStatus::Met);
    EXPECT_FALSE(v.requiredAnnualRate.has_value());
}

TEST(Evaluator, computesSeriesAndRejectsUnknownRegions) {
    // Given the reduction data (water in 2015 and 2020 only)
    const Dataset d = cityReductionData();
    const Evaluator evaluator(d);
    // When the 2015–2020 series of total use and an unknown region are asked for
    const auto series = evaluator.computeSeries(Indicator::TotalWaterUse, "450700", 2015, 2020);
    auto unknown = evaluator.compute(Indicator::TotalWaterUse, "999999", 2020);
    // Then six entries, 2015 and 2020 with values (12.0, 10.5 亿m³) and the years between MissingData
    ASSERT_EQ(series.size(), 6u);
    EXPECT_NEAR(series[0].value().value, 12.0 * kYi, 1.0);
    EXPECT_TRUE(series[1].hasError());
    EXPECT_EQ(series[1].error().location().year, 2016);
    EXPECT_NEAR(series[5].value().value, 10.5 * kYi, 1.0);
    ASSERT_TRUE(unknown.hasError());
    EXPECT_EQ(unknown.error().code(), ErrorCode::UnknownRegion);
}

namespace {
/** Counties with uneven data: complete, published totals only, gaps, an estimate, zero GDP, reported rates.
 */
Dataset unevenCounties() {
    Dataset d = cityWithCounties();
    const double indices[] = {107.0, 106.5, 107.2, 105.8, 103.7};
    for (int y = 2015; y <= 2020; ++y) {
        const double t = y - 2015;
        addSectors(d, "450702", y, {4.0 - 0.1 * t, 1.0, 2.0, 0.5, 1.0, 0.5}, 0.3,
                   y == 2018 ? ProvenanceKind::Estimate : ProvenanceKind::Sourced);
        add(d, "450702", var::GdpCurrent, y, (300.0 + 20 * t) * kYi);
        add(d, "450702", var::IvaCurrent, y, (90.0 + 6 * t) * kYi);
        add(d, "450702", var::ReuseReused, y, 90e4);
        add(d, "450702", var::ReuseFresh, y, 10e4);
        if (y > 2015) {
            add(d, "450702", var::GdpIndex, y, indices[y - 2016]);
            add(d, "450702", var::IvaIndex, y, indices[y - 2016] + 1.0);
        }
        if (y != 2017) // 450703: published totals, a gap in its GDP chain (2018) and zero GDP in 2019
            add(d, "450703", var::WaterTotalReported, y, (5.0 - 0.05 * t) * kYi);
        add(d, "450703", var::GdpCurrent, y, y == 2019 ? 0.0 : (200.0 + 10 * t) * kYi);
        if (y > 2015 && y != 2018)
            add(d, "450703", var::GdpIndex, y, 106.0);
        add(d, "450703", var::LeakageRateReported, y, 0.11 - 0.005 * t, ProvenanceKind::Estimate);
        add(d, "450703", var::IrrigationCoefficientReported, y, 0.48 + 0.005 * t);
        add(d, "450703", var::ReuseRateReported, y, 0.85);
    }
    return d;
}
} // namespace

TEST(Evaluator, gridCellsEqualComputeForEveryIndicatorRegionAndYear) {
    // Given counties with uneven data, and the city above them (which takes the full path)
    const Dataset d = unevenCounties();
    const Evaluator evaluator(d);
    const std::vector<Indicator> indicators{Indicator::TotalWaterUse,
                                            Indicator::TotalWaterUseAssessment,
                                            Indicator::WaterPerGdp,
                                            Indicator::WaterPerGdpReduction,
                                            Indicator::WaterPerIva,
                                            Indicator::WaterPerIvaReduction,
                                            Indicator::IrrigationCoefficient,
                                            Indicator::IndustrialReuseRate,
                                            Indicator::LeakageRateComprehensive,
                                            Indicator::LeakageRate};
    const std::vector<std::string> regions{"450702", "450703", "450721", "450700", "999999"};
    // When the grid of 2014–2021 with base 2016 is computed
    const auto grids = evaluator.computeGrid(indicators, regions, 2014, 2021, 2016);
    // Then every cell holds exactly what compute() gives, value or error code
    ASSERT_EQ(grids.size(), indicators.size());
    int values = 0;
    for (const IndicatorGrid& g : grids)
        for (std::size_t r = 0; r < regions.size(); ++r)
            for (int y = 2014; y <= 2021; ++y) {
                const GridCell& cell = g.cell(r, y);
                auto expected = evaluator.compute(g.indicator, regions[r], y, 2016);
                SCOPED_TRACE(std::string(IndicatorCatalog::info(g.indicator).id) + " " + regions[r] + " " +
                             std::to_string(y));
                ASSERT_EQ(cell.isOk(), expected.isOk());
                if (!expected.isOk()) {
                    EXPECT_EQ(*cell.error, expected.error().code());
                    continue;
                }
                ++values;
                EXPECT_DOUBLE_EQ(cell.value, expected.value().value);
                EXPECT_EQ(cell.provenance, expected.value().provenance);
                EXPECT_EQ(cell.reported, expected.value().reported);
            }
    EXPECT_GT(values, 60); // the comparison covered real numbers, not only errors
}

TEST(Evaluator, judgeRegionsAgreesWithJudgingEachRegion) {
    // Given the uneven counties and four city targets applied to them
    const Dataset d = unevenCounties();
    const Evaluator evaluator(d);
    const std::vector<std::string> regions{"450702", "450703", "450721"};
    const std::vector<PlanTarget> targets{gdpTarget2020(),
                                          {.id = "L",
                                           .indicator = Indicator::LeakageRate,
                                           .regionCode = "450700",
                                           .year = 2022,
                                           .comparator = Comparator::AtMost,
                                           .value = 0.09},
                                          {.id = "R",
                                           .indicator = Indicator::IndustrialReuseRate,
                                           .regionCode = "450700",
                                           .year = 2019,
                                           .comparator = Comparator::AtLeast,
                                           .value = 0.88},
                                          {.id = "E",
                                           .indicator = Indicator::IrrigationCoefficient,
                                           .regionCode = "450700",
                                           .year = 2020,
                                           .comparator = Comparator::AtLeast,
                                           .value = 0.503}};
    for (const PlanTarget& target : targets) {
        // When judged as a compliance map and one region at a time
        const auto map = evaluator.judgeRegions(target, regions);
        for (std::size_t i = 0; i < regions.size(); ++i) {
            PlanTarget own = target;
            own.regionCode = regions[i];
            const Verdict single = evaluator.judge(own);
            // Then status, gap and rate are the same
            SCOPED_TRACE(target.id + " " + regions[i]);
            EXPECT_EQ(map[i].status, single.status);
            EXPECT_EQ(map[i].gap.has_value(), single.gap.has_value());
            if (map[i].gap && single.gap) {
                EXPECT_DOUBLE_EQ(*map[i].gap, *single.gap);
            }
            EXPECT_EQ(map[i].requiredAnnualRate.has_value(), single.requiredAnnualRate.has_value());
            if (map[i].requiredAnnualRate && single.requiredAnnualRate) {
                EXPECT_DOUBLE_EQ(*map[i].requiredAnnualRate, *single.requiredAnnualRate);
            }
        }
    }
}
