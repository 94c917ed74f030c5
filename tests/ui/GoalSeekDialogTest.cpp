// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalSeekDialog.h"

#include "MainWindow.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioChooser.h"
#include "StoreProjectRepository.h"
#include "scenario/GoalSeeker.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(GoalSeekDialog, answersWhatTheCapTakesAndTurnsTheAnswerIntoAScenarioInOneStep) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    ProjectController* controller = window.controller();
    controller->setScenario(QStringLiteral("high-growth"));
    // When "what does it take?" is asked for the 2035 cap in high growth, with a quota split of 14 亿m³ made
    // tighter than the plan's so that the answer is a real decline
    core::Allocation tight = *controller->service().allocationFor("high-growth", 2035);
    tight.id = "HG-TIGHT";
    tight.scenario = "high-growth";
    for (core::AllocationShare& s : tight.shares)
        s.volume *= 0.55;
    controller->mutableProject().allocations.push_back(tight);
    controller->notify(ChangeEvent{ChangeKind::ScenariosChanged});
    GoalSeekDialog dialog(controller, QStringLiteral("QZ-2035-TOTAL"));
    // Then there is an answer for the city and each of the four counties
    ASSERT_TRUE(dialog.outcome().has_value()) << dialog.messageLabel()->text().toStdString();
    const core::GoalSeekOutcome& o = *dialog.outcome();
    EXPECT_EQ(dialog.table()->rowCount(), 5);
    ASSERT_EQ(o.counties.size(), 4u);
    // The city's answer is the service's own (the same pipeline)
    auto service = controller->service().goalSeek("high-growth", "QZ-2035-TOTAL");
    ASSERT_TRUE(service.isOk());
    EXPECT_DOUBLE_EQ(o.city.decline.value, service.value().city.decline.value);
    EXPECT_EQ(dialog.table()->item(0, 2)->text(), GoalSeekDialog::declineText(o.city.decline));
    // A county whose projected use exceeds its tightened quota needs a decline > 0
    bool someCountyNeedsADecline = false;
    for (const core::RegionGoalSeek& c : o.counties)
        if (c.decline.outcome == core::GoalSeekFinding::Outcome::Found && c.decline.value > 0.0)
            someCountyNeedsADecline = true;
    EXPECT_TRUE(someCountyNeedsADecline);
    ASSERT_TRUE(dialog.countiesButton()->isEnabled());

    // When the county answer becomes a scenario
    const int steps = controller->undoStack()->count();
    const QString id = dialog.createScenario(true);
    // Then one undo step made it, it inherits from high growth and is shown, and every county meets its quota
    ASSERT_FALSE(id.isEmpty());
    EXPECT_EQ(controller->undoStack()->count(), steps + 1);
    EXPECT_EQ(controller->scenario(), id);
    EXPECT_EQ(controller->project().scenario(id)->parent, "high-growth");
    EXPECT_GE(window.scenarioChooser()->findData(id), 0);
    const core::ScenarioResult* result = controller->result();
    ASSERT_NE(result, nullptr);
    const auto index = result->cityTargetIndex(core::Indicator::TotalWaterUse, 2035);
    ASSERT_TRUE(index.has_value());
    for (std::size_t k = 0; k < o.counties.size(); ++k) {
        if (o.counties[k].decline.outcome == core::GoalSeekFinding::Outcome::Found) {
            EXPECT_EQ(result->countyVerdicts(*index)[k].status, core::VerdictStatus::Met)
                << o.counties[k].regionCode;
        }
    }
    // And the overrides are the answers: each county's intensities fall by its own decline
    for (const core::DriverOverride& override : controller->project().scenario(id)->overrides) {
        const auto county =
            std::find_if(o.counties.begin(), o.counties.end(),
                         [&](const core::RegionGoalSeek& c) { return c.regionCode == override.regionCode; });
        ASSERT_NE(county, o.counties.end());
        EXPECT_DOUBLE_EQ(override.value, -county->decline.value);
    }
    // And one undo removes it
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().scenario(id), nullptr);
    EXPECT_EQ(controller->scenario(), QStringLiteral("high-growth"));
}

TEST(GoalSeekDialog, saysWhyAnObservedTargetHasNoAnswer) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    // The 2022 cap is observed: no projection changes it
    GoalSeekDialog dialog(window.controller(), QStringLiteral("QZ-2022-TOTAL"));
    EXPECT_FALSE(dialog.outcome().has_value());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("observed")))
        << dialog.messageLabel()->text().toStdString();
    EXPECT_FALSE(dialog.cityButton()->isEnabled());
    EXPECT_TRUE(dialog.createScenario(false).isEmpty());
}
