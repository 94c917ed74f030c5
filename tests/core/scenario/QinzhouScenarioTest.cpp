// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario chain on the embedded Qinzhou project: load, trend, project every scenario, evaluate.
#include "engine/Evaluator.h"
#include "io/ProjectDirectoryLoader.h"
#include "scenario/GoalSeeker.h"
#include "scenario/Projector.h"
#include "scenario/TrendEstimator.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const std::filesystem::path projectDir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
}

TEST(QinzhouScenarios, everyShippedScenarioProjectsTo2035AndTheEngineJudgesIt) {
    if (!std::filesystem::exists(projectDir / "project.csv"))
        GTEST_SKIP() << "the embedded Qinzhou project is not in " << projectDir;
    // Given the embedded project, its baseline trend and its scenarios
    ProjectDirectoryLoader loader;
    auto project = loader.load(projectDir);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const Dataset& observed = project.value().dataset;
    auto trend = TrendEstimator(observed).estimate();
    ASSERT_TRUE(trend.isOk()) << trend.error().toString();
    ScenarioSet set(ScenarioRegions::fromDataset(observed));
    set.setScenarios(project.value().scenarios);
    set.setBaseline(trend.value().drivers);
    const auto problems = set.validate();
    ASSERT_TRUE(problems.empty()) << problems.front().toString();
    ASSERT_FALSE(set.scenarios().empty());

    const Projector projector(observed, set);
    const std::string city = set.regions().cityCode;
    const int last = projector.lastObservedYear();
    const auto observedTotal = Evaluator(observed).compute(Indicator::TotalWaterUse, city, last);
    ASSERT_TRUE(observedTotal.isOk()) << observedTotal.error().toString();
    for (const Scenario& s : set.scenarios()) {
        // When projecting each scenario to 2035
        auto projected = projector.project(s.name);
        ASSERT_TRUE(projected.isOk()) << s.name << ": " << projected.error().toString();
        const Dataset& d = projected.value();
        // Then the first projected year continues the last observed one (no jump of more than 15 %)
        const Evaluator evaluator(d);
        const auto next = evaluator.compute(Indicator::TotalWaterUse, city, last + 1);
        ASSERT_TRUE(next.isOk()) << s.name << ": " << next.error().toString();
        EXPECT_NEAR(next.value().value / observedTotal.value().value, 1.0, 0.15) << s.name;
        // And the engine judges the 2035 total-use cap on projected data, flagged as projected
        bool sawCap = false;
        for (const Verdict& v : evaluator.scorecard({.scenario = s.name, .year = 2035})) {
            if (v.target.indicator != Indicator::TotalWaterUse)
                continue;
            sawCap = true;
            ASSERT_TRUE(v.value.has_value()) << s.name << ": " << v.explanation;
            EXPECT_EQ(v.value->provenance, ProvenanceKind::Projected);
            EXPECT_NE(v.status, VerdictStatus::NoData);
        }
        EXPECT_TRUE(sawCap);
        // And the levels exist for the city in 2035 (written as reported values)
        auto eta = evaluator.compute(Indicator::IrrigationCoefficient, city, 2035);
        EXPECT_TRUE(eta.isOk()) << s.name << ": " << (eta.isOk() ? "" : eta.error().toString());
        auto leak = evaluator.compute(Indicator::LeakageRate, city, 2035);
        EXPECT_TRUE(leak.isOk()) << s.name << ": " << (leak.isOk() ? "" : leak.error().toString());
    }

    // And a goal seek against the 2035 cap of 16.95 亿m³ either finds a decline or says it is unreachable
    auto seek = GoalSeeker::seekTotalUseCap(observed, set, set.scenarios().front().name, 2035,
                                            hundredMillionCubicMetres(16.95));
    if (seek.isOk())
        EXPECT_LE(seek.value().annualDecline.value(), 0.30);
    else
        EXPECT_NE(seek.error().message().find("unreachable"), std::string::npos) << seek.error().toString();
}
