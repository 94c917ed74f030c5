// SPDX-License-Identifier: GPL-3.0-or-later
// The trainers' lessons in the project file (schema 3): the shipped lesson, saving, reopening, migrating.
#include "TestFiles.h"
#include "store/Database.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/ProjectSchema.h"
#include "store/Statement.h"

#include <gtest/gtest.h>

using namespace jieshui;
using store::Database;
using store::OpenMode;
using store::ProjectFile;
using store::ProjectSchema;
using store::test::ScratchDir;

namespace {
/** A file of schema 2 (before lessons), as that release created it. */
void createVersion2File(const std::string& path) {
    auto db = Database::open(path, OpenMode::Create);
    ASSERT_TRUE(db.isOk());
    ASSERT_TRUE(db.value().exec("BEGIN").isOk());
    ASSERT_TRUE(ProjectSchema::create(db.value(), 2).isOk());
    ASSERT_TRUE(db.value().exec("COMMIT").isOk());
    EXPECT_FALSE(db.value().hasTable("lessons"));
}
} // namespace

TEST(LessonStore, theEmbeddedProjectShipsTheLessonOfThePlansTargets) {
    auto data = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    ASSERT_EQ(data.value().lessons.size(), 1u);
    const core::Lesson& lesson = data.value().lessons[0];
    // The ten numeric targets of the plan, each once, in its year...
    int numericTargets = 0;
    for (const core::PlanTarget& target : data.value().dataset.targets()) {
        if (target.indicator == core::Indicator::TaskMilestone)
            continue;
        ++numericTargets;
        int shown = 0;
        for (const core::LessonStep& step : lesson.steps)
            shown += step.indicator == target.indicator && step.year == target.year ? 1 : 0;
        EXPECT_GE(shown, 1) << target.id;
    }
    EXPECT_EQ(numericTargets, 10);
    // ...the cap split among the counties (a county outlined on the 2022 cap map, its quota in the caption)
    bool split = false;
    for (const core::LessonStep& step : lesson.steps)
        split = split || (step.indicator == core::Indicator::TotalWaterUse && step.year == 2022 &&
                          !step.regionCode.empty() && step.captionZh.find("46311") != std::string::npos);
    EXPECT_TRUE(split);
    // ...and every step says where its numbers come from, in both languages
    for (const core::LessonStep& step : lesson.steps) {
        EXPECT_FALSE(step.sourceZh.empty());
        EXPECT_FALSE(step.sourceEn.empty());
        // the English source is not the Chinese one copied (an English user reads no 《钦州市…》)
        EXPECT_EQ(step.sourceEn.find("《"), std::string::npos) << step.sourceEn;
        EXPECT_FALSE(step.captionZh.empty());
        EXPECT_FALSE(step.captionEn.empty());
    }
}

TEST(LessonStore, lessonsSurviveSaveAndReopen) {
    // Given the embedded project with one more, edited lesson
    auto data = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(data.isOk());
    core::Lesson second{.id = "cap", .titleZh = "总量", .titleEn = "Cap", .steps = {}};
    second.steps.push_back({.indicator = core::Indicator::TotalWaterUse,
                            .year = 2035,
                            .scenario = "high-growth",
                            .compareScenario = "strict-saving",
                            .regionCode = "450702",
                            .captionZh = "高增长与严格节水",
                            .captionEn = "High growth and strict saving",
                            .sourceZh = "估算",
                            .sourceEn = "Estimate"});
    data.value().lessons.push_back(second);
    // When it is saved and reopened
    ScratchDir dir;
    const auto path = dir.path("lessons.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, data.value()).isOk());
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto loaded = file.value().load();
    // Then both lessons come back, in order, field for field
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    EXPECT_EQ(loaded.value().lessons, data.value().lessons);
}

TEST(LessonStore, aStepNamingARegionTheProjectLacksIsRefusedOnOpen) {
    auto data = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(data.isOk());
    ScratchDir dir;
    const auto path = dir.path("edited.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, data.value()).isOk());
    // Someone edits the file in another program
    store::test::runSql(path, "UPDATE lesson_steps SET region_code = '459999' WHERE step = 3");
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.hasError());
    EXPECT_NE(loaded.error().message().find("lesson_steps"), std::string::npos) << loaded.error().toString();
    EXPECT_EQ(loaded.error().location().region, "459999");
}

TEST(LessonStore, aVersion2FileIsMigratedAndTakesLessons) {
    // Given a schema-2 file (before lessons)
    ScratchDir dir;
    const auto path = dir.path("v2.gpkg");
    createVersion2File(path);
    // When it is opened read-write, it is migrated to the current schema with empty lesson tables
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_EQ(file.value().schemaVersion(), store::ProjectSchema::currentVersion);
    EXPECT_TRUE(file.value().database().hasTable("lessons"));
    EXPECT_TRUE(file.value().database().hasTable("lesson_steps"));
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    EXPECT_TRUE(loaded.value().lessons.empty());
    // And a read-only open of a schema-2 file reads no lessons without touching it
    const auto v2 = dir.path("v2ro.gpkg");
    createVersion2File(v2);
    const auto before = store::test::fileHash(v2);
    auto readOnly = ProjectFile::open(v2, OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.isOk());
    auto old = readOnly.value().load();
    ASSERT_TRUE(old.isOk()) << old.error().toString();
    EXPECT_TRUE(old.value().lessons.empty());
    EXPECT_EQ(store::test::fileHash(v2), before);
}

TEST(LessonStore, aVersion6FileKeepsItsChineseSourcesAndTakesEnglishOnes) {
    // Given a schema-6 file whose lesson step has one (Chinese) source
    ScratchDir dir;
    const auto path = dir.path("v6.gpkg");
    {
        auto db = Database::open(path, OpenMode::Create);
        ASSERT_TRUE(db.isOk());
        ASSERT_TRUE(db.value().exec("BEGIN").isOk());
        ASSERT_TRUE(ProjectSchema::create(db.value(), 6).isOk());
        ASSERT_TRUE(db.value().exec("COMMIT").isOk());
        ASSERT_TRUE(
            db.value()
                .exec("INSERT INTO lesson_steps (lesson_id, step, indicator, year, caption_zh, source) "
                      "VALUES ('x', 1, 'total-water-use', 2015, '说明', '方案 二')")
                .isOk());
    }
    // When it is migrated
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_EQ(file.value().schemaVersion(), store::ProjectSchema::currentVersion);
    // Then the old source is the Chinese one and an English column waits beside it
    auto row = store::Statement::prepare(file.value().database(),
                                         "SELECT source_zh, source_en IS NULL FROM lesson_steps");
    ASSERT_TRUE(row.isOk());
    ASSERT_TRUE(row.value().step().value());
    EXPECT_EQ(row.value().text(0), "方案 二");
    EXPECT_EQ(row.value().integer(1), 1);
}
