// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ProbabilityMapBuilder.h"

#include "TestLayers.h"
#include "io/ProjectDirectoryLoader.h"
#include "render/FontResolver.h"
#include "render/MapExporter.h"
#include "render/StatusPalette.h"
#include "report/EvaluationService.h"

#include <QFile>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

const std::filesystem::path kQinzhou = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";

class QinzhouProbability : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(kQinzhou / "project.csv"))
            GTEST_SKIP() << "the embedded Qinzhou project is not in " << kQinzhou;
        auto loaded = core::ProjectDirectoryLoader().load(kQinzhou);
        ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
        project = std::move(loaded).value();
        service = std::make_unique<core::EvaluationService>(project.dataset, project.scenarios, project.allocations);
        for (const core::Region& region : project.dataset.regions())
            if (region.kind == core::RegionKind::County)
                counties.push_back(region.code);
        auto evaluated = service->evaluate("baseline");
        ASSERT_TRUE(evaluated.isOk());
        result = std::make_unique<core::ScenarioResult>(std::move(evaluated).value());
        core::UncertaintyOptions options;
        options.draws = 500;
        auto analysed = service->uncertainty("baseline", project.uncertainty, options);
        ASSERT_TRUE(analysed.isOk()) << analysed.error().toString();
        uncertainty = std::make_unique<core::UncertaintyResult>(std::move(analysed).value());
    }

    core::LoadedProject project;
    std::unique_ptr<core::EvaluationService> service;
    std::vector<std::string> counties;
    std::unique_ptr<core::ScenarioResult> result;
    std::unique_ptr<core::UncertaintyResult> uncertainty;
};

} // namespace

TEST(ProbabilityMapBuilder, fiveCalibratedClassesInTheVerdictColours) {
    EXPECT_EQ(render::ProbabilityMapBuilder::classBreaks(), (std::vector<double>{0, 10, 33, 67, 90, 100}));
    EXPECT_EQ(render::ProbabilityMapBuilder::classLabel(0, QStringLiteral("zh")), QStringLiteral("0–10%：很可能未达标"));
    EXPECT_EQ(render::ProbabilityMapBuilder::classLabel(4, QStringLiteral("en")),
              QStringLiteral("90–100 %: very likely met"));
    EXPECT_TRUE(render::ProbabilityMapBuilder::classLabel(5, QStringLiteral("en")).isEmpty());
    // The ends of the ramp are the verdict colours, its middle a pale at-risk orange
    EXPECT_EQ(render::StatusPalette::probabilityColor(0.0), render::StatusPalette::color(core::VerdictStatus::Missed));
    EXPECT_EQ(render::StatusPalette::probabilityColor(0.5), render::StatusPalette::probabilityMiddle());
    EXPECT_GT(render::StatusPalette::probabilityMiddle().lightness(),
              render::StatusPalette::color(core::VerdictStatus::AtRisk).lightness());
    // and neighbouring classes differ in lightness
    const std::vector<double> breaks = render::ProbabilityMapBuilder::classBreaks();
    for (std::size_t i = 0; i + 2 < breaks.size(); ++i) {
        const QColor a = render::StatusPalette::probabilityColor((breaks[i] + breaks[i + 1]) / 200.0);
        const QColor b = render::StatusPalette::probabilityColor((breaks[i + 1] + breaks[i + 2]) / 200.0);
        EXPECT_GT(std::abs(a.lightness() - b.lightness()), 25) << i;
    }
    EXPECT_EQ(render::StatusPalette::probabilityColor(1.0), render::StatusPalette::color(core::VerdictStatus::Met));
    EXPECT_EQ(render::StatusPalette::probabilityColor(2.0), render::StatusPalette::color(core::VerdictStatus::Met));
}

TEST(GraduatedStyle, fixedClassesIgnoreTheValuesSpread) {
    render::GraduatedStyle style;
    QHash<QString, render::RegionResult> results;
    results.insert(QStringLiteral("a"), {core::VerdictStatus::NoData, 95.0, false});
    results.insert(QStringLiteral("b"), {core::VerdictStatus::NoData, 96.0, false});
    results.insert(QStringLiteral("c"), {core::VerdictStatus::NoData, std::nullopt, false});
    style.setResults(results);
    style.setFixedClasses({0, 50, 100}, {QColor(Qt::red), QColor(Qt::green)}, {QStringLiteral("low"), QStringLiteral("high")});
    style.setResults(results); // a new set of values keeps the fixed classes
    EXPECT_EQ(style.breaks(), (std::vector<double>{0, 50, 100}));
    EXPECT_EQ(style.effectiveClassCount(), 2);
    EXPECT_EQ(*style.colorFor(QStringLiteral("a")), QColor(Qt::green));
    EXPECT_FALSE(style.colorFor(QStringLiteral("c")).has_value());
    EXPECT_EQ(style.classLabel(0), QStringLiteral("low"));
    render::GraduatedStyle computed;
    computed.setResults(results);
    // Computed classes label their bounds (the first holds the minimum alone: its one number)
    EXPECT_EQ(computed.classLabel(0), computed.formatBound(computed.breaks()[0]));
    EXPECT_EQ(computed.classLabel(1), computed.formatBound(computed.breaks()[1]) + QStringLiteral(" – ") +
                                          computed.formatBound(computed.breaks()[2]));
}

TEST_F(QinzhouProbability, eachCountyShowsItsProbabilityOfMeetingTheCitysTarget) {
    const render::ProbabilityMapBuilder builder(*result, *uncertainty);
    auto style = builder.style({core::Indicator::LeakageRate, 2020, QStringLiteral("zh"), QStringLiteral("基准情景")},
                               counties);
    ASSERT_TRUE(style.isOk()) << style.error().toString();
    const std::size_t city = *result->cityTargetIndex(core::Indicator::LeakageRate, 2020);
    const std::string& id = result->verdicts()[city].target.id;
    for (const std::string& code : counties) {
        const render::RegionResult* r = style.value().result(QString::fromStdString(code));
        ASSERT_NE(r, nullptr);
        const core::OutcomeDistribution* o = uncertainty->county(id, code);
        ASSERT_NE(o, nullptr) << code;
        ASSERT_EQ(r->value.has_value(), o->probabilityMet().has_value()) << code;
        if (r->value) {
            EXPECT_DOUBLE_EQ(*r->value, *o->probabilityMet() * 100.0);
        }
    }
    EXPECT_EQ(style.value().title(), QStringLiteral("达标概率：公共供水管网漏损率 2020（基准情景）"));
    EXPECT_TRUE(style.value().legendNote().contains(QStringLiteral("500")));
    // No city target of the indicator that year: refused
    EXPECT_EQ(builder.style({core::Indicator::LeakageRate, 2035, QStringLiteral("zh"), {}}, counties).error().code(),
              core::ErrorCode::UnknownIndicator);
}

TEST_F(QinzhouProbability, drawsTheClassesTheirLegendAndPercentLabels) {
    if (!render::FontResolver::cjkFont().isOk())
        GTEST_SKIP() << "no CJK font";
    auto style = render::ProbabilityMapBuilder(*result, *uncertainty)
                     .style({core::Indicator::LeakageRate, 2020, QStringLiteral("zh"), QStringLiteral("基准情景")},
                            counties);
    ASSERT_TRUE(style.isOk());
    render::MapDocument document;
    document.addLayer(render::MapLayer(render::test::toyCounties()));
    ASSERT_TRUE(render::ProbabilityMapBuilder::apply(document, style.value()));
    const QString path = QString::fromStdString(
        (std::filesystem::temp_directory_path() / "jieshui-probability-map.svg").string());
    render::ExportOptions options;
    options.size = QSize(1200, 900);
    options.decorations.title = style.value().title();
    ASSERT_TRUE(render::MapExporter::exportMap(document, options, path).isOk());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // The five class words, the note, and a county's label "<name> <P> %"
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(svg.contains(render::ProbabilityMapBuilder::classLabel(i, QStringLiteral("zh")))) << i;
    EXPECT_TRUE(svg.contains(QStringLiteral("拉丁超立方")));
    const render::RegionResult* lingshan = style.value().result(QStringLiteral("450721"));
    ASSERT_TRUE(lingshan != nullptr && lingshan->value.has_value());
    EXPECT_TRUE(svg.contains(QStringLiteral("灵山县 %1 %").arg(QString::number(*lingshan->value, 'f', 0))));
    EXPECT_TRUE(svg.contains(style.value().colorFor(QStringLiteral("450721"))->name(), Qt::CaseInsensitive));
    file.remove();
}
