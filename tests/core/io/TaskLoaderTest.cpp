// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TaskLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kTasksHeader = "number,title_zh,title_en,lead_department,partner_departments,status,clause\n";
const char* kMilestonesHeader = "task_number,year,text_zh,text_en,target_id\n";

Dataset contextWithTarget() {
    Dataset d = jieshui::core::testing::miniDataset();
    EXPECT_TRUE(d.addTarget({.id = "QZ-T04-2020",
                             .indicator = Indicator::TaskMilestone,
                             .regionCode = "450700",
                             .year = 2020})
                    .isOk());
    return d;
}
} // namespace

TEST(TaskLoader, readsTasksWithTheirMilestonesOrderedByYear) {
    // Given task 4 with two milestones listed out of order, and task 11 without
    const Dataset context = contextWithTarget();
    const std::string tasks =
        std::string(kTasksHeader) +
        "4,推进农业节水增效,Agricultural water saving,农业农村局,\"水利局;发展改革委\",in-progress,三、4\n"
        "11,推进节水型城市建设,Water-saving city,住房城乡建设局,,done,三、11\n";
    const std::string milestones =
        std::string(kMilestonesHeader) +
        "4,2022,建成1个节水型灌区,One water-saving district,\n"
        "4,2020,每年高效节水灌溉1.6万亩,\"1.6 万亩 a year, efficient irrigation\",QZ-T04-2020\n";
    TaskLoader loader(context);
    auto result = loader.fromText(tasks, "tasks.csv", milestones, "task_milestones.csv");
    ASSERT_TRUE(result.isOk()) << result.error().toString();
    const auto& t = result.value();
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].number, 4);
    EXPECT_EQ(t[0].partnerDepartments, "水利局;发展改革委");
    EXPECT_EQ(t[0].status, TaskStatus::InProgress);
    ASSERT_EQ(t[0].milestones.size(), 2u);
    EXPECT_EQ(t[0].milestones[0].year, 2020);
    EXPECT_EQ(t[0].milestones[0].targetId, "QZ-T04-2020");
    EXPECT_EQ(t[0].milestones[0].textEn, "1.6 万亩 a year, efficient irrigation");
    EXPECT_EQ(t[1].status, TaskStatus::Done);
    EXPECT_TRUE(t[1].milestones.empty());
}

TEST(TaskLoader, locatesBadTasksAndMilestonesInTheirOwnFiles) {
    const Dataset context = contextWithTarget();
    const std::string tasks = std::string(kTasksHeader) + "4,甲,A,水利局,,in-progress,c\n"
                                                          "4,乙,B,水利局,,done,c\n"     // 3 duplicate number
                                                          "5,丙,C,水利局,,finished,c\n" // 4 bad status
                                                          "0,丁,D,水利局,,done,c\n"; // 5 number out of range
    const std::string milestones = std::string(kMilestonesHeader) +
                                   "4,2020,文字,text,QZ-NOPE\n" // 2 unknown target
                                   "9,2020,文字,text,\n"        // 3 unknown task
                                   "4,1800,文字,text,\n";       // 4 bad year
    TaskLoader loader(context);
    ASSERT_TRUE(loader.fromText(tasks, "tasks.csv", milestones, "task_milestones.csv").hasError());
    const auto& e = loader.report().errors();
    ASSERT_EQ(e.size(), 6u);
    EXPECT_EQ(e[0].location().file, "tasks.csv");
    EXPECT_EQ(e[0].location().line, 3);
    EXPECT_EQ(e[0].code(), ErrorCode::DuplicateRow);
    EXPECT_EQ(e[1].location().field, "status");
    EXPECT_EQ(e[2].location().line, 5);
    EXPECT_EQ(e[3].location().file, "task_milestones.csv");
    EXPECT_EQ(e[3].location().field, "target_id");
    EXPECT_EQ(e[4].location().field, "task_number");
    EXPECT_EQ(e[5].location().field, "year");
    EXPECT_EQ(e[5].location().line, 4);
}

TEST(TaskLoader, addToRefusesANumberAlreadyUsedWithoutChangingAnything) {
    Dataset d = contextWithTarget();
    ASSERT_TRUE(d.addTask({.number = 4, .titleZh = "甲"}).isOk());
    const std::vector<KeyTask> batch{{.number = 5, .titleZh = "乙"}, {.number = 4, .titleZh = "again"}};
    EXPECT_TRUE(TaskLoader::addTo(d, batch).hasError());
    EXPECT_EQ(d.tasks().size(), 1u);
}
