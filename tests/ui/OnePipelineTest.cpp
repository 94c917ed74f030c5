// SPDX-License-Identifier: GPL-3.0-or-later
// One evaluation, one truth: every view of the window, the CLI and the exported maps show the same verdict,
// value and colour for every target, county and scenario of the embedded Qinzhou project.
#include "CliRunner.h"
#include "DomainLabels.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "RegionDetailsPanel.h"
#include "ScorecardModel.h"
#include "StoreProjectRepository.h"
#include "TrajectoryChart.h"
#include "commands/SetDriverOverrideCommand.h"
#include "model/IndicatorDisplay.h"
#include "render/StatusPalette.h"
#include "store/ProjectFile.h"

#include <QChart>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>
#include <map>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

/** What the CLI says of one (target, region): from `evaluate --counties --format json`. */
struct CliVerdict {
    QString statusId;
    QString value; ///< as printed, in the report unit
};
using CliVerdicts = std::map<std::pair<QString, QString>, CliVerdict>; // (target id, region) → verdict

CliVerdicts cliVerdicts(const QStringList& arguments) {
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    CliVerdicts out;
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    EXPECT_FALSE(rows.isEmpty()) << run.out.toStdString();
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QJsonValue number = row.value(QStringLiteral("value"));
        out[{row.value(QStringLiteral("target_id")).toString(),
             row.value(QStringLiteral("region_code")).toString()}] = {
            row.value(QStringLiteral("status_id")).toString(),
            number.isDouble() ? row.value(QStringLiteral("value_text")).toString() : QString()};
    }
    return out;
}

/** The most frequent colour of the canvas pixels that pick @p regionCode (labels and hatching are
 * minorities). */
QRgb dominantColourOf(const MapCanvas& canvas, const QString& regionCode) {
    const QImage& image = canvas.renderedImage();
    const qreal ratio = image.devicePixelRatio();
    std::map<QRgb, int> counts;
    for (int y = 2; y < canvas.height() - 2; y += 3)
        for (int x = 2; x < canvas.width() - 2; x += 3)
            if (canvas.regionAt(QPointF(x, y)) == regionCode)
                ++counts[image.pixel(int(x * ratio), int(y * ratio))];
    if (counts.empty())
        return 0;
    return std::max_element(counts.begin(), counts.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })
        ->first;
}

/** The chart's value for the series named @p regionName at @p year, or nullopt. */
std::optional<double> chartValue(TrajectoryChart& chart, const QString& regionName, int year) {
    for (QAbstractSeries* series : chart.chart()->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (!line || line->name() != regionName)
            continue;
        for (const QPointF& p : line->points())
            if (int(p.x()) == year)
                return p.y();
    }
    return std::nullopt;
}

class OnePipeline : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        window = std::make_unique<MainWindow>(std::make_unique<StoreProjectRepository>());
        window->resize(1600, 1000);
        ASSERT_TRUE(window->controller()->openEmbedded().isOk());
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->mapCanvas()->waitForRender();
    }
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(OnePipeline, everyViewShowsTheVerdictValueAndColourOfTheCli) {
    ProjectController* controller = window->controller();
    const core::Dataset& dataset = controller->project().dataset;
    const core::Region* root = dataset.root();
    ASSERT_NE(root, nullptr);
    const std::vector<const core::Region*> counties = dataset.regionsOfKind(core::RegionKind::County);
    ASSERT_EQ(counties.size(), 4u);
    ASSERT_EQ(controller->scenarioNames().size(), 3);
    int comparedCounties = 0;
    for (const QString& scenario : controller->scenarioNames()) {
        // Given what the CLI says of this scenario
        const CliVerdicts cli =
            cliVerdicts({QStringLiteral("evaluate"), QStringLiteral("--scenario"), scenario,
                         QStringLiteral("--counties"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--lang"), QStringLiteral("en")});
        controller->setScenario(scenario);
        ASSERT_EQ(controller->scenario(), scenario);
        for (const core::PlanTarget& target : dataset.targets()) {
            if (target.regionCode != root->code || target.indicator == core::Indicator::TaskMilestone)
                continue;
            const QString id = QString::fromStdString(target.id);
            SCOPED_TRACE(scenario.toStdString() + " " + target.id);
            // When the window shows the target's indicator and year
            controller->setYear(target.year);
            controller->setIndicator(target.indicator);
            window->mapCanvas()->waitForRender();
            const auto city = cli.find({id, QString::fromStdString(root->code)});
            ASSERT_NE(city, cli.end());
            // Then the scorecard row has the CLI's verdict and value
            const ScorecardModel* model = window->scorecardModel();
            int row = -1;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(ScorecardModel::TargetIdRole).toString() == id)
                    row = r;
            ASSERT_GE(row, 0);
            const auto status =
                core::VerdictStatus(model->index(row, 0).data(ScorecardModel::StatusRole).toInt());
            EXPECT_EQ(QString::fromLatin1(core::verdictStatusId(status)), city->second.statusId);
            if (!city->second.value.isEmpty()) {
                EXPECT_TRUE(model->index(row, ScorecardModel::ValueColumn)
                                .data()
                                .toString()
                                .startsWith(city->second.value))
                    << model->index(row, ScorecardModel::ValueColumn).data().toString().toStdString()
                    << " vs " << city->second.value.toStdString();
            }
            EXPECT_EQ(
                model->index(row, ScorecardModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
                DomainLabels::statusColor(status));
            // And the chart's city line passes through the value
            const QVariant raw = model->index(row, 0).data(ScorecardModel::RawValueRole);
            if (raw.isValid()) {
                const auto plotted =
                    chartValue(*window->trajectoryChart(), DomainLabels::regionName(*root), target.year);
                const core::Indicator shown = controller->indicator();
                // The chart plots the indicator chosen (a cap's bulletin line is its own; compare reductions
                // etc.)
                if (plotted && shown == target.indicator &&
                    target.indicator != core::Indicator::TotalWaterUse) {
                    EXPECT_NEAR(*plotted, core::IndicatorDisplay::toDisplay(target.indicator, raw.toDouble()),
                                1e-9);
                }
            }
            for (const core::Region* county : counties) {
                const QString code = QString::fromStdString(county->code);
                const auto expected = cli.find({id, code});
                ASSERT_NE(expected, cli.end()) << county->code;
                // And the map colours the county in the CLI's verdict
                const core::VerdictStatus mapStatus =
                    window->mapCanvas()
                        ->document()
                        .layer(window->mapCanvas()->document().indexOfRole(geo::LayerRole::Counties))
                        .style()
                        .compliance.status(code);
                EXPECT_EQ(QString::fromLatin1(core::verdictStatusId(mapStatus)), expected->second.statusId)
                    << county->code;
                EXPECT_EQ(QColor(dominantColourOf(*window->mapCanvas(), code)),
                          render::StatusPalette::color(mapStatus))
                    << county->code;
                // And the region details say the same
                controller->setSelectedRegion(code);
                RegionDetailsPanel* details = window->regionDetails();
                const int detailRow = details->rowOf(target.indicator);
                ASSERT_GE(detailRow, 0);
                QTableWidgetItem* cell = details->table()->item(detailRow, RegionDetailsPanel::StatusColumn);
                ASSERT_NE(cell, nullptr);
                EXPECT_TRUE(cell->text().startsWith(render::StatusPalette::name(mapStatus)))
                    << cell->text().toStdString();
                EXPECT_EQ(cell->foreground().color(), DomainLabels::statusColor(mapStatus));
                ++comparedCounties;
            }
            controller->setSelectedRegion(QString());
        }
    }
    EXPECT_GE(comparedCounties, 3 * 8 * 4); // three scenarios, the plan's numeric city targets, four counties
}

TEST_F(OnePipeline, exportedMapsUseTheColoursOfTheWindowsMap) {
    ProjectController* controller = window->controller();
    QTemporaryDir dir;
    for (const QString& scenario : controller->scenarioNames()) {
        for (const auto& [indicator, year] : {std::pair{core::Indicator::TotalWaterUse, 2022},
                                              std::pair{core::Indicator::IrrigationCoefficient, 2020}}) {
            controller->setScenario(scenario);
            controller->setYear(year);
            controller->setIndicator(indicator);
            window->mapCanvas()->waitForRender();
            const render::ThematicStyle& shown =
                window->mapCanvas()
                    ->document()
                    .layer(window->mapCanvas()->document().indexOfRole(geo::LayerRole::Counties))
                    .style()
                    .compliance;
            const QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(scenario).arg(year));
            const CliRun run =
                runCli({QStringLiteral("export-map"), QStringLiteral("--scenario"), scenario,
                        QStringLiteral("--indicator"),
                        QString::fromUtf8(core::IndicatorCatalog::info(indicator).id.data()),
                        QStringLiteral("--year"), QString::number(year), QStringLiteral("--out"), path});
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            const QImage image(path);
            ASSERT_FALSE(image.isNull());
            std::map<QRgb, int> counts;
            for (int y = 0; y < image.height(); y += 2)
                for (int x = 0; x < image.width(); x += 2)
                    ++counts[image.pixel(x, y) | 0xFF000000u];
            // A verdict class fills a visible share of the exported map exactly when the window's map has it
            for (core::VerdictStatus status : render::StatusPalette::all) {
                if (status == core::VerdictStatus::NoData || status == core::VerdictStatus::NoQuota)
                    continue; // greys are also the legend's and the background's
                const bool inWindow = shown.hasStatus(status);
                const int pixels = counts[render::StatusPalette::color(status).rgb()];
                SCOPED_TRACE(scenario.toStdString() + " " + std::to_string(year) + " " +
                             core::verdictStatusId(status));
                if (inWindow)
                    EXPECT_GT(pixels, 2000);
                else
                    EXPECT_LT(pixels, 600); // the legend's swatch only
            }
        }
    }
}

TEST(SavedResults, areTheCliEvaluationOfTheSavedFileAfterAnEdit) {
    // Given the Qinzhou project in the window's controller, saved once
    ProjectController controller(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(controller.openEmbedded().isOk());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qinzhou.gpkg"));
    ASSERT_TRUE(controller.saveAs(path).isOk());
    auto before = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadOnly);
    ASSERT_TRUE(before.isOk());
    const auto oldRows = before.value().results("high-growth");
    ASSERT_TRUE(oldRows.isOk());
    before = core::Error(core::ErrorCode::IoError, "closed");
    // When a driver of high growth is edited (钦南区 GDP +15 %/yr from 2023, instead of +9 %) and the project
    // saved
    controller.setScenario(QStringLiteral("high-growth"));
    controller.undoStack()->push(new SetDriverOverrideCommand(
        &controller, QStringLiteral("high-growth"),
        core::DriverOverride{
            .regionCode = "450702", .driver = core::Driver::GdpRealGrowth, .fromYear = 2023, .value = 0.15}));
    ASSERT_TRUE(controller.save().isOk());
    // Then the stored results are those of the edited data: the CLI evaluating the saved file agrees
    std::vector<store::ResultRow> stored;
    {
        auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadOnly);
        ASSERT_TRUE(file.isOk()) << file.error().toString();
        auto rows = file.value().results("high-growth");
        ASSERT_TRUE(rows.isOk());
        stored = rows.value();
    }
    ASSERT_FALSE(stored.empty());
    const CliRun run =
        runCli({QStringLiteral("evaluate"), path, QStringLiteral("--scenario"), QStringLiteral("high-growth"),
                QStringLiteral("--counties"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray cli = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(std::size_t(cli.size()), stored.size());
    int changed = 0;
    for (const QJsonValue& value : cli) {
        const QJsonObject row = value.toObject();
        const std::string id = row.value(QStringLiteral("target_id")).toString().toStdString();
        const std::string region = row.value(QStringLiteral("region_code")).toString().toStdString();
        const auto match = std::find_if(stored.begin(), stored.end(), [&](const store::ResultRow& r) {
            return r.targetId == id && r.regionCode == region;
        });
        ASSERT_NE(match, stored.end()) << id << " " << region;
        EXPECT_EQ(match->status, row.value(QStringLiteral("status_id")).toString().toStdString())
            << id << " " << region;
        EXPECT_EQ(match->value.has_value(), row.value(QStringLiteral("value")).isDouble())
            << id << " " << region;
        if (match->value) {
            EXPECT_DOUBLE_EQ(*match->value, row.value(QStringLiteral("value_base")).toDouble())
                << id << " " << region;
            const auto old =
                std::find_if(oldRows.value().begin(), oldRows.value().end(), [&](const store::ResultRow& r) {
                    return r.targetId == id && r.regionCode == region;
                });
            if (old != oldRows.value().end() && old->value &&
                std::abs(*old->value - *match->value) > 1e-9 * std::abs(*match->value))
                ++changed;
        }
    }
    // And the edit did change the 2035 results (the old, stale rows would not match)
    EXPECT_GT(changed, 0);
}
