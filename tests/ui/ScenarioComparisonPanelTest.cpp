// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparisonPanel.h"

#include "MainWindow.h"
#include "MapPreview.h"
#include "MapProbe.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioComparisonModel.h"
#include "StoreProjectRepository.h"
#include "TableClipboard.h"
#include "model/IndicatorDisplay.h"

#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(ScenarioComparisonPanel, showsEveryTargetOfTheYearPerScenarioWithDifferencesAndADifferenceMap) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    ScenarioComparisonPanel* panel = window.plannerActions()->comparison();
    const ProjectData& project = window.controller()->project();
    // When baseline, strict saving and high growth are compared in 2035
    panel->compare(QStringLiteral("baseline"),
                   {QStringLiteral("strict-saving"), QStringLiteral("high-growth")}, 2035);
    ScenarioComparisonModel* model = panel->model();
    ASSERT_GT(model->rowCount(), 0);
    ASSERT_EQ(panel->results().size(), 3u);
    // Then each cap value is the core's own projection of that scenario, computed independently here
    const std::vector<std::string> ids{"baseline", "strict-saving", "high-growth"};
    std::vector<core::Dataset> projected;
    for (const std::string& id : ids)
        projected.push_back(uitest::projectIndependently(project, id));
    bool sawCap = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const core::ComparisonRow& row = model->rows()[std::size_t(r)];
        if (row.target.indicator != core::Indicator::TotalWaterUse)
            continue;
        sawCap = true;
        for (std::size_t k = 0; k < ids.size(); ++k)
            EXPECT_NEAR(*row.cells[k].value, uitest::assessmentUse(projected[k], row.target.regionCode, 2035),
                        1.0)
                << ids[k];
        // And the differences are B − A, shown in the table in the target's unit with a sign
        EXPECT_NEAR(*row.cells[2].difference, *row.cells[2].value - *row.cells[0].value, 1e-6);
        EXPECT_EQ(model->index(r, ScenarioComparisonModel::differenceColumn(2)).data().toString(),
                  QString::fromStdString(core::IndicatorDisplay::formatSigned(core::Indicator::TotalWaterUse,
                                                                              *row.cells[2].difference)) +
                      QStringLiteral(" 亿m³"));
        // And a difference that shows is highlighted
        EXPECT_TRUE(row.differs);
        EXPECT_EQ(model->index(r, ScenarioComparisonModel::differenceColumn(1))
                      .data(Qt::BackgroundRole)
                      .value<QBrush>()
                      .color(),
                  ScenarioComparisonModel::highlightColor());
    }
    EXPECT_TRUE(sawCap);

    // And the difference map of total use (high growth − baseline) has each county's difference in 亿m³
    panel->setMapIndicator(core::Indicator::TotalWaterUse);
    panel->setMapScenario(QStringLiteral("high-growth"));
    const render::MapDocument& map = panel->mapPreview()->document();
    const int counties = map.indexOfRole(geo::LayerRole::Counties);
    ASSERT_GE(counties, 0);
    const render::LayerStyle& style = map.layer(counties).style();
    EXPECT_EQ(style.fillMode, render::FillMode::Graduated);
    const core::Dataset base = uitest::projectIndependently(project, "baseline");
    const core::Dataset high = uitest::projectIndependently(project, "high-growth");
    for (const core::Region* county : project.dataset.regionsOfKind(core::RegionKind::County)) {
        const render::RegionResult* shown = style.graduated.result(QString::fromStdString(county->code));
        ASSERT_NE(shown, nullptr) << county->code;
        const auto bulletin = [&](const core::Dataset& d) {
            return core::Evaluator(d)
                       .compute(core::Indicator::TotalWaterUse, county->code, 2035)
                       .value()
                       .value /
                   1e8;
        };
        EXPECT_NEAR(*shown->value, bulletin(high) - bulletin(base), 1e-9) << county->code;
    }
    // With its legend and title drawn (the page has a title band)
    EXPECT_FALSE(panel->mapPreview()->decorations().title.isEmpty());
    EXPECT_TRUE(panel->mapPreview()->decorations().legend);

    // And the table copies and exports with every scenario's name
    const QString text = TableClipboard::modelAsText(*model);
    EXPECT_TRUE(text.contains(QStringLiteral("Strict saving"))) << text.toStdString();
    const core::ReportTable table = model->toReportTable(QStringLiteral("2035"));
    EXPECT_EQ(int(table.rows.size()), model->rowCount());
    EXPECT_EQ(table.columns.size(), 5u + 2u + 3u + 3u);
}
