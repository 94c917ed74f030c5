// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/TrendEstimator.h"

#include "ScenarioToyData.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(TrendEstimator, meanGrowthIsTheCompoundMeanOfTheIndices) {
    // 110 and 110 → 10 %; 121 then 100 → √1.21 − 1 = 10 %; 上年=100 indices below 1 are refused
    EXPECT_NEAR(*TrendEstimator::meanGrowthFromIndices({110.0, 110.0}), 0.10, 1e-12);
    EXPECT_NEAR(*TrendEstimator::meanGrowthFromIndices({121.0, 100.0}), 0.10, 1e-12);
    EXPECT_FALSE(TrendEstimator::meanGrowthFromIndices({}).has_value());
    EXPECT_FALSE(TrendEstimator::meanGrowthFromIndices({105.0, 0.0}).has_value());
}

TEST(TrendEstimator, logLinearFitRecoversAConstantAnnualChange) {
    // 100, 90, 81, 72.9: exactly −10 % a year
    auto c = TrendEstimator::logLinearAnnualChange({2019, 2020, 2021, 2022}, {100.0, 90.0, 81.0, 72.9});
    ASSERT_TRUE(c.has_value());
    EXPECT_NEAR(*c, -0.10, 1e-12);
    EXPECT_FALSE(TrendEstimator::logLinearAnnualChange({2020}, {1.0}).has_value());
    EXPECT_FALSE(TrendEstimator::logLinearAnnualChange({2020, 2021}, {1.0, -1.0}).has_value());
}

TEST(TrendEstimator, logLinearTrendIsReadAtTheHorizon) {
    // (2020, 0.10), (2022, 0.081): −10 %/yr; at 2025 → 0.081 × 0.9³ = 0.059049; one point is held
    EXPECT_NEAR(*TrendEstimator::logLinearTrendAt({2020, 2022}, {0.10, 0.081}, 2025), 0.059049, 1e-12);
    EXPECT_NEAR(*TrendEstimator::logLinearTrendAt({2022}, {0.47}, 2035), 0.47, 1e-12);
    EXPECT_FALSE(TrendEstimator::logLinearTrendAt({2022}, {0.0}, 2035).has_value());
}

TEST(TrendEstimator, estimatesEveryDriverOfACountyFromItsObservedYears) {
    // Given county A observed 2018–2022 with GDP index 110 and IVA index 105 every year, industrial water
    // falling 10 % a year per real IVA, domestic water a constant share of real GDP, irrigated area
    // growing 2 % a year at a constant 5 m³/m², a coefficient whose gap to 1 shrinks 2 % a year from
    // 0.52 (η = 0.48 in 2018), and a leakage rate falling 5 % a year from 0.12
    Dataset d = toy::regionsOnly();
    double gdp = 100e8;
    double iva = 40e8;
    double area = 10e6;
    double ind = 20e6;
    for (int y = 2018; y <= 2022; ++y) {
        const int k = y - 2018;
        if (k > 0) {
            gdp *= 1.10;
            iva *= 1.05;
            area *= 1.02;
            ind *= 1.05 * 0.9;
            toy::put(d, "A", y, var::GdpIndex, 110.0);
            toy::put(d, "A", y, var::IvaIndex, 105.0);
        }
        toy::put(d, "A", y, var::GdpCurrent, gdp * std::pow(1.02, k)); // 2 % inflation: must not matter
        toy::put(d, "A", y, var::IvaCurrent, iva * std::pow(1.02, k));
        toy::put(d, "A", y, var::IrrigatedArea, area);
        toy::put(d, "A", y, var::WaterFarmlandIrrigation, 5.0 * area);
        toy::put(d, "A", y, var::WaterIndustry, ind);
        toy::put(d, "A", y, var::WaterResidential, 0.001 * gdp);
        toy::put(d, "A", y, var::IrrigationCoefficientReported, 1.0 - 0.52 * std::pow(0.98, k));
        toy::put(d, "A", y, var::LeakageRateReported, 0.12 * std::pow(0.95, k));
    }
    // B only has a GDP figure in 2022
    toy::put(d, "B", 2022, var::GdpCurrent, 50e8);
    // When estimating with the default window of 5 years
    auto r = TrendEstimator(d).estimate({.horizonYear = 2035});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const BaselineDrivers& b = r.value().drivers;
    // Then A's drivers are the constructed rates (2019–2022 indices: 4 years)
    EXPECT_NEAR(*b.value("A", Driver::GdpRealGrowth), 0.10, 1e-12);
    EXPECT_NEAR(*b.value("A", Driver::IvaRealGrowth), 0.05, 1e-12);
    EXPECT_NEAR(*b.value("A", Driver::IndustryIntensityChange), -0.10, 1e-9);
    EXPECT_NEAR(*b.value("A", Driver::DomesticIntensityChange), 0.0, 1e-9);
    EXPECT_NEAR(*b.value("A", Driver::AgricultureIntensityChange), 0.0, 1e-9);
    EXPECT_NEAR(*b.value("A", Driver::IrrigatedAreaChange), 0.02, 1e-9);
    // Coefficient in 2035: 1 − 0.52 × 0.98^17; leakage 0.12 × 0.95^17; no reuse observed → undefined
    EXPECT_NEAR(*b.value("A", Driver::IrrigationCoefficient), 1.0 - 0.52 * std::pow(0.98, 17), 1e-9);
    EXPECT_NEAR(*b.value("A", Driver::LeakageRate), 0.12 * std::pow(0.95, 17), 1e-9);
    EXPECT_FALSE(b.value("A", Driver::ReuseRate).has_value());
    // And B's rates are held at 0, each with a note saying so
    EXPECT_DOUBLE_EQ(*b.value("B", Driver::GdpRealGrowth), 0.0);
    // (named as the reader knows the county: B has only a Chinese name, which English falls back to)
    int notesForB = 0;
    for (const auto& n : r.value().notes) {
        const bool en = n.en.rfind("乙县 (B): ", 0) == 0;
        notesForB += en ? 1 : 0;
        EXPECT_EQ(en, n.zh.rfind("乙县 (B)：", 0) == 0) << n.en << " | " << n.zh;
    }
    EXPECT_EQ(notesForB, 6);
}

TEST(TrendEstimator, failsWithoutAnyGdp) {
    const Dataset d = toy::regionsOnly();
    auto r = TrendEstimator(d).estimate();
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::MissingData);
}

TEST(TrendEstimator, anExtrapolatedLevelApproachesItsBoundWithoutCrossingIt) {
    // A coefficient rising 0.05 a year from 0.80 would pass 1 by 2035 on a straight line; its gap to 1
    // (0.20, 0.15, 0.10) is fitted log-linearly instead, so it stays below 1
    Dataset d = toy::regionsOnly();
    for (int y = 2020; y <= 2022; ++y) {
        toy::put(d, "A", y, var::GdpCurrent, 1e9);
        toy::put(d, "A", y, var::IrrigationCoefficientReported, 0.80 + 0.05 * (y - 2020));
        toy::put(d, "A", y, var::LeakageRateReported, 0.0); // at its bound: held, with a note
    }
    auto r = TrendEstimator(d).estimate();
    ASSERT_TRUE(r.isOk());
    const double eta = *r.value().drivers.value("A", Driver::IrrigationCoefficient);
    EXPECT_LT(eta, 1.0);
    EXPECT_GT(eta, 0.99);
    EXPECT_DOUBLE_EQ(*r.value().drivers.value("A", Driver::LeakageRate), 0.0);
}
