// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: statistics arrive county by county. One county's 2023 GDP made the whole evaluation fail
// ("no positive current-price GDP ... region 450703, year 2023"). A partial new year leaves every verdict
// computable: the projection starts after the last complete year, the county's observed 2023 values are
// kept, and a note says what is missing for the others.
#include "io/ProjectDirectoryLoader.h"
#include "report/EvaluationService.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"
#include "scenario/TrendEstimator.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(PartialYear, oneCountysNewYearLeavesEveryVerdictComputableAndSaysWhatIsMissing) {
    const std::filesystem::path dir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
    if (!std::filesystem::exists(dir / "project.csv"))
        GTEST_SKIP() << "the embedded Qinzhou project is not in " << dir;
    ProjectDirectoryLoader loader;
    auto project = loader.load(dir);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const Dataset& complete = project.value().dataset;
    const auto& scenarios = project.value().scenarios;
    const auto& allocations = project.value().allocations;
    auto before = EvaluationService(complete, scenarios, allocations).evaluate();
    ASSERT_TRUE(before.isOk()) << before.error().toString();

    // Given one county's 2023 GDP, and nothing else of 2023
    Dataset partial = complete;
    ASSERT_TRUE(partial
                    .addStatistic({.regionCode = "450703",
                                   .year = 2023,
                                   .variable = "econ.gdp_current",
                                   .value = 3.1e10,
                                   .unit = "亿元",
                                   .provenance = {ProvenanceKind::Sourced, "钦北区统计公报 2023"}})
                    .isOk());
    // When evaluated
    auto after = EvaluationService(partial, scenarios, allocations).evaluate();
    // Then it succeeds with as many verdicts as before, keeps the observed value, and notes what is missing
    ASSERT_TRUE(after.isOk()) << after.error().toString();
    EXPECT_EQ(after.value().verdicts().size(), before.value().verdicts().size());
    // (the projected dataset keeps the observed value)
    auto trend = TrendEstimator(partial).estimate();
    ASSERT_TRUE(trend.isOk()) << trend.error().toString();
    ScenarioSet set(ScenarioRegions::fromDataset(partial));
    set.setScenarios(scenarios);
    set.setBaseline(trend.value().drivers);
    ProjectionOptions options;
    options.horizonYear = 2035;
    const Projector projector(partial, set);
    EXPECT_EQ(projector.lastObservedYear(), 2022);
    auto projected = projector.project(set.scenarios().front().name, options);
    ASSERT_TRUE(projected.isOk()) << projected.error().toString();
    const Statistic* kept = projected.value().statistic("450703", "econ.gdp_current", 2023);
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->value, 3.1e10);
    EXPECT_EQ(kept->provenance.kind, ProvenanceKind::Sourced);
    const Statistic* projectedOther = projected.value().statistic("450702", "econ.gdp_current", 2023);
    ASSERT_NE(projectedOther, nullptr);
    EXPECT_EQ(projectedOther->provenance.kind, ProvenanceKind::Projected);
    EXPECT_EQ(after.value().lastObservedYear(), 2022);
    const auto& notes = after.value().notes();
    const bool said = std::any_of(notes.begin(), notes.end(), [](const TrendNote& n) {
        return n.en.find("2023") != std::string::npos && n.en.find("450702") != std::string::npos &&
               n.en.find("450703") == std::string::npos;
    });
    EXPECT_TRUE(said) << "no note names the counties still missing 2023";
    // ... and says it in Chinese for a Chinese report: the county by its name, no English word
    const auto zh = std::find_if(notes.begin(), notes.end(), [](const TrendNote& n) {
        return n.zh.find("2023 年数据不完整") != std::string::npos;
    });
    ASSERT_NE(zh, notes.end()) << "no Chinese note on the incomplete year";
    EXPECT_NE(zh->zh.find("钦南区 (450702)"), std::string::npos) << zh->zh;
    EXPECT_EQ(zh->zh.find("钦北区"), std::string::npos) << zh->zh;
    EXPECT_EQ(zh->zh.find("GDP"), std::string::npos) << zh->zh;
    EXPECT_EQ(zh->zh.find("missing"), std::string::npos) << zh->zh;
}
