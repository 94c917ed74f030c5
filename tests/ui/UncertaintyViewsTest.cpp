// SPDX-License-Identifier: GPL-3.0-or-later
// The probability of meeting each target where verdicts are shown: the scorecard's P(met) column, the region
// details' band, the trajectory chart's fan, the probability map and its legend, the tornado — all from the one
// EvaluationService::uncertainty run, the same numbers as `jieshui-cli evaluate --uncertainty`; edits make a
// result stale (and re-run it), undo restores the model, cancel stops a run.
#include "CliRunner.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapPresenter.h"
#include "ProjectController.h"
#include "RegionDetailsPanel.h"
#include "ScorecardModel.h"
#include "StoreProjectRepository.h"
#include "TornadoChart.h"
#include "TrajectoryChart.h"
#include "UncertaintyController.h"
#include "UncertaintyPanel.h"
#include "UncertaintySettingsDialog.h"
#include "commands/SetUncertaintyCommand.h"
#include "model/IndicatorDisplay.h"
#include "render/ProbabilityMapBuilder.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <map>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

constexpr int kDraws = 300;

class UncertaintyViews : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        window->resize(1600, 1000);
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        uncertainty()->setDraws(kDraws);
    }
    UncertaintyController* uncertainty() const { return window->controller()->uncertainty(); }
    void runAndWait() {
        uncertainty()->run();
        uncertainty()->waitForFinished();
        ASSERT_NE(uncertainty()->result(), nullptr) << uncertainty()->problem().toStdString();
    }
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(UncertaintyViews, theScorecardShowsTheCliProbabilities) {
    ProjectController* controller = window->controller();
    // Given the CLI's probabilities of the baseline, with the same draws and seed
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--uncertainty"), QStringLiteral("--draws"),
                               QString::number(kDraws), QStringLiteral("--counties"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    std::map<std::pair<QString, QString>, QJsonValue> cli;
    for (const QJsonValue& row : QJsonDocument::fromJson(run.out.toUtf8()).array())
        cli[{row[QStringLiteral("target_id")].toString(), row[QStringLiteral("region_code")].toString()}] =
            row[QStringLiteral("p_met")];
    ASSERT_FALSE(cli.empty());
    // When the window runs the analysis
    auto* model = qobject_cast<ScorecardModel*>(
        window->findChild<QTableView*>()->model() ? window->findChild<ScorecardModel*>() : nullptr);
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->index(0, ScorecardModel::ProbabilityColumn).data().toString(), QStringLiteral("—"));
    runAndWait();
    // Then every row of every year shows the CLI's P(met), formatted once
    int compared = 0;
    for (int year : {2020, 2022, 2035}) {
        controller->setYear(year);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, 0).data(ScorecardModel::TargetIdRole).toString();
            const QString region = model->index(row, 0).data(ScorecardModel::RegionCodeRole).toString();
            const QVariant p = model->index(row, ScorecardModel::ProbabilityColumn).data(ScorecardModel::ProbabilityRole);
            const auto it = cli.find({id, region});
            ASSERT_NE(it, cli.end()) << id.toStdString();
            ASSERT_EQ(p.isValid(), it->second.isDouble()) << id.toStdString();
            if (!p.isValid())
                continue;
            EXPECT_DOUBLE_EQ(p.toDouble(), it->second.toDouble()) << id.toStdString();
            EXPECT_EQ(model->index(row, ScorecardModel::ProbabilityColumn).data().toString().toStdString(),
                      core::IndicatorDisplay::formatProbability(p.toDouble()));
            ++compared;
        }
    }
    EXPECT_GE(compared, 10);
}

TEST_F(UncertaintyViews, detailsChartMapAndTornadoShowTheAnalysis) {
    ProjectController* controller = window->controller();
    controller->setIndicator(core::Indicator::TotalWaterUse);
    controller->setYear(2035);
    controller->setSelectedRegion(QStringLiteral("450721"));
    EXPECT_EQ(window->trajectoryChart()->fanYearCount(), 0);
    runAndWait();
    const core::UncertaintyResult* result = uncertainty()->result();
    // The region details: P(met) and the band of 灵山县's cap in 2035
    auto* details = window->findChild<RegionDetailsPanel*>();
    ASSERT_NE(details, nullptr);
    const int row = details->rowOf(core::Indicator::TotalWaterUse);
    ASSERT_GE(row, 0);
    const auto verdict = controller->judgeRegion(core::Indicator::TotalWaterUse, QStringLiteral("450721"));
    ASSERT_TRUE(verdict.has_value());
    const core::OutcomeDistribution* county = result->outcome(verdict->target.id, "450721");
    ASSERT_NE(county, nullptr);
    ASSERT_TRUE(county->band.has_value());
    const QString cell = details->table()->item(row, details->probabilityColumn())->text();
    EXPECT_TRUE(cell.startsWith(QString::fromStdString(core::IndicatorDisplay::formatProbability(*county->probabilityMet()))))
        << cell.toStdString();
    EXPECT_TRUE(cell.contains(QString::fromStdString(
        core::IndicatorDisplay::formatRange(verdict->target, county->band->low, county->band->high))))
        << cell.toStdString();
    // The chart: a fan over every year 2015–2035 of the selected county
    EXPECT_EQ(window->trajectoryChart()->fanYearCount(), 21);
    // The tornado of that target: its most influential inputs, largest swing first
    TornadoChart* tornado = window->uncertaintyPanel()->tornado();
    EXPECT_GT(tornado->barCount(), 0);
    EXPECT_LE(tornado->barCount(), 10);
    // The probability map: the counties coloured by P(met) of the city's 2035 cap, with its legend
    window->uncertaintyPanel()->probabilityMapAction()->setChecked(true);
    const QString theme = window->mapPresenter()->themeDescription();
    EXPECT_TRUE(theme.startsWith(QStringLiteral("Probability of meeting"))) << theme.toStdString();
    const render::MapDocument& document = window->mapCanvas()->document();
    const int counties = document.indexOfRole(geo::LayerRole::Counties);
    ASSERT_GE(counties, 0);
    const render::LayerStyle& style = document.layer(counties).style();
    EXPECT_EQ(style.fillMode, render::FillMode::Graduated);
    EXPECT_TRUE(style.graduated.hasFixedClasses());
    EXPECT_EQ(style.graduated.effectiveClassCount(), 5);
    EXPECT_EQ(style.graduated.classLabel(4), render::ProbabilityMapBuilder::classLabel(4, QStringLiteral("en")));
    const render::RegionResult* lingshan = style.graduated.result(QStringLiteral("450721"));
    ASSERT_NE(lingshan, nullptr);
    ASSERT_TRUE(lingshan->value.has_value());
    EXPECT_DOUBLE_EQ(*lingshan->value, *county->probabilityMet() * 100.0);
    // and back to the compliance map
    window->uncertaintyPanel()->probabilityMapAction()->setChecked(false);
    EXPECT_FALSE(window->mapPresenter()->themeDescription().startsWith(QStringLiteral("Probability")));
}

TEST_F(UncertaintyViews, anEditMakesTheResultStaleReRunsItAndUndoRestoresTheModel) {
    ProjectController* controller = window->controller();
    runAndWait();
    const double before = *uncertainty()->result()->targets().front().probabilityMet();
    QSignalSpy changed(uncertainty(), &UncertaintyController::resultChanged);
    // When every estimate becomes twice as uncertain (one undoable edit)
    core::UncertaintyModel model = controller->project().uncertainty;
    model.setProvenanceDefault(core::ProvenanceKind::Estimate,
                               {core::DistributionKind::Normal, core::SpreadKind::Relative, 0.2});
    controller->undoStack()->push(new SetUncertaintyCommand(controller, model));
    // Then the old result is gone at once, and a new run follows by itself (live after the first run)
    EXPECT_EQ(uncertainty()->result(), nullptr);
    EXPECT_GE(changed.count(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return uncertainty()->result() != nullptr; }, 30000));
    EXPECT_EQ(controller->project().uncertainty.provenanceDefault(core::ProvenanceKind::Estimate).spread, 0.2);
    const double after = *uncertainty()->result()->targets().front().probabilityMet();
    EXPECT_NE(before, after);
    // And undo restores the model (and the probabilities)
    controller->undoStack()->undo();
    EXPECT_EQ(controller->project().uncertainty.provenanceDefault(core::ProvenanceKind::Estimate).spread, 0.1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return uncertainty()->result() != nullptr; }, 30000));
    EXPECT_EQ(*uncertainty()->result()->targets().front().probabilityMet(), before);
}

TEST_F(UncertaintyViews, cancelStopsARunAndTheLiveReRuns) {
    uncertainty()->setDraws(200000);
    QSignalSpy finished(uncertainty(), &UncertaintyController::finished);
    uncertainty()->run();
    EXPECT_TRUE(uncertainty()->isRunning());
    uncertainty()->cancel();
    uncertainty()->waitForFinished();
    ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 30000));
    EXPECT_FALSE(uncertainty()->isRunning());
    EXPECT_EQ(uncertainty()->result(), nullptr);
    EXPECT_FALSE(uncertainty()->isLive());
    EXPECT_FALSE(finished.last().at(0).toString().isEmpty());
}

TEST_F(UncertaintyViews, theSettingsDialogRoundTripsTheModelAndRefusesWhatCannotBe) {
    ProjectController* controller = window->controller();
    UncertaintySettingsDialog dialog(controller);
    // The shipped model reads back exactly as it was shown (absolute spreads through their display units)
    const core::UncertaintyModel& shipped = controller->project().uncertainty;
    const core::UncertaintyModel shown = dialog.model();
    ASSERT_EQ(shown.statisticRules().size(), shipped.statisticRules().size());
    for (std::size_t i = 0; i < shown.statisticRules().size(); ++i)
        EXPECT_NEAR(shown.statisticRules()[i].uncertainty.spread, shipped.statisticRules()[i].uncertainty.spread,
                    1e-9 * shipped.statisticRules()[i].uncertainty.spread);
    ASSERT_EQ(shown.driverRules().size(), shipped.driverRules().size());
    EXPECT_EQ(shown.driverRules().front().regionCode, shipped.driverRules().front().regionCode);
    // An absolute spread without a variable is refused, and nothing changes
    core::UncertaintyModel bad = shipped;
    bad.statisticRules().push_back({.regionCode = "450721",
                                    .uncertainty = {core::DistributionKind::Normal, core::SpreadKind::Absolute, 1.0}});
    dialog.setModel(bad);
    const int undoBefore = controller->undoStack()->count();
    EXPECT_FALSE(dialog.apply());
    EXPECT_EQ(controller->undoStack()->count(), undoBefore);
    // A valid edit is one undo step
    core::UncertaintyModel good = shipped;
    good.setProvenanceDefault(core::ProvenanceKind::Sourced,
                              {core::DistributionKind::Uniform, core::SpreadKind::Relative, 0.05});
    dialog.setModel(good);
    EXPECT_TRUE(dialog.apply());
    EXPECT_EQ(controller->undoStack()->count(), undoBefore + 1);
    EXPECT_EQ(controller->project().uncertainty.provenanceDefault(core::ProvenanceKind::Sourced).distribution,
              core::DistributionKind::Uniform);
}
