// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardModel.h"

#include "ProjectController.h"
#include "TestProject.h"
#include "engine/Evaluator.h"

#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {
std::unique_ptr<ProjectController> openTestProject() {
    auto controller = std::make_unique<ProjectController>(std::make_unique<uitest::InMemoryRepository>());
    EXPECT_TRUE(controller->openEmbedded().isOk());
    return controller;
}

QString cell(const ScorecardModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}
} // namespace

TEST(ScorecardModel, listsTheTargetsOfTheSelectedYearAsTheEngineJudgesThem) {
    // Given the test project at 2020
    auto controller = openTestProject();
    controller->setYear(2020);
    ScorecardModel model(controller.get());
    // When the engine judges the same dataset directly (the test project has no scenarios)
    const core::Evaluator evaluator(controller->project().dataset);
    const auto verdicts = evaluator.scorecard({.scenario = "", .year = 2020});
    // Then the model has one row per verdict with the same status
    ASSERT_EQ(model.rowCount(), int(verdicts.size()));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data(ScorecardModel::StatusRole).toInt(), int(verdicts[0].status));
    EXPECT_EQ(model.index(0, 0).data(ScorecardModel::RawValueRole).toDouble(), verdicts[0].value->value);
}

TEST(ScorecardModel, showsHandComputedValueTargetStatusAndGapInDisplayUnits) {
    // Given 2020: city reuse 175/200 = 87.5 % against ≥ 90 %
    auto controller = openTestProject();
    controller->setYear(2020);
    ScorecardModel model(controller.get());
    // Then the row reads 87.5 %, ≥ 90.0 %, Missed, −2.5 pp
    EXPECT_EQ(cell(model, 0, ScorecardModel::RegionColumn), QStringLiteral("Qinzhou"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::YearColumn), QStringLiteral("2020"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::ValueColumn), QStringLiteral("87.5 %"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::TargetColumn), QStringLiteral("≥ 90.0 %"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::StatusColumn), QStringLiteral("Missed"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::GapColumn), QStringLiteral("-2.5 pp"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::ProvenanceColumn), QStringLiteral("Sourced"));
}

TEST(ScorecardModel, followsTheYearStepper) {
    // Given the model at 2020
    auto controller = openTestProject();
    controller->setYear(2020);
    ScorecardModel model(controller.get());
    // When the year becomes 2022 (city 184/200 = 92 % against ≥ 85 %)
    controller->setYear(2022);
    // Then the 2022 target shows, met
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(cell(model, 0, ScorecardModel::YearColumn), QStringLiteral("2022"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::ValueColumn), QStringLiteral("92.0 %"));
    EXPECT_EQ(cell(model, 0, ScorecardModel::StatusColumn), QStringLiteral("Met"));
}

TEST(ScorecardModel, showsEveryTargetInAYearWithoutTargets) {
    // Given a year the plan sets no target for
    auto controller = openTestProject();
    controller->setYear(2021);
    ScorecardModel model(controller.get());
    // Then both targets are listed rather than an empty table
    EXPECT_TRUE(controller->showsAllTargets());
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(ScorecardModel, isEmptyWithoutProject) {
    // Given a controller with nothing open
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ScorecardModel model(&controller);
    // Then there are no rows and out-of-range indexes give nothing
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.index(5, 0).data().isValid());
    EXPECT_EQ(model.columnCount(), ScorecardModel::ColumnCount);
}
