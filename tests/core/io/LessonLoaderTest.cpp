// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LessonLoader.h"

#include "IoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {
const char* kLessons = "lesson,title_zh,title_en\nplan,方案目标,The plan's targets\n";
const std::string kStepsHeader =
    "lesson,step,indicator,year,scenario,compare_scenario,region_code,caption_zh,caption_en,source\n";
} // namespace

TEST(LessonLoader, readsStepsInTheirNumberedOrder) {
    // Given two steps written out of order, the second comparing two scenarios
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string steps =
        kStepsHeader +
        "plan,2,total-water-use,2035,baseline,high,450721,到2035年…,\"By 2035, …\",方案 二、主要目标\n"
        "plan,1,water-per-gdp-reduction,2020,,,,到2020年降低37%,,方案 二、主要目标\n";
    LessonLoader loader(context, {"baseline", "high"});
    auto lessons = loader.fromText(kLessons, "lessons.csv", steps, "lesson_steps.csv");
    // Then the lesson holds both, step 1 first, every field read
    ASSERT_TRUE(lessons.isOk()) << lessons.error().toString();
    ASSERT_EQ(lessons.value().size(), 1u);
    const Lesson& lesson = lessons.value()[0];
    EXPECT_EQ(lesson.id, "plan");
    EXPECT_EQ(lesson.title(false), "The plan's targets");
    ASSERT_EQ(lesson.steps.size(), 2u);
    EXPECT_EQ(lesson.steps[0].indicator, Indicator::WaterPerGdpReduction);
    EXPECT_EQ(lesson.steps[0].year, 2020);
    EXPECT_TRUE(lesson.steps[0].scenario.empty());
    EXPECT_EQ(lesson.steps[0].caption(false), "到2020年降低37%"); // no English: the Chinese caption
    EXPECT_EQ(lesson.steps[1].compareScenario, "high");
    EXPECT_EQ(lesson.steps[1].regionCode, "450721");
    EXPECT_EQ(lesson.steps[1].caption(false), "By 2035, …");
    // A file of the old layout: one `source` column, Chinese (also shown in English when no other exists)
    EXPECT_EQ(lesson.steps[1].sourceZh, "方案 二、主要目标");
    EXPECT_EQ(lesson.steps[1].source(false), "方案 二、主要目标");
}

TEST(LessonLoader, readsTheSourceInBothLanguages) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string steps =
        "lesson,step,indicator,year,scenario,compare_scenario,region_code,caption_zh,caption_en,source_zh,"
        "source_en\nplan,1,total-water-use,2022,,,,说明,Text,方案 二,\"Plan, section II\"\n";
    auto lessons = LessonLoader(context, {}).fromText(kLessons, "lessons.csv", steps, "lesson_steps.csv");
    ASSERT_TRUE(lessons.isOk()) << lessons.error().toString();
    const LessonStep& step = lessons.value()[0].steps[0];
    EXPECT_EQ(step.source(true), "方案 二");
    EXPECT_EQ(step.source(false), "Plan, section II");
}

TEST(LessonLoader, refusesUnknownReferencesAndNamesWhere) {
    const Dataset context = jieshui::core::testing::miniDataset();
    const std::string steps = kStepsHeader + "plan,1,total-water-use,2022,ghost,,,a,,\n"  // line 2: scenario
                                             "plan,2,total-water-use,2022,,,999999,b,,\n" // line 3: region
                                             "plan,3,task-milestone,2022,,,,c,,\n"   // line 4: not mappable
                                             "plan,4,total-water-use,2022,,,,,,\n"   // line 5: no caption
                                             "other,1,total-water-use,2022,,,,d,,\n" // line 6: no such lesson
                                             "plan,5,total-water-use,1800,,,,e,,\n"; // line 7: year
    LessonLoader loader(context, {"baseline"});
    ASSERT_TRUE(loader.fromText(kLessons, "lessons.csv", steps, "lesson_steps.csv").hasError());
    const auto& errors = loader.report().errors();
    ASSERT_EQ(errors.size(), 6u);
    EXPECT_EQ(errors[0].location().line, 2);
    EXPECT_EQ(errors[0].location().field, "scenario");
    EXPECT_EQ(errors[1].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(errors[1].location().region, "999999");
    EXPECT_EQ(errors[2].code(), ErrorCode::UnknownIndicator);
    EXPECT_EQ(errors[3].location().field, "caption_zh");
    EXPECT_EQ(errors[4].location().field, "lesson");
    EXPECT_EQ(errors[5].location().line, 7);
}

TEST(LessonLoader, refusesAGapOrATwiceNumberedStep) {
    const Dataset context = jieshui::core::testing::miniDataset();
    LessonLoader loader(context, {});
    auto gap = loader.fromText(kLessons, "lessons.csv",
                               kStepsHeader +
                                   "plan,1,total-water-use,2022,,,,a,,\nplan,3,total-water-use,2022,,,,b,,\n",
                               "lesson_steps.csv");
    ASSERT_TRUE(gap.hasError());
    EXPECT_NE(gap.error().message().find("no step 2"), std::string::npos) << gap.error().toString();
    auto twice = loader.fromText(kLessons, "lessons.csv",
                                 kStepsHeader +
                                     "plan,1,total-water-use,2022,,,,a,,\nplan,1,leakage-rate,2022,,,,b,,\n",
                                 "lesson_steps.csv");
    ASSERT_TRUE(twice.hasError());
    EXPECT_EQ(loader.report().errors().front().code(), ErrorCode::DuplicateRow);
}

TEST(LessonCheck, findsWhatAnEditedProjectFileGotWrong) {
    const Dataset context = jieshui::core::testing::miniDataset();
    Lesson lesson{.id = "plan", .titleZh = "方案", .titleEn = {}, .steps = {}};
    EXPECT_TRUE(checkLessons({lesson}, context, {}, "lessons").hasError()); // no steps
    lesson.steps.push_back(
        LessonStep{.indicator = Indicator::LeakageRate, .year = 2020, .captionZh = "漏损"});
    EXPECT_TRUE(checkLessons({lesson}, context, {}, "lessons").isOk());
    lesson.steps[0].regionCode = "450799";
    const Status bad = checkLessons({lesson}, context, {}, "lessons");
    ASSERT_TRUE(bad.hasError());
    EXPECT_EQ(bad.error().location().line, 1);
    EXPECT_EQ(bad.error().location().region, "450799");
    lesson.steps[0].regionCode.clear();
    EXPECT_TRUE(checkLessons({lesson, lesson}, context, {}, "lessons").hasError()); // id twice
}
