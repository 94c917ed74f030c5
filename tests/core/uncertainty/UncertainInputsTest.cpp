// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/UncertainInputs.h"

#include "../scenario/ScenarioToyData.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

UncertaintyModel noDefaults() {
    UncertaintyModel m;
    for (ProvenanceKind k : {ProvenanceKind::Sourced, ProvenanceKind::Estimate, ProvenanceKind::Projected})
        m.setProvenanceDefault(k, {});
    return m;
}

InputUncertainty absolute(double s) {
    return {DistributionKind::Normal, SpreadKind::Absolute, s};
}

} // namespace

TEST(UncertainInputs, everyUncertainStatisticIsOneInputThatReplacesItsValue) {
    Dataset d = toy::observed();
    toy::put(d, "A", 2022, var::GdpIndex, 107.0);
    toy::put(d, "A", 2022, var::IrrigationIsSample, 1.0);
    UncertaintyModel model = noDefaults();
    model.setProvenanceDefault(ProvenanceKind::Sourced, {DistributionKind::Normal, SpreadKind::Relative, 0.1});
    auto built = UncertainInputs::build(model, d, toy::scenarios(), "baseline", 2023, 2035);
    ASSERT_TRUE(built.isOk());
    const auto& inputs = built.value().inputs();
    // Every statistic but the flag and those of value 0 (a relative spread of nothing)
    std::size_t expected = 0;
    for (const Statistic* s : d.statistics())
        expected += s->variable != var::IrrigationIsSample && s->value != 0.0 ? 1 : 0;
    ASSERT_EQ(inputs.size(), expected);
    EXPECT_EQ(built.value().plan().statistics.size(), expected);
    for (const UncertainInput& in : inputs) {
        EXPECT_EQ(in.kind, UncertainInput::Kind::Statistic);
        const auto& entry = built.value().plan().statistics[in.firstEntry];
        EXPECT_EQ(entry.variable, in.variable);
        EXPECT_EQ(entry.mode, PerturbationMode::Replace);
        EXPECT_EQ(in.valueAt(0.0), in.centre);
        if (in.variable == var::GdpIndex) {
            // a relative spread of an index moves its growth: 107 ± 10 % of 7 points
            EXPECT_DOUBLE_EQ(in.valueAt(1.0), 107.7);
        } else if (in.variable == var::LeakageRateReported && in.regionCode == "A") {
            EXPECT_DOUBLE_EQ(in.valueAt(1.0), 0.12 * 1.1);
            EXPECT_DOUBLE_EQ(in.valueAt(100.0), 1.0); // a fraction stays a fraction
        } else if (in.variable == var::WaterIndustry && in.regionCode == "A") {
            EXPECT_DOUBLE_EQ(in.valueAt(-1.0), 18e6);
            EXPECT_DOUBLE_EQ(in.valueAt(-20.0), 0.0); // never a negative volume
        }
    }
}

TEST(UncertainInputs, aCityDriverRangeIsOneSharedDrawAndACountysOwnReplacesIt) {
    const Dataset d = toy::observed();
    UncertaintyModel model = noDefaults();
    // city-wide GDP growth ± 1 point (every county together), B's own ± 3 points from 2030
    model.driverRules().push_back({.regionCode = "C0", .driver = Driver::GdpRealGrowth, .uncertainty = absolute(0.01)});
    model.driverRules().push_back(
        {.regionCode = "B", .driver = Driver::GdpRealGrowth, .fromYear = 2030, .uncertainty = absolute(0.03)});
    // a relative range of the irrigated-area change, for the "fast" scenario only
    model.driverRules().push_back({.scenario = "fast",
                                   .regionCode = "C0",
                                   .driver = Driver::IrrigatedAreaChange,
                                   .uncertainty = {DistributionKind::Uniform, SpreadKind::Relative, 0.5}});
    auto baseline = UncertainInputs::build(model, d, toy::scenarios(), "baseline", 2023, 2035);
    ASSERT_TRUE(baseline.isOk());
    ASSERT_EQ(baseline.value().inputs().size(), 2u);
    const UncertainInput& city = baseline.value().inputs()[0];
    const UncertainInput& b = baseline.value().inputs()[1];
    const auto& drivers = baseline.value().plan().drivers;
    // The city's input: A 2023–2035 and B 2023–2029, one draw written into both entries
    ASSERT_EQ(city.entryCount, 2u);
    EXPECT_EQ(city.firstEntry, 0u); // no statistics vary: driver entries come first
    EXPECT_EQ(drivers[0].regionCode, "A");
    EXPECT_EQ(drivers[0].fromYear, 2023);
    EXPECT_EQ(drivers[0].toYear, 2035);
    EXPECT_EQ(drivers[1].regionCode, "B");
    EXPECT_EQ(drivers[1].toYear, 2029);
    EXPECT_EQ(drivers[0].mode, PerturbationMode::Add);
    EXPECT_EQ(city.valueAt(1.0), 0.01);
    // B's own: 2030–2035
    ASSERT_EQ(b.entryCount, 1u);
    EXPECT_EQ(drivers[b.firstEntry].regionCode, "B");
    EXPECT_EQ(drivers[b.firstEntry].fromYear, 2030);
    EXPECT_EQ(b.year, 2030);
    EXPECT_EQ(b.toYear, 2035);

    auto fast = UncertainInputs::build(model, d, toy::scenarios(), "fast", 2023, 2035);
    ASSERT_TRUE(fast.isOk());
    ASSERT_EQ(fast.value().inputs().size(), 3u);
    const UncertainInput& area = fast.value().inputs()[2];
    EXPECT_EQ(area.driver, Driver::IrrigatedAreaChange);
    EXPECT_EQ(fast.value().plan().drivers[area.firstEntry].mode, PerturbationMode::Scale);
    EXPECT_DOUBLE_EQ(area.valueAt(1.0), 1.5);
    EXPECT_DOUBLE_EQ(area.valueAt(-3.0), 0.0); // a factor never flips a rate's sign

    EXPECT_TRUE(UncertainInputs::build(model, d, toy::scenarios(), "nope", 2023, 2035).hasError());
}
