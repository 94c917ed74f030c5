// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioModel, the numbers-only evaluation for Monte Carlo: it agrees with the Evaluator on a projected
// copy of the data, its perturbations mean what they say (checked against datasets and scenarios edited by
// hand), it allocates nothing per evaluation and it gives the same numbers on two threads at once.
#include "scenario/ScenarioModel.h"

#include "ScenarioToyData.h"
#include "../common/AllocationCounter.h"
#include "engine/Evaluator.h"

#include <gtest/gtest.h>
#include <thread>

using namespace jieshui::core;

namespace {

/** The toy city with two 2022 targets for the city (a reduction-free cap and a leakage target) and data in 2021. */
Dataset toyWithTargets() {
    Dataset d = toy::observed();
    for (const char* c : {"A", "B"}) {
        toy::put(d, c, 2021, var::GdpCurrent, 90e8);
        toy::put(d, c, 2021, var::WaterFarmlandIrrigation, 60e6);
    }
    EXPECT_TRUE(d.addTarget({.id = "CAP-2025",
                             .indicator = Indicator::TotalWaterUse,
                             .regionCode = "C0",
                             .year = 2025,
                             .comparator = Comparator::AtMost,
                             .value = 190e6})
                    .isOk());
    EXPECT_TRUE(d.addTarget({.id = "LEAK-2025",
                             .indicator = Indicator::LeakageRate,
                             .regionCode = "C0",
                             .year = 2025,
                             .comparator = Comparator::AtMost,
                             .value = 0.10})
                    .isOk());
    EXPECT_TRUE(d.addTarget({.id = "INT-2024",
                             .indicator = Indicator::WaterPerGdp,
                             .regionCode = "A",
                             .year = 2024,
                             .comparator = Comparator::AtMost,
                             .value = 0.0075})
                    .isOk());
    return d;
}

const Allocation kShares{.id = "CAP",
                         .scenario = "baseline",
                         .parentRegion = "C0",
                         .year = 2025,
                         .cap = 190e6,
                         .shares = {{.regionCode = "A", .volume = 95e6}, {.regionCode = "B", .volume = 95e6}}};

/** The Evaluator's verdicts of @p scenario on a projected copy of @p observed (the independent reference). */
std::vector<Verdict> referenceVerdicts(const Dataset& observed, const ScenarioSet& set, const std::string& scenario) {
    auto projected = Projector(observed, set).project(scenario, {.horizonYear = 2025});
    EXPECT_TRUE(projected.isOk()) << projected.error().toString();
    return Evaluator(projected.value()).scorecard();
}

void expectSame(const TargetOutcome& o, const Verdict& v) {
    EXPECT_EQ(o.status, v.status) << v.target.id << ": " << v.explanation;
    ASSERT_EQ(o.hasValue, v.value.has_value()) << v.target.id;
    if (o.hasValue) {
        EXPECT_NEAR(o.value, v.value->value, 1e-12 * std::abs(v.value->value)) << v.target.id;
        EXPECT_EQ(o.provenance, v.value->provenance) << v.target.id;
    }
    ASSERT_EQ(o.hasGap, v.gap.has_value()) << v.target.id;
    if (o.hasGap) {
        EXPECT_NEAR(o.gap, *v.gap, 1e-9 * (1.0 + std::abs(*v.gap))) << v.target.id;
    }
    ASSERT_EQ(o.hasRate, v.requiredAnnualRate.has_value()) << v.target.id;
}

} // namespace

TEST(ScenarioModel, withoutPerturbationItEqualsTheEvaluatorOnAProjectedCopy) {
    // Given the toy city, its scenarios and the model of each
    const Dataset observed = toyWithTargets();
    const ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    for (const std::string scenario : {"baseline", "fast"}) {
        auto model = ScenarioModel::create(projector, scenario, {.horizonYear = 2025, .allocations = {&kShares}});
        ASSERT_TRUE(model.isOk()) << model.error().toString();
        ScenarioModel::Scratch scratch = model.value().scratch();
        // When evaluated with numbers only
        ASSERT_TRUE(model.value().evaluate(scratch));
        // Then every target's outcome is the Evaluator's verdict on a projected copy of the data
        const auto reference = referenceVerdicts(observed, set, scenario);
        ASSERT_EQ(scratch.targets().size(), reference.size());
        for (std::size_t i = 0; i < reference.size(); ++i)
            expectSame(scratch.targets()[i], reference[i]);
        // And every county outcome is judgeRegions' (caps against the allocated shares)
        auto projected = Projector(observed, set).project(scenario, {.horizonYear = 2025});
        const Evaluator engine(projected.value());
        ASSERT_EQ(model.value().cityTargets().size(), 2u);
        for (std::size_t t = 0; t < model.value().cityTargets().size(); ++t) {
            const auto map = engine.judgeRegions(model.value().cityTargets()[t], {"A", "B"}, {}, &kShares);
            for (std::size_t c = 0; c < 2; ++c)
                expectSame(scratch.counties()[t * 2 + c], map[c]);
        }
    }
}

TEST(ScenarioModel, aStatisticPerturbationEqualsEditingTheData) {
    // Given A's 2022 industry water scaled by 1.2 and B's farmland replaced by 90e6 m³ in a draw
    const Dataset observed = toyWithTargets();
    const ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    auto model = ScenarioModel::create(projector, "baseline", {.horizonYear = 2025, .allocations = {&kShares}});
    ASSERT_TRUE(model.isOk()) << model.error().toString();
    auto plan = model.value().prepare(
        {.statistics = {{.regionCode = "A", .variable = "water.industry", .year = 2022},
                        {.regionCode = "B",
                         .variable = "water.farmland_irrigation",
                         .year = 2022,
                         .mode = PerturbationMode::Replace}}});
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    ScenarioModel::Scratch scratch = model.value().scratch(plan.value());
    scratch.inputs()[0] = 1.2;
    scratch.inputs()[1] = 90e6;
    ASSERT_TRUE(model.value().evaluate(scratch));
    // Then the outcomes are those of the data edited by hand (the projection starts from the edited year)
    Dataset edited = observed;
    toy::put(edited, "A", 2022, var::WaterIndustry, 20e6 * 1.2);
    toy::put(edited, "B", 2022, var::WaterFarmlandIrrigation, 90e6);
    const auto reference = referenceVerdicts(edited, set, "baseline");
    for (std::size_t i = 0; i < reference.size(); ++i)
        expectSame(scratch.targets()[i], reference[i]);
    // And the next draw starts again from the unperturbed values (Scale 1 and the old value: unchanged)
    scratch.inputs()[0] = 1.0;
    scratch.inputs()[1] = 80e6;
    ASSERT_TRUE(model.value().evaluate(scratch));
    const auto unchanged = referenceVerdicts(observed, set, "baseline");
    for (std::size_t i = 0; i < unchanged.size(); ++i)
        expectSame(scratch.targets()[i], unchanged[i]);
}

TEST(ScenarioModel, aDriverPerturbationEqualsAScenarioWithThatOverride) {
    // Given every county's GDP growth replaced by 7 % from 2024, and B's domestic change shifted by −1 point
    const Dataset observed = toyWithTargets();
    ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    auto model = ScenarioModel::create(projector, "baseline", {.horizonYear = 2025});
    ASSERT_TRUE(model.isOk());
    auto plan = model.value().prepare(
        {.drivers = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth, .fromYear = 2024, .mode = PerturbationMode::Replace},
                     {.regionCode = "B", .driver = Driver::DomesticIntensityChange}}});
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    ScenarioModel::Scratch scratch = model.value().scratch(plan.value());
    scratch.inputs()[0] = 0.07;
    scratch.inputs()[1] = -0.01;
    ASSERT_TRUE(model.value().evaluate(scratch));
    // Then the outcomes are those of a child scenario with the same overrides (B's baseline is −5 %: −6 %)
    ASSERT_TRUE(set.addScenario({.name = "edited",
                                 .parent = "baseline",
                                 .overrides = {{.regionCode = "C0",
                                                .driver = Driver::GdpRealGrowth,
                                                .fromYear = 2024,
                                                .value = 0.07},
                                               {.regionCode = "B",
                                                .driver = Driver::DomesticIntensityChange,
                                                .value = -0.06}}})
                    .isOk());
    const auto reference = referenceVerdicts(observed, set, "edited");
    for (std::size_t i = 0; i < reference.size(); ++i)
        expectSame(scratch.targets()[i], reference[i]);
    const auto projected = Projector(observed, set).projectSeries("edited", {.horizonYear = 2025});
    EXPECT_NEAR(*scratch.projection().value("A", ProjectedVariable::GdpCurrent, 2025),
                *projected.value().value("A", ProjectedVariable::GdpCurrent, 2025), 1e-3);
}

TEST(ScenarioModel, refusesPerturbationsThatDoNotExist) {
    const Dataset observed = toyWithTargets();
    const ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    auto model = ScenarioModel::create(projector, "baseline", {.horizonYear = 2025});
    ASSERT_TRUE(model.isOk());
    const auto refused = [&](PerturbationPlan plan) { return model.value().prepare(plan).error(); };
    EXPECT_EQ(refused({.statistics = {{.regionCode = "X", .variable = "water.industry", .year = 2022}}}).code(),
              ErrorCode::UnknownRegion);
    EXPECT_EQ(refused({.statistics = {{.regionCode = "A", .variable = "water.nothing", .year = 2022}}}).code(),
              ErrorCode::UnknownVariable);
    // A value that is not there is never invented
    const Error none = refused({.statistics = {{.regionCode = "A", .variable = "water.industry", .year = 2019}}});
    EXPECT_EQ(none.code(), ErrorCode::InvalidValue);
    EXPECT_EQ(none.location().year, 2019);
    EXPECT_EQ(refused({.drivers = {{.regionCode = "A", .driver = Driver::GdpRealGrowth, .fromYear = 2030}}}).code(),
              ErrorCode::InvalidValue);
    EXPECT_EQ(refused({.drivers = {{.regionCode = "Z", .driver = Driver::GdpRealGrowth}}}).code(),
              ErrorCode::UnknownRegion);
}

TEST(ScenarioModel, evaluatesWithoutAllocatingAndAlikeOnTwoThreads) {
    // Given a model and a plan of one statistic and one driver
    const Dataset observed = toyWithTargets();
    const ScenarioSet set = toy::scenarios();
    const Projector projector(observed, set);
    auto model = ScenarioModel::create(projector, "fast", {.horizonYear = 2025, .allocations = {&kShares}});
    ASSERT_TRUE(model.isOk());
    auto plan = model.value().prepare(
        {.statistics = {{.regionCode = "A", .variable = "water.industry", .year = 2022}},
         .drivers = {{.regionCode = "C0", .driver = Driver::GdpRealGrowth}}});
    ASSERT_TRUE(plan.isOk());
    const auto draw = [](int i, std::span<double> inputs) {
        inputs[0] = 0.8 + 0.001 * (i % 400);
        inputs[1] = -0.02 + 0.0001 * (i % 300);
    };
    // When 2,000 draws are evaluated on one thread
    constexpr int draws = 2000;
    std::vector<double> single(draws);
    {
        ScenarioModel::Scratch scratch = model.value().scratch(plan.value());
        draw(0, scratch.inputs());
        ASSERT_TRUE(model.value().evaluate(scratch)); // warm
        test::AllocationCounter::start(); // (the counter does count: a string of 100 characters is one)
        const std::string probe(100, 'x');
        ASSERT_EQ(test::AllocationCounter::stop(), 1);
        ASSERT_EQ(probe.size(), 100u);
        test::AllocationCounter::start();
        for (int i = 0; i < draws; ++i) {
            draw(i, scratch.inputs());
            model.value().evaluate(scratch);
            single[static_cast<std::size_t>(i)] = scratch.targets()[0].value;
        }
        const long allocated = test::AllocationCounter::stop();
        // Then no evaluation allocated
        EXPECT_EQ(allocated, 0);
    }
    // And two threads with their own scratch buffers, draws interleaved, give the same numbers
    std::vector<double> both(draws);
    const auto work = [&](int first) {
        ScenarioModel::Scratch scratch = model.value().scratch(plan.value());
        for (int i = first; i < draws; i += 2) {
            draw(i, scratch.inputs());
            model.value().evaluate(scratch);
            both[static_cast<std::size_t>(i)] = scratch.targets()[0].value;
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    EXPECT_EQ(both, single);
    EXPECT_NE(single.front(), single[399]); // the draws did move the value
}
