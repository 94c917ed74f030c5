// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A two-county toy city for the scenario tests. Every figure is chosen so that the projections can be
// worked out by hand in the tests' comments. Values in base units: m³, yuan, m², fractions.

#include "model/Dataset.h"
#include "model/Variable.h"
#include "scenario/ScenarioSet.h"

#include <gtest/gtest.h>
#include <string>
#include <string_view>

namespace jieshui::core::toy {

inline void put(Dataset& d, const std::string& region, int year, std::string_view variable, double value) {
    auto st = d.setStatistic(
        Statistic{.regionCode = region, .year = year, .variable = std::string(variable), .value = value});
    ASSERT_TRUE(st.isOk()) << st.error().toString();
}

inline Dataset regionsOnly() {
    Dataset d;
    EXPECT_TRUE(d.addRegion({.code = "C0", .kind = RegionKind::City, .nameZh = "玩具市"}).isOk());
    EXPECT_TRUE(
        d.addRegion({.code = "A", .kind = RegionKind::County, .nameZh = "甲县", .parentCode = "C0"}).isOk());
    EXPECT_TRUE(
        d.addRegion({.code = "B", .kind = RegionKind::County, .nameZh = "乙县", .parentCode = "C0"}).isOk());
    return d;
}

/**
 * Last observed year 2022.
 * A: GDP 100 亿元, IVA 40 亿元, irrigated area 10 km², farmland 50, forestry 5, industry 20 (cooling 2),
 *    urban public 4, residential 6, ecological 1, non-conventional 4.3 (all 10⁶ m³; 5 % of 86),
 *    coefficient 0.50, leakage 0.12, reuse 0.80.
 * B: GDP 50 亿元, IVA 10 亿元, area 20 km², farmland 80, forestry 2, industry 5, urban public 2,
 *    residential 3, ecological 0, non-conventional 0; coefficient 0.45, leakage 0.10, no reuse rate.
 */
inline Dataset observed() {
    Dataset d = regionsOnly();
    const int y = 2022;
    put(d, "A", y, var::GdpCurrent, 100e8);
    put(d, "A", y, var::IvaCurrent, 40e8);
    put(d, "A", y, var::IrrigatedArea, 10e6);
    put(d, "A", y, var::WaterFarmlandIrrigation, 50e6);
    put(d, "A", y, var::WaterForestryLivestockFishery, 5e6);
    put(d, "A", y, var::WaterIndustry, 20e6);
    put(d, "A", y, var::WaterIndustryOnceThroughCooling, 2e6);
    put(d, "A", y, var::WaterUrbanPublic, 4e6);
    put(d, "A", y, var::WaterResidential, 6e6);
    put(d, "A", y, var::WaterEcological, 1e6);
    put(d, "A", y, var::WaterNonconventional, 4.3e6);
    put(d, "A", y, var::IrrigationCoefficientReported, 0.50);
    put(d, "A", y, var::LeakageRateReported, 0.12);
    put(d, "A", y, var::ReuseRateReported, 0.80);
    put(d, "B", y, var::GdpCurrent, 50e8);
    put(d, "B", y, var::IvaCurrent, 10e8);
    put(d, "B", y, var::IrrigatedArea, 20e6);
    put(d, "B", y, var::WaterFarmlandIrrigation, 80e6);
    put(d, "B", y, var::WaterForestryLivestockFishery, 2e6);
    put(d, "B", y, var::WaterIndustry, 5e6);
    put(d, "B", y, var::WaterUrbanPublic, 2e6);
    put(d, "B", y, var::WaterResidential, 3e6);
    put(d, "B", y, var::WaterEcological, 0.0);
    put(d, "B", y, var::WaterNonconventional, 0.0);
    put(d, "B", y, var::IrrigationCoefficientReported, 0.45);
    put(d, "B", y, var::LeakageRateReported, 0.10);
    return d;
}

/**
 * Baseline trend. A: GDP +10 %, IVA +5 %, agriculture −2 %, industry −10 %, domestic 0, area 0,
 * coefficient → 0.56, leakage → 0.09 by the horizon. B: GDP +5 %, IVA 0, agriculture 0, industry 0,
 * domestic −5 %, area +10 %, coefficient → 0.45, leakage → 0.10.
 */
inline BaselineDrivers baseline() {
    BaselineDrivers b;
    b.set("A", Driver::GdpRealGrowth, 0.10);
    b.set("A", Driver::IvaRealGrowth, 0.05);
    b.set("A", Driver::AgricultureIntensityChange, -0.02);
    b.set("A", Driver::IndustryIntensityChange, -0.10);
    b.set("A", Driver::DomesticIntensityChange, 0.0);
    b.set("A", Driver::IrrigatedAreaChange, 0.0);
    b.set("A", Driver::IrrigationCoefficient, 0.56);
    b.set("A", Driver::LeakageRate, 0.09);
    b.set("B", Driver::GdpRealGrowth, 0.05);
    b.set("B", Driver::IvaRealGrowth, 0.0);
    b.set("B", Driver::AgricultureIntensityChange, 0.0);
    b.set("B", Driver::IndustryIntensityChange, 0.0);
    b.set("B", Driver::DomesticIntensityChange, -0.05);
    b.set("B", Driver::IrrigatedAreaChange, 0.10);
    b.set("B", Driver::IrrigationCoefficient, 0.45);
    b.set("B", Driver::LeakageRate, 0.10);
    return b;
}

/** "baseline" with the toy trend, and "fast": every county GDP +8 %/yr, B's agriculture −10 %/yr from 2024.
 */
inline ScenarioSet scenarios() {
    ScenarioSet set(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    set.setBaseline(baseline());
    EXPECT_TRUE(set.addScenario({.name = "baseline"}).isOk());
    EXPECT_TRUE(
        set.addScenario({.name = "fast",
                         .parent = "baseline",
                         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.08},
                                       {.regionCode = "B",
                                        .driver = Driver::AgricultureIntensityChange,
                                        .fromYear = 2024,
                                        .value = -0.10}}})
            .isOk());
    return set;
}

} // namespace jieshui::core::toy
