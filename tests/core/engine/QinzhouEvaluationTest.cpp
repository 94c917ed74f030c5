// SPDX-License-Identifier: GPL-3.0-or-later
// The engine on the embedded Qinzhou project (data/qinzhou): every plan target judged, explained, and
// the grid path agreeing with compute() on real-shaped data.
#include "engine/Evaluator.h"
#include "io/ProjectDirectoryLoader.h"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const std::filesystem::path kProject = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
}

TEST(QinzhouEvaluation, judgesEveryPlanTargetWithAnExplanation) {
    if (!std::filesystem::exists(kProject / "statistics.csv"))
        GTEST_SKIP() << "embedded project not present: " << kProject;
    // Given the embedded project
    ProjectDirectoryLoader loader;
    auto project = loader.load(kProject);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const Dataset& d = project.value().dataset;
    const Evaluator evaluator(d);
    // When the whole scorecard is judged
    const auto verdicts = evaluator.scorecard();
    // Then every target has a verdict with an explanation, and the 2020 targets of the city have values
    ASSERT_EQ(verdicts.size(), d.targets().size());
    int judged = 0;
    for (const Verdict& v : verdicts) {
        EXPECT_FALSE(v.explanation.empty()) << v.target.id;
        if (v.status != VerdictStatus::NoData) {
            ++judged;
            ASSERT_TRUE(v.value.has_value()) << v.target.id;
            EXPECT_TRUE(std::isfinite(v.value->value)) << v.target.id;
        }
    }
    EXPECT_GT(judged, 0);
}

TEST(QinzhouEvaluation, gridAgreesWithComputeOnTheEmbeddedProject) {
    if (!std::filesystem::exists(kProject / "statistics.csv"))
        GTEST_SKIP() << "embedded project not present: " << kProject;
    // Given the embedded project and its city and counties
    ProjectDirectoryLoader loader;
    auto project = loader.load(kProject);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const Dataset& d = project.value().dataset;
    std::vector<std::string> regions;
    for (const Region& r : d.regions())
        if (r.kind == RegionKind::City || r.kind == RegionKind::County)
            regions.push_back(r.code);
    const Evaluator evaluator(d);
    const std::vector<Indicator> indicators{Indicator::TotalWaterUse,        Indicator::WaterPerGdpReduction,
                                            Indicator::WaterPerIvaReduction, Indicator::IrrigationCoefficient,
                                            Indicator::IndustrialReuseRate,  Indicator::LeakageRate};
    // When the 2015–2035 grid is computed
    const auto grids = evaluator.computeGrid(indicators, regions, 2015, 2035, 2015);
    // Then each cell equals compute()
    for (const IndicatorGrid& g : grids)
        for (std::size_t r = 0; r < regions.size(); ++r)
            for (int y = 2015; y <= 2035; ++y) {
                auto expected = evaluator.compute(g.indicator, regions[r], y, 2015);
                const GridCell& c = g.cell(r, y);
                ASSERT_EQ(c.isOk(), expected.isOk()) << regions[r] << " " << y;
                if (c.isOk()) {
                    EXPECT_DOUBLE_EQ(c.value, expected.value().value);
                    EXPECT_EQ(c.provenance, expected.value().provenance);
                }
            }
}
