// SPDX-License-Identifier: GPL-3.0-or-later
// Every view of the total-use cap says the scope the plan's target is judged in (the assessment scope,
// core::judgedIndicator): the indicator chooser, the trajectory chart, the map title,
// the status bar, the scorecard and the comparison — and the chart's line is that scope's values.
#include "DomainLabels.h"
#include "IndicatorChooser.h"
#include "MainWindow.h"
#include "MapPresenter.h"
#include "MapStage.h"
#include "ProjectController.h"
#include "ScorecardModel.h"
#include "StoreProjectRepository.h"
#include "TrajectoryChart.h"
#include "report/JudgedIndicator.h"

#include <QChart>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(CapScopeWording, everyViewOfTheTotalUseCapNamesTheScopeItIsJudgedIn) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.resize(1366, 768);
    window.show();
    // The rule: a cap is judged in the assessment scope
    ASSERT_EQ(core::judgedIndicator(core::Indicator::TotalWaterUse),
              core::Indicator::TotalWaterUseAssessment);
    const QString judged = DomainLabels::indicatorName(core::Indicator::TotalWaterUseAssessment);
    const QString bulletin = DomainLabels::indicatorName(core::Indicator::TotalWaterUse);
    ASSERT_NE(judged, bulletin);

    // When the total-use cap of 2035 is shown
    window.controller()->setIndicator(core::Indicator::TotalWaterUse);
    window.controller()->setYear(2035);
    QCoreApplication::processEvents();

    // Then the chooser, the chart, the map title and the status bar all name the assessment scope
    IndicatorChooser* chooser = window.indicatorChooser();
    EXPECT_EQ(chooser->currentText(), judged);
    for (int i = 0; i < chooser->count(); ++i)
        EXPECT_NE(chooser->itemText(i), bulletin) << "the chooser offers the bulletin scope as a cap";
    EXPECT_EQ(chooser->findText(judged), chooser->currentIndex()) << "one entry of that name";
    const QString chartTitle = window.trajectoryChart()->chart()->title();
    EXPECT_TRUE(chartTitle.startsWith(judged)) << chartTitle.toStdString();
    EXPECT_TRUE(window.mapStage()->titleLabel()->text().startsWith(judged))
        << window.mapStage()->titleLabel()->text().toStdString();
    EXPECT_TRUE(window.mapPresenter()->themeDescription().contains(judged))
        << window.mapPresenter()->themeDescription().toStdString();
    EXPECT_FALSE(window.mapPresenter()->themeDescription().contains(bulletin));
    // And so does the scorecard's row of the cap
    bool sawCap = false;
    ScorecardModel* scorecard = window.scorecardModel();
    for (int r = 0; r < scorecard->rowCount(); ++r) {
        const QString label = scorecard->index(r, 0).data().toString();
        EXPECT_NE(label, bulletin) << r;
        sawCap = sawCap || label == judged;
    }
    EXPECT_TRUE(sawCap);

    // And when the assessment total is chosen elsewhere (a lesson), the chooser shows that same entry
    window.controller()->setIndicator(core::Indicator::TotalWaterUseAssessment);
    QCoreApplication::processEvents();
    EXPECT_EQ(chooser->currentText(), judged);
    EXPECT_TRUE(window.trajectoryChart()->chart()->title().startsWith(judged));
    EXPECT_GT(window.trajectoryChart()->targetMarkerCount(), 0) << "the caps are drawn on the chart";
}
