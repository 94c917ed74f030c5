// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectFile.h"

#include "ProjectComparison.h"
#include "SampleProject.h"
#include "TestFiles.h"
#include "store/ProjectSchema.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace jieshui;
using store::OpenMode;
using store::ProjectFile;
using store::test::ScratchDir;

TEST(ProjectFile, roundTripKeepsEveryTable) {
    // Given a project touching every table, saved as a new file
    ScratchDir dir;
    const auto path = dir.path("sample.gpkg");
    const auto original = store::test::sampleProject(3);
    ASSERT_TRUE(ProjectFile::create(path, original).isOk());
    // When it is opened and read back
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    // Then every table is equal, Chinese text included
    store::test::expectSameProject(original, loaded.value());
    EXPECT_EQ(loaded.value().dataset.regions()[1].nameZh, "钦南区");
    EXPECT_EQ(file.value().schemaVersion(), store::ProjectSchema::currentVersion);
    EXPECT_EQ(file.value().metadata("save_counter"), "1");
}

TEST(ProjectFile, saveReplacesThePreviousStateAndCountsSaves) {
    // Given a project of generation 1 (21 statistics)
    ScratchDir dir;
    const auto path = dir.path("p.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    // When generation 7 (27 statistics, value 7) is saved over it, without layers
    auto next = store::test::sampleProject(7);
    next.layers.removeLast();
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk()) << file.error().toString();
        ASSERT_TRUE(file.value().save(next).isOk());
    }
    // Then the file holds exactly generation 7 and the save counter is 2
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    EXPECT_EQ(loaded.value().dataset.statisticCount(), 27u);
    EXPECT_EQ(loaded.value().layers.size(), 3);
    store::test::expectSameProject(next, loaded.value());
    EXPECT_EQ(file.value().metadata("save_counter"), "2");
}

TEST(ProjectFile, createRefusesAnExistingFileAndLeavesItAlone) {
    // Given an existing file
    ScratchDir dir;
    const auto path = dir.path("exists.gpkg");
    {
        QFile f(QString::fromStdString(path));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    // When a project is created there
    auto st = ProjectFile::create(path, store::test::sampleProject());
    // Then it is refused and the file is unchanged
    ASSERT_TRUE(st.hasError());
    EXPECT_EQ(st.error().code(), core::ErrorCode::IoError);
    QFile f(QString::fromStdString(path));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("keep me"));
}

TEST(ProjectFile, writeResultsReplacesOnlyThatScenario) {
    // Given the sample project: 2 baseline results and 1 strict-saving result
    ScratchDir dir;
    const auto path = dir.path("r.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject()).isOk());
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    // When one verdict is written for the baseline
    core::Verdict v;
    v.target.id = "QZ-2020-TOTAL";
    v.target.indicator = core::Indicator::TotalWaterUse;
    v.target.regionCode = "450700";
    v.target.year = 2020;
    v.target.value = 16.53e8;
    v.status = core::VerdictStatus::AtRisk;
    v.value = core::IndicatorValue{.indicator = core::Indicator::TotalWaterUse,
                                   .regionCode = "450700",
                                   .year = 2020,
                                   .value = 16.3e8,
                                   .provenance = core::ProvenanceKind::Estimate};
    v.gap = 16.3e8 - 16.53e8;
    v.requiredAnnualRate = -0.01;
    ASSERT_TRUE(file.value().writeResults("baseline", std::vector<core::Verdict>{v}).isOk());
    // Then the baseline has that one row, the other scenario keeps its row, and the time is recorded
    auto baseline = file.value().results("baseline");
    ASSERT_TRUE(baseline.isOk());
    ASSERT_EQ(baseline.value().size(), 1u);
    const auto& row = baseline.value()[0];
    EXPECT_EQ(row.scenario, "baseline");
    EXPECT_EQ(row.indicator, "total-water-use");
    EXPECT_EQ(row.status, "at-risk");
    EXPECT_EQ(row.unit, "m3");
    EXPECT_EQ(row.provenance, "estimate");
    EXPECT_EQ(row.targetValue, 16.53e8);
    EXPECT_EQ(row.gap, 16.3e8 - 16.53e8);
    EXPECT_EQ(row.requiredAnnualRate, -0.01);
    EXPECT_EQ(file.value().results("strict-saving").value().size(), 1u);
    EXPECT_FALSE(file.value().metadata("last_evaluated").empty());
}

TEST(ProjectFile, summaryCountsWhatTheFileHolds) {
    // Given the sample project (5 regions, 21 statistics 2000-2010, 2 targets, 1 task, 2 scenarios, 4 layers)
    ScratchDir dir;
    const auto path = dir.path("s.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    // When summarised
    auto s = file.value().summary();
    // Then the counts match the hand count
    ASSERT_TRUE(s.isOk()) << s.error().toString();
    EXPECT_EQ(s.value().name, "测试市节水项目");
    EXPECT_EQ(s.value().regionsByKind.at("county"), 2);
    EXPECT_EQ(s.value().regionsByKind.at("irrigation-district"), 1);
    EXPECT_EQ(s.value().statisticCount, 21);
    EXPECT_EQ(s.value().firstYear, 2000);
    EXPECT_EQ(s.value().lastYear, 2010);
    EXPECT_EQ(s.value().targetCount, 2);
    EXPECT_EQ(s.value().taskCount, 1);
    EXPECT_EQ(s.value().scenarios, (std::vector<std::string>{"baseline", "strict-saving"}));
    ASSERT_EQ(s.value().layers.size(), 4u);
    EXPECT_EQ(s.value().layers[0].table, "counties");
    EXPECT_EQ(s.value().layers[0].featureCount, 2);
    EXPECT_EQ(s.value().layers[3].table, "layer_4");
    EXPECT_EQ(s.value().layers[3].crs, "EPSG:4545");
    EXPECT_EQ(s.value().resultCount, 3);
}

TEST(ProjectFile, readOnlyOpenRefusesToSave) {
    // Given a project opened read-only
    ScratchDir dir;
    const auto path = dir.path("ro.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject()).isOk());
    const auto before = store::test::fileHash(path);
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    // When a save is attempted
    auto st = file.value().save(store::test::sampleProject(2));
    // Then it is refused and the file is unchanged
    EXPECT_TRUE(st.hasError());
    EXPECT_EQ(store::test::fileHash(path), before);
}

TEST(ProjectFile, failedSaveLeavesThePreviousState) {
    // Given a saved project
    ScratchDir dir;
    const auto path = dir.path("f.gpkg");
    const auto original = store::test::sampleProject(1);
    ASSERT_TRUE(ProjectFile::create(path, original).isOk());
    // When a save fails half-way (a layer in a CRS that does not exist, written after all tables)
    auto bad = store::test::sampleProject(9);
    bad.layers[3].crs = QStringLiteral("EPSG:999999");
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        auto st = file.value().save(bad);
        ASSERT_TRUE(st.hasError());
        EXPECT_EQ(st.error().code(), core::ErrorCode::UnsupportedFormat);
    }
    // Then the file still holds the first state, statistics and all
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    store::test::expectSameProject(original, file.value().load().value());
    EXPECT_EQ(file.value().metadata("save_counter"), "1");
}

TEST(ProjectFile, writeResultsOfSeveralScenariosReplacesEachInOneCommit) {
    // Given the sample project (2 baseline rows, 1 strict-saving row)
    ScratchDir dir;
    const auto path = dir.path("batch.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject()).isOk());
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    core::Verdict v;
    v.target.id = "QZ-2020-GDP";
    v.target.indicator = core::Indicator::WaterPerGdpReduction;
    v.target.regionCode = "450702";
    v.target.year = 2020;
    v.status = core::VerdictStatus::NoData;
    // When two verdicts go to the baseline and one to a new scenario, in one call
    std::map<std::string, std::vector<core::Verdict>> byScenario{{"baseline", {v, v}}, {"high-growth", {v}}};
    ASSERT_TRUE(file.value().writeResults(byScenario).isOk());
    // Then baseline has 2 rows, high-growth 1, strict-saving keeps its 1: 4 in all, each labelled
    auto all = file.value().results();
    ASSERT_TRUE(all.isOk());
    EXPECT_EQ(all.value().size(), 4u);
    auto growth = file.value().results("high-growth");
    ASSERT_EQ(growth.value().size(), 1u);
    EXPECT_EQ(growth.value()[0].scenario, "high-growth");
    EXPECT_EQ(growth.value()[0].status, "no-data");
    EXPECT_FALSE(growth.value()[0].value.has_value());
    EXPECT_EQ(file.value().results("strict-saving").value().size(), 1u);
}
