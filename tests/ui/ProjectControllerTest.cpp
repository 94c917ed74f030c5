// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectController.h"

#include "TestProject.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(ProjectController, opensTheEmbeddedProjectAndAnnouncesIt) {
    // Given a controller
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    QSignalSpy spy(&controller, &ProjectController::changed);
    // When the embedded project opens
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // Then it holds the project, has no file yet and said so once with ProjectReplaced
    EXPECT_EQ(controller.project().dataset.regions().size(), 3u);
    EXPECT_TRUE(controller.filePath().isEmpty());
    EXPECT_FALSE(controller.isModified());
    ASSERT_GE(spy.count(), 1);
    EXPECT_EQ(spy.last().at(0).value<ChangeEvent>().kind, ChangeKind::ProjectReplaced);
}

TEST(ProjectController, offersThePlansYearsAndClampsToThem) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // Given the test plan: targets for 2020 and 2022, statistics of 2020 and 2022, no base year stated
    // Then its years are 2020-2022, from its own data, not from constants
    EXPECT_EQ(controller.planYears().baseYear, 2020);
    EXPECT_EQ(controller.planYears().targetYears, (std::vector<int>{2020, 2022}));
    EXPECT_EQ(controller.firstYear(), 2020);
    EXPECT_EQ(controller.lastYear(), 2022);
    // When a year outside them is asked for, it is clamped
    controller.setYear(1990);
    EXPECT_EQ(controller.year(), 2020);
    controller.setYear(2050);
    EXPECT_EQ(controller.year(), 2022);
}

TEST(ProjectController, followsThePlanWhenItsTargetsChange) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // When a 2025 target against 2020 is added (as an import would)
    core::Dataset& d = controller.mutableProject().dataset;
    ASSERT_TRUE(d.addTarget({.id = "T-2025-REUSE",
                             .indicator = core::Indicator::IndustrialReuseRate,
                             .regionCode = "450700",
                             .year = 2025,
                             .comparator = core::Comparator::AtLeast,
                             .value = 0.92,
                             .baseYear = 2020})
                    .isOk());
    controller.notify(ChangeEvent{ChangeKind::DataChanged});
    // Then 2025 is a key year and can be chosen
    EXPECT_EQ(controller.lastYear(), 2025);
    EXPECT_TRUE(controller.planYears().isKeyYear(2025));
    controller.setYear(2025);
    EXPECT_EQ(controller.year(), 2025);
}

TEST(ProjectController, refusesUnknownScenarioAndRegion) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // When an unknown scenario or region code is chosen
    controller.setScenario(QStringLiteral("no-such-scenario"));
    controller.setSelectedRegion(QStringLiteral("999999"));
    // Then nothing changes
    EXPECT_EQ(controller.scenario(), QStringLiteral("baseline"));
    EXPECT_TRUE(controller.selectedRegion().isEmpty());
    // And a known one is taken
    controller.setScenario(QStringLiteral("strict"));
    controller.setSelectedRegion(QStringLiteral("450702"));
    EXPECT_EQ(controller.scenario(), QStringLiteral("strict"));
    EXPECT_EQ(controller.selectedRegion(), QStringLiteral("450702"));
}

TEST(ProjectController, saveNeedsAFileButSaveAsWritesAndMarksClean) {
    auto repository = std::make_unique<uitest::InMemoryRepository>();
    uitest::InMemoryRepository* store = repository.get();
    ProjectController controller(std::move(repository));
    ASSERT_TRUE(controller.openEmbedded().isOk());
    // When saving without a file
    const core::Status plain = controller.save();
    // Then it fails with IoError and writes nothing
    ASSERT_TRUE(plain.hasError());
    EXPECT_EQ(plain.error().code(), core::ErrorCode::IoError);
    EXPECT_EQ(store->saveCount, 0);
    // When saving as a file
    ASSERT_TRUE(controller.saveAs(QStringLiteral("/tmp/a.gpkg")).isOk());
    EXPECT_EQ(store->saveCount, 1);
    EXPECT_EQ(controller.filePath(), QStringLiteral("/tmp/a.gpkg"));
    EXPECT_TRUE(controller.displayTitle().startsWith(QStringLiteral("a.gpkg")));
}

TEST(ProjectController, aFailedOpenKeepsTheCurrentProject) {
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    controller.setSelectedRegion(QStringLiteral("450703"));
    // When a file that does not exist is opened
    const core::Status status = controller.open(QStringLiteral("/nonexistent/x.gpkg"));
    // Then the error says so and the project and selection stay
    ASSERT_TRUE(status.hasError());
    EXPECT_EQ(controller.project().dataset.regions().size(), 3u);
    EXPECT_EQ(controller.selectedRegion(), QStringLiteral("450703"));
}

TEST(ProjectController, judgesACountyAgainstTheCityTarget) {
    // Given 2020 and the city target reuse ≥ 90 %
    ProjectController controller(std::make_unique<uitest::InMemoryRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    controller.setYear(2020);
    // When the counties are judged (钦南 95 %, 钦北 80 %)
    const auto qinnan =
        controller.judgeRegion(core::Indicator::IndustrialReuseRate, QStringLiteral("450702"));
    const auto qinbei =
        controller.judgeRegion(core::Indicator::IndustrialReuseRate, QStringLiteral("450703"));
    // Then 钦南 meets it and 钦北 misses it
    ASSERT_TRUE(qinnan && qinbei);
    EXPECT_EQ(qinnan->status, core::VerdictStatus::Met);
    EXPECT_EQ(qinbei->status, core::VerdictStatus::Missed);
    EXPECT_NEAR(qinnan->value->value, 0.95, 1e-12);
    // And an indicator without a target has no verdict
    EXPECT_FALSE(controller.judgeRegion(core::Indicator::LeakageRate, QStringLiteral("450702")));
}
