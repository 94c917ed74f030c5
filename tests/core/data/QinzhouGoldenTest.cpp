// SPDX-License-Identifier: GPL-3.0-or-later
// The engine agrees with the golden record of every Qinzhou value and verdict (QinzhouGolden.h).
#include "QinzhouGolden.h"
#include "io/ProjectDirectoryLoader.h"

#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const std::filesystem::path kProject = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
}

TEST(QinzhouGolden, everyValueAndVerdictEqualsTheGoldenRecord) {
    if (!std::filesystem::exists(kProject / "project.csv"))
        GTEST_SKIP() << "the embedded Qinzhou project is not in " << kProject;
    // Given the embedded project
    ProjectDirectoryLoader loader;
    auto project = loader.load(kProject);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    // When every value, verdict, projection, goal seek and allocation is computed
    const std::vector<std::string> actual = golden::dump(project.value());
    if (std::getenv("JIESHUI_UPDATE_GOLDEN") != nullptr) {
        golden::writeLines(golden::goldenPath(), actual);
        GTEST_SKIP() << "golden record rewritten: " << golden::goldenPath();
    }
    // Then each line equals the golden record (numbers within 1e-12 relative, text exactly)
    const std::vector<std::string> expected = golden::readLines(golden::goldenPath());
    ASSERT_FALSE(expected.empty()) << "no golden record at " << golden::goldenPath();
    const auto differences = golden::compare(expected, actual);
    for (std::size_t i = 0; i < differences.size() && i < 20; ++i)
        ADD_FAILURE() << "expected: " << differences[i].expected << "\n  actual: " << differences[i].actual;
    EXPECT_EQ(differences.size(), 0u) << "of " << expected.size() << " lines";
}

TEST(QinzhouGolden, theNumbersOnlyPathEqualsTheGoldenRecord) {
    if (!std::filesystem::exists(kProject / "project.csv"))
        GTEST_SKIP() << "the embedded Qinzhou project is not in " << kProject;
    // Given the embedded project and the golden record
    ProjectDirectoryLoader loader;
    auto project = loader.load(kProject);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const std::vector<std::string> golden = golden::readLines(golden::goldenPath());
    ASSERT_FALSE(golden.empty()) << "no golden record at " << golden::goldenPath();
    // When every scenario is evaluated with numbers only (ScenarioModel, the kernel over the projection overlay)
    std::size_t compared = 0;
    const auto differences = golden::compareNumbersOnly(project.value(), golden, compared);
    // Then every target and county verdict and every cell of every year equals the golden record
    for (std::size_t i = 0; i < differences.size() && i < 20; ++i)
        ADD_FAILURE() << "expected: " << differences[i].expected << "\n  actual: " << differences[i].actual;
    EXPECT_EQ(differences.size(), 0u);
    EXPECT_GT(compared, 3000u); // 3 scenarios × (35 verdicts + 40 county verdicts + 49 regions × 10 × 2 rows)
}
