// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Projector.h"

#include "engine/Evaluator.h"

#include "ScenarioToyData.h"

#include <gtest/gtest.h>

using namespace jieshui::core;
using PV = ProjectedVariable;

namespace {
double cell(const Projection& p, std::string_view region, PV v, int year) {
    auto x = p.value(region, v, year);
    EXPECT_TRUE(x.has_value()) << region << " " << Projection::variableId(v) << " " << year;
    return x.value_or(-1.0);
}
constexpr double eps = 1e-9; // relative tolerance for hand-computed values
void expectNear(double actual, double expected) {
    EXPECT_NEAR(actual, expected, std::abs(expected) * eps + 1e-12);
}
} // namespace

TEST(Projector, baselineOfTwoCountiesOverThreeYearsMatchesHandArithmetic) {
    // Given the toy city observed in 2022 and its baseline trend, projected to 2025
    const Dataset observed = toy::observed();
    const ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    // When projecting the baseline
    auto r = projector.projectSeries("baseline", {.horizonYear = 2025});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const Projection& p = r.value();
    ASSERT_EQ(p.firstYear(), 2023);
    ASSERT_EQ(p.lastYear(), 2025);
    EXPECT_EQ(p.regionCodes(), (std::vector<std::string>{"A", "B", "C0"}));

    // Then county A, by hand:
    // GDP 100 亿 × 1.10 = 110 亿 (2023), 121 亿 (2024), 133.1 亿 (2025); index 110
    expectNear(cell(p, "A", PV::GdpCurrent, 2023), 110e8);
    expectNear(cell(p, "A", PV::GdpCurrent, 2025), 133.1e8);
    expectNear(cell(p, "A", PV::GdpIndex, 2024), 110.0);
    // IVA 40 亿 × 1.05 = 42 亿, 44.1 亿, 46.305 亿; index 105
    expectNear(cell(p, "A", PV::IvaCurrent, 2025), 46.305e8);
    expectNear(cell(p, "A", PV::IvaIndex, 2023), 105.0);
    // Farmland: area 10 km² held; 5 m³/m² × 0.98 = 4.9 → 49e6; × 0.98 → 48.02e6; → 47.0596e6
    expectNear(cell(p, "A", PV::WaterFarmlandIrrigation, 2023), 49e6);
    expectNear(cell(p, "A", PV::WaterFarmlandIrrigation, 2025), 47.0596e6);
    expectNear(cell(p, "A", PV::IrrigatedArea, 2025), 10e6);
    // Industry: 20e6 / 40e8 = 0.005 m³/yuan × 0.9 = 0.0045 × 42e8 = 18.9e6;
    // 0.00405 × 44.1e8 = 17.8605e6; 0.003645 × 46.305e8 = 16.8781725e6. Cooling keeps 10 %.
    expectNear(cell(p, "A", PV::WaterIndustry, 2023), 18.9e6);
    expectNear(cell(p, "A", PV::WaterIndustry, 2025), 16.8781725e6);
    expectNear(cell(p, "A", PV::WaterIndustryOnceThroughCooling, 2023), 1.89e6);
    // Domestic: 10e6 / 100e8 = 0.001 held × 110e8 = 11e6, split 40/60: 4.4e6 and 6.6e6
    expectNear(cell(p, "A", PV::WaterUrbanPublic, 2023), 4.4e6);
    expectNear(cell(p, "A", PV::WaterResidential, 2023), 6.6e6);
    // Forestry 5e6 and ecological 1e6 held
    expectNear(cell(p, "A", PV::WaterForestryLivestockFishery, 2025), 5e6);
    expectNear(cell(p, "A", PV::WaterEcological, 2025), 1e6);
    // Non-conventional keeps 4.3/86 = 5 % of 49 + 5 + 18.9 + 11 + 1 = 84.9e6 → 4.245e6
    expectNear(cell(p, "A", PV::WaterNonconventional, 2023), 4.245e6);
    // Coefficient 0.50 → 0.56 by 2025: +0.06/3 = 0.52, +0.04/2 = 0.54, 0.56. Leakage 0.12 → 0.09: 0.11, 0.10,
    // 0.09
    expectNear(cell(p, "A", PV::IrrigationCoefficient, 2023), 0.52);
    expectNear(cell(p, "A", PV::IrrigationCoefficient, 2024), 0.54);
    expectNear(cell(p, "A", PV::IrrigationCoefficient, 2025), 0.56);
    expectNear(cell(p, "A", PV::LeakageRate, 2024), 0.10);
    // Reuse 0.80 has no driver level: held
    expectNear(cell(p, "A", PV::ReuseRate, 2025), 0.80);

    // County B: GDP 50 亿 × 1.05 = 52.5 亿; IVA flat 10 亿 (index 100); area 20 → 22 → 24.2 → 26.62 km² at
    // 4 m³/m²: farmland 88e6, 96.8e6, 106.48e6; industry 5e6 held (0.0005 × 10e8); domestic
    // 5e6/50e8 = 0.001 × 0.95 = 0.00095 × 52.5e8 = 4.9875e6 → urban public 1.995e6, residential 2.9925e6
    expectNear(cell(p, "B", PV::GdpCurrent, 2023), 52.5e8);
    expectNear(cell(p, "B", PV::IvaIndex, 2023), 100.0);
    expectNear(cell(p, "B", PV::IrrigatedArea, 2025), 26.62e6);
    expectNear(cell(p, "B", PV::WaterFarmlandIrrigation, 2025), 106.48e6);
    expectNear(cell(p, "B", PV::WaterIndustry, 2024), 5e6);
    expectNear(cell(p, "B", PV::WaterUrbanPublic, 2023), 1.995e6);
    expectNear(cell(p, "B", PV::WaterResidential, 2023), 2.9925e6);
    expectNear(cell(p, "B", PV::WaterNonconventional, 2023), 0.0);
    EXPECT_FALSE(p.value("B", PV::ReuseRate, 2023).has_value()); // never observed, never projected
    EXPECT_FALSE(p.value("B", PV::WaterIndustryOnceThroughCooling, 2023).has_value());

    // City 2023: sums; index 100 × (110 + 52.5) / (100 + 50) = 108.333…;
    // coefficient (0.52 × 49 + 0.45 × 88) / 137 = 65.08 / 137; leakage (0.11 × 11 + 0.10 × 4.9875) / 15.9875;
    // reuse only A's 0.80 (weighted by industry)
    expectNear(cell(p, "C0", PV::GdpCurrent, 2023), 162.5e8);
    expectNear(cell(p, "C0", PV::GdpIndex, 2023), 100.0 * 162.5 / 150.0);
    expectNear(cell(p, "C0", PV::GdpIndex, 2024), 100.0 * (121.0 + 55.125) / 162.5);
    expectNear(cell(p, "C0", PV::WaterFarmlandIrrigation, 2023), 137e6);
    expectNear(cell(p, "C0", PV::IrrigationCoefficient, 2023), 65.08 / 137.0);
    expectNear(cell(p, "C0", PV::LeakageRate, 2023), (0.11 * 11.0 + 0.10 * 4.9875) / 15.9875);
    expectNear(cell(p, "C0", PV::ReuseRate, 2023), 0.80);
    EXPECT_FALSE(p.value("C0", PV::WaterIndustryOnceThroughCooling, 2023).has_value()); // B has none
    // City total 2023 as the engine reads the projection over the observed data (no copy of it):
    // bulletin A 84.9e6 + B (88 + 2 + 5 + 4.9875 + 0) = 99.9875e6 → 184.8875e6, projected;
    // the assessment scope subtracts the non-conventional 4.245e6
    ValueOverlay overlay = projector.overlayLayout();
    overlay.setTable(p.data(), p.firstYear(), p.lastYear());
    const Evaluator engine(projector.sharedObserved(), &overlay);
    auto bulletin = engine.compute(Indicator::TotalWaterUse, "C0", 2023);
    auto assessment = engine.compute(Indicator::TotalWaterUseAssessment, "C0", 2023);
    ASSERT_TRUE(bulletin.isOk()) << bulletin.error().toString();
    ASSERT_TRUE(assessment.isOk()) << assessment.error().toString();
    expectNear(bulletin.value().value, 184.8875e6);
    expectNear(assessment.value().value, 184.8875e6 - 4.245e6);
    EXPECT_EQ(bulletin.value().provenance, ProvenanceKind::Projected);
    // And the observed year underneath is the observed data (sourced)
    auto observedYear = engine.compute(Indicator::TotalWaterUse, "A", 2022);
    ASSERT_TRUE(observedYear.isOk()) << observedYear.error().toString();
    EXPECT_EQ(observedYear.value().provenance, ProvenanceKind::Sourced);
}

TEST(Projector, childScenarioChangesOnlyWhatItOverrides) {
    // Given "fast": GDP +8 % in every county, B's agriculture −10 %/yr from 2024
    const Dataset observed = toy::observed();
    const ScenarioSet set = toy::scenarios();
    auto r = Projector(observed, set).projectSeries("fast", {.horizonYear = 2025});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const Projection& p = r.value();
    // Then A's GDP is 100 × 1.08 = 108 亿, B's 50 × 1.08 = 54 亿
    expectNear(cell(p, "A", PV::GdpCurrent, 2023), 108e8);
    expectNear(cell(p, "B", PV::GdpCurrent, 2023), 54e8);
    // B farmland: 2023 still 22 km² × 4 = 88e6; 2024: 24.2 km² × 3.6 = 87.12e6; 2025: 26.62 × 3.24
    // = 86.2488e6
    expectNear(cell(p, "B", PV::WaterFarmlandIrrigation, 2023), 88e6);
    expectNear(cell(p, "B", PV::WaterFarmlandIrrigation, 2024), 87.12e6);
    expectNear(cell(p, "B", PV::WaterFarmlandIrrigation, 2025), 86.2488e6);
    // A's IVA is not overridden: 42 亿 as in the baseline
    expectNear(cell(p, "A", PV::IvaCurrent, 2023), 42e8);
}

TEST(Projector, projectWritesAProjectedCopyAndLeavesTheObservedDataAlone) {
    const Dataset observed = toy::observed();
    const ScenarioSet set = toy::scenarios();
    auto r = Projector(observed, set).project("baseline", {.horizonYear = 2025});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const Dataset& d = r.value();
    const Statistic* s = d.statistic("C0", var::GdpCurrent, 2024);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->provenance.kind, ProvenanceKind::Projected);
    EXPECT_EQ(s->provenance.source, "scenario baseline");
    EXPECT_EQ(s->unit, "元");
    expectNear(s->value, 121e8 + 55.125e8);
    // The observed year is untouched and the input dataset has no projected years
    EXPECT_EQ(d.statistic("A", var::GdpCurrent, 2022)->provenance.kind, ProvenanceKind::Sourced);
    EXPECT_EQ(observed.statistic("A", var::GdpCurrent, 2023), nullptr);
    EXPECT_EQ(d.yearRange(), (std::pair<int, int>{2022, 2025}));
}

TEST(Projector, reportsMissingDataUnknownScenarioAndABadHorizon) {
    Dataset observed = toy::observed();
    ScenarioSet set = toy::scenarios();
    // Unknown scenario
    EXPECT_TRUE(Projector(observed, set).projectSeries("nope").hasError());
    // Horizon not after the last observed year
    auto h = Projector(observed, set).projectSeries("baseline", {.horizonYear = 2022});
    ASSERT_TRUE(h.hasError());
    EXPECT_EQ(h.error().code(), ErrorCode::InvalidValue);
    // A county without GDP in the last observed year: MissingData located at B, 2022
    observed.removeStatistic("B", var::GdpCurrent, 2022);
    auto m = Projector(observed, set).projectSeries("baseline", {.horizonYear = 2025});
    ASSERT_TRUE(m.hasError());
    EXPECT_EQ(m.error().code(), ErrorCode::MissingData);
    EXPECT_EQ(m.error().location().region, "B");
    EXPECT_EQ(m.error().location().year, 2022);
    // A needed driver without baseline or override: MissingData naming the driver
    ScenarioSet bare(ScenarioRegions{.cityCode = "C0", .countyCodes = {"A", "B"}});
    ASSERT_TRUE(bare.addScenario({.name = "baseline"}).isOk());
    auto d = Projector(toy::observed(), bare).projectSeries("baseline", {.horizonYear = 2025});
    ASSERT_TRUE(d.hasError());
    EXPECT_EQ(d.error().location().field, "gdp-real-growth");
}

TEST(Projector, aCityWithoutCountiesIsProjectedAsItsOwnOnlyUnit) {
    // Given a dataset of one city with GDP 10 亿 and industry 1e6 m³ on 1 亿 IVA in 2022, drivers set
    // city-wide
    Dataset d;
    ASSERT_TRUE(d.addRegion({.code = "C0", .kind = RegionKind::City}).isOk());
    toy::put(d, "C0", 2022, var::GdpCurrent, 10e8);
    toy::put(d, "C0", 2022, var::IvaCurrent, 1e8);
    toy::put(d, "C0", 2022, var::WaterIndustry, 1e6);
    ScenarioSet set(ScenarioRegions::fromDataset(d));
    ASSERT_EQ(set.regions().countyCodes, (std::vector<std::string>{"C0"}));
    ASSERT_TRUE(
        set.addScenario({.name = "s",
                         .overrides = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .value = 0.05},
                                       {.regionCode = "C0", .driver = Driver::IvaRealGrowth, .value = 0.10},
                                       {.regionCode = "C0",
                                        .driver = Driver::IndustryIntensityChange,
                                        .value = -0.10}}})
            .isOk());
    // When projecting two years
    auto r = Projector(d, set).projectSeries("s", {.horizonYear = 2024});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then the city is the only region; industry = 1e6 × (1.1 × 0.9)² = 0.9801e6
    EXPECT_EQ(r.value().regionCodes(), (std::vector<std::string>{"C0"}));
    expectNear(cell(r.value(), "C0", PV::WaterIndustry, 2024), 0.9801e6);
    expectNear(cell(r.value(), "C0", PV::GdpCurrent, 2024), 10e8 * 1.05 * 1.05);
}

TEST(Projector, anEarlierLastObservedYearProjectsFromThatYear) {
    // Given the toy with GDP also observed in 2021 (A 90 亿, B 48 亿), projecting from 2021
    Dataset observed = toy::observed();
    toy::put(observed, "A", 2021, var::GdpCurrent, 90e8);
    toy::put(observed, "B", 2021, var::GdpCurrent, 48e8);
    const ScenarioSet set = toy::scenarios();
    auto r =
        Projector(observed, set).projectSeries("baseline", {.horizonYear = 2023, .lastObservedYear = 2021});
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then 2022 is projected from 2021: A 90 × 1.1 = 99 亿, B 48 × 1.05 = 50.4 亿
    EXPECT_EQ(r.value().firstYear(), 2022);
    expectNear(cell(r.value(), "A", PV::GdpCurrent, 2022), 99e8);
    expectNear(cell(r.value(), "B", PV::GdpCurrent, 2022), 50.4e8);
    // And water not observed in 2021 is not projected
    EXPECT_FALSE(r.value().value("A", PV::WaterIndustry, 2022).has_value());
}
