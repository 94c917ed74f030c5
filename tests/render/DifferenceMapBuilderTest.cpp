// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/DifferenceMapBuilder.h"

#include "TestLayers.h"
#include "io/ProjectDirectoryLoader.h"
#include "model/IndicatorDisplay.h"
#include "render/FontResolver.h"
#include "render/MapExporter.h"
#include "report/EvaluationService.h"

#include <QFile>
#include <QImage>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

const std::filesystem::path kQinzhou = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";

render::GraduatedStyle diverging(bool positiveIsBetter, std::vector<double> values, int classes) {
    render::GraduatedStyle style;
    style.setClassCount(classes);
    style.setDiverging(positiveIsBetter);
    QHash<QString, render::RegionResult> results;
    for (std::size_t i = 0; i < values.size(); ++i)
        results.insert(QString::number(i), {core::VerdictStatus::NoData, values[i], false});
    style.setResults(results);
    return style;
}

} // namespace

TEST(Classifier, symmetricBreaksCentreZeroWhateverTheSpread) {
    // Given differences from −1 to +3, five classes: equal widths on [−3, 3], zero in the middle class
    const std::vector<double> five = render::Classifier::symmetric({-1.0, 0.5, 3.0}, 5);
    const std::vector<double> expected{-3.0, -1.8, -0.6, 0.6, 1.8, 3.0};
    ASSERT_EQ(five.size(), expected.size());
    for (std::size_t i = 0; i < five.size(); ++i)
        EXPECT_NEAR(five[i], expected[i], 1e-12) << i;
    // And with four classes zero is exactly a break
    const std::vector<double> four = render::Classifier::symmetric({-2.0, 1.0}, 4);
    EXPECT_EQ(four, (std::vector<double>{-2.0, -1.0, 0.0, 1.0, 2.0}));
    // And all-zero differences make one class, nothing makes no class
    EXPECT_EQ(render::Classifier::symmetric({0.0, 0.0}, 5), (std::vector<double>{0.0, 0.0}));
    EXPECT_TRUE(render::Classifier::symmetric({}, 5).empty());
}

TEST(GraduatedStyle, divergingColoursBetterBlueWorseRedAndZeroNeutral) {
    // Given a difference style where higher is better and values −2, 0, +2 in five classes
    const render::GraduatedStyle style = diverging(true, {-2.0, 0.0, 2.0}, 5);
    // Then zero is neutral, the ends take the ends of the ramp: blue for better, red for worse
    EXPECT_EQ(*style.colorFor(QStringLiteral("1")), render::GraduatedStyle::divergingNeutral());
    EXPECT_EQ(*style.colorFor(QStringLiteral("2")), render::GraduatedStyle::divergingBetter());
    EXPECT_EQ(*style.colorFor(QStringLiteral("0")), render::GraduatedStyle::divergingWorse());
    // And an intermediate class is paler than the end of its side
    const QColor inner = style.classColor(3);
    EXPECT_GT(inner.lightness(), render::GraduatedStyle::divergingBetter().lightness());
    EXPECT_LT(inner.lightness(), render::GraduatedStyle::divergingNeutral().lightness());
    EXPECT_GT(inner.blue(), inner.red());
    // And the legend prints signed bounds, never "-0.00"
    EXPECT_EQ(style.formatBound(2.0), QStringLiteral("+2.00"));
    EXPECT_EQ(style.formatBound(-0.8), QStringLiteral("-0.80"));
    EXPECT_EQ(style.formatBound(-0.0001), QStringLiteral("0.00"));

    // When more is worse (a cap), the sides swap
    const render::GraduatedStyle cap = diverging(false, {-2.0, 0.0, 2.0}, 5);
    EXPECT_EQ(*cap.colorFor(QStringLiteral("2")), render::GraduatedStyle::divergingWorse());
    EXPECT_EQ(*cap.colorFor(QStringLiteral("0")), render::GraduatedStyle::divergingBetter());
}

class QinzhouDifference : public ::testing::Test {
protected:
    void SetUp() override {
        if (!std::filesystem::exists(kQinzhou / "project.csv"))
            GTEST_SKIP() << "the embedded Qinzhou project is not in " << kQinzhou;
        auto loaded = core::ProjectDirectoryLoader().load(kQinzhou);
        ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
        project = std::move(loaded).value();
        service = std::make_unique<core::EvaluationService>(project.dataset, project.scenarios,
                                                            project.allocations);
        for (const core::Region& region : project.dataset.regions())
            if (region.kind == core::RegionKind::County)
                counties.push_back(region.code);
    }
    core::ScenarioResult evaluate(const std::string& name) {
        auto result = service->evaluate(name);
        EXPECT_TRUE(result.isOk()) << result.error().toString();
        return std::move(result).value();
    }

    core::LoadedProject project;
    std::unique_ptr<core::EvaluationService> service;
    std::vector<std::string> counties;
};

TEST_F(QinzhouDifference, eachCountyShowsTheOtherScenarioMinusTheReference) {
    // Given the baseline and the high-growth scenario of Qinzhou, total use in 2035
    const core::ScenarioResult baseline = evaluate("baseline");
    const core::ScenarioResult growth = evaluate("high-growth");
    const render::DifferenceMapBuilder builder(baseline, growth);
    const render::DifferenceRequest request{.indicator = core::Indicator::TotalWaterUse,
                                            .year = 2035,
                                            .referenceName = QStringLiteral("基准情景"),
                                            .otherName = QStringLiteral("高增长情景")};
    auto style = builder.style(request, counties);
    ASSERT_TRUE(style.isOk()) << style.error().toString();
    // Then every county's value is B − A in 亿m³, computed here from the two results themselves
    ASSERT_EQ(counties.size(), 4u);
    for (const std::string& code : counties) {
        const double a = baseline.value(core::Indicator::TotalWaterUse, code, 2035).value().value;
        const double b = growth.value(core::Indicator::TotalWaterUse, code, 2035).value().value;
        const render::RegionResult* r = style.value().result(QString::fromStdString(code));
        ASSERT_TRUE(r && r->value) << code;
        EXPECT_NEAR(*r->value, (b - a) / 1e8, 1e-12) << code;
        EXPECT_TRUE(r->estimate) << code; // projected values
    }
    // And it is a diverging style where more water is worse (the plan's cap is "<="), signed, titled
    EXPECT_TRUE(style.value().isDiverging());
    EXPECT_FALSE(style.value().positiveIsBetter());
    EXPECT_EQ(style.value().decimals(), core::IndicatorDisplay::decimals(core::Indicator::TotalWaterUse));
    EXPECT_EQ(style.value().title(),
              QStringLiteral("用水总量（全口径） 2035：高增长情景 − 基准情景（亿m³）"));
    EXPECT_TRUE(style.value().legendNote().contains(QStringLiteral("基准情景")));
    // And faster growth uses more water: the growth scenario's counties are red, not blue
    for (const std::string& code : counties) {
        const QColor colour = *style.value().colorFor(QString::fromStdString(code));
        EXPECT_GE(colour.red(), colour.blue()) << code;
    }
}

TEST_F(QinzhouDifference, aScenarioAgainstItselfIsNeutralEverywhereAndPercentagesArePoints) {
    const core::ScenarioResult baseline = evaluate("baseline");
    const core::ScenarioResult strict = evaluate("strict-saving");
    // Given the same scenario on both sides: every county is in the neutral class
    auto same = render::DifferenceMapBuilder(baseline, baseline)
                    .style({.indicator = core::Indicator::IrrigationCoefficient, .year = 2035}, counties);
    ASSERT_TRUE(same.isOk()) << same.error().toString();
    for (const std::string& code : counties)
        EXPECT_EQ(*same.value().colorFor(QString::fromStdString(code)),
                  render::GraduatedStyle::divergingNeutral());
    // And a "%" indicator's difference is in percentage points, less leakage being better
    const render::DifferenceRequest leakage{.indicator = core::Indicator::LeakageRate,
                                            .year = 2035,
                                            .language = QStringLiteral("en"),
                                            .referenceName = QStringLiteral("Baseline"),
                                            .otherName = QStringLiteral("Strict saving")};
    EXPECT_TRUE(render::DifferenceMapBuilder::title(leakage).endsWith(QStringLiteral("(percentage points)")));
    EXPECT_FALSE(
        render::DifferenceMapBuilder::positiveIsBetter(baseline, core::Indicator::LeakageRate, 2035));
    EXPECT_TRUE(render::DifferenceMapBuilder::positiveIsBetter(baseline,
                                                               core::Indicator::IrrigationCoefficient, 2035));
    // And a year without values anywhere is a located error, not an empty map
    auto none = render::DifferenceMapBuilder(baseline, strict)
                    .style({.indicator = core::Indicator::TotalWaterUse, .year = 1990}, counties);
    ASSERT_FALSE(none.isOk());
    EXPECT_EQ(none.error().code(), core::ErrorCode::MissingData);
}

TEST_F(QinzhouDifference, drawsTheDivergingClassesTheirSignedLegendAndValueLabels) {
    if (!render::FontResolver::cjkFont().isOk())
        GTEST_SKIP() << "no CJK font";
    const core::ScenarioResult baseline = evaluate("baseline");
    const core::ScenarioResult growth = evaluate("high-growth");
    auto style = render::DifferenceMapBuilder(baseline, growth)
                     .style({.indicator = core::Indicator::TotalWaterUse,
                             .year = 2035,
                             .referenceName = QStringLiteral("基准情景"),
                             .otherName = QStringLiteral("高增长情景")},
                            counties);
    ASSERT_TRUE(style.isOk());
    // Given the toy counties (Qinzhou's codes) coloured by the difference
    render::MapDocument document;
    document.addLayer(render::MapLayer(render::test::toyCounties()));
    ASSERT_TRUE(render::DifferenceMapBuilder::apply(document, style.value(), core::Indicator::TotalWaterUse));
    EXPECT_TRUE(document.layer(0).style().valueLabels);
    // When exported as SVG (text stays text)
    const QString path = QString::fromStdString(
        (std::filesystem::temp_directory_path() / "jieshui-difference-map.svg").string());
    render::ExportOptions options;
    options.size = QSize(1200, 900);
    options.decorations.title = style.value().title();
    ASSERT_TRUE(render::MapExporter::exportMap(document, options, path).isOk());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Then the legend has signed bounds and the colour note, and a county label carries its signed value
    const render::GraduatedStyle& s = style.value();
    const QString top = s.formatBound(s.breaks().back());
    EXPECT_TRUE(top.startsWith(QLatin1Char('+')));
    EXPECT_TRUE(svg.contains(top)) << top.toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("蓝：优于基准情景")));
    const double lingshan = *s.result(QStringLiteral("450721"))->value;
    EXPECT_TRUE(svg.contains(QStringLiteral("灵山县 ") + s.formatBound(lingshan)));
    // And the fill colour of a county is in the picture
    EXPECT_TRUE(svg.contains(s.colorFor(QStringLiteral("450721"))->name(), Qt::CaseInsensitive));
    file.remove();
}
