// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 in the outputs: the report's probability section, the probability map of MapComposer (export-map
// --thematic probability), and the county chart that follows the report's years.
#include "OutputFixtures.h"
#include "model/IndicatorDisplay.h"
#include "output/ComplianceReport.h"
#include "output/MapComposer.h"
#include "render/MapExporter.h"
#include "render/ProbabilityMapBuilder.h"
#include "render/StatusPalette.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>

using namespace jieshui;

namespace {

QString layoutText(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** A line of @p text holding every one of @p parts in this order. */
bool hasLineWith(const QString& text, const QStringList& parts) {
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        qsizetype at = 0;
        bool all = true;
        for (const QString& part : parts) {
            at = line.indexOf(part, at);
            if (at < 0) {
                all = false;
                break;
            }
            at += part.size();
        }
        if (all)
            return true;
    }
    return false;
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

/** The colour of the class of @p probability (0–1) under the fixed breaks 0, 10, 33, 67, 90, 100 %. */
QColor classColour(double probability) {
    const std::vector<double> breaks = render::ProbabilityMapBuilder::classBreaks();
    const double percent = probability * 100.0;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i)
        if (percent < breaks[i + 1] || i + 2 == breaks.size())
            return render::StatusPalette::probabilityColor((breaks[i] + breaks[i + 1]) / 200.0);
    return {};
}

} // namespace

class QinzhouProbabilities : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            << "poppler-utils missing";
        data = output::test::Qinzhou::load();
        if (!data)
            GTEST_SKIP() << "the embedded Qinzhou project is not available";
        monteCarlo.draws = 400;
        monteCarlo.seed = 11;
        monteCarlo.sensitivity = false;
    }
    core::UncertaintyResult analyse(const core::ScenarioResult& result) const {
        auto analysed = data->service->uncertainty(result.scenario(), data->project.uncertainty, monteCarlo);
        EXPECT_TRUE(analysed.isOk()) << analysed.error().toString();
        return std::move(analysed).value();
    }
    std::unique_ptr<output::test::Qinzhou> data;
    core::UncertaintyOptions monteCarlo;
    QTemporaryDir dir;
};

TEST_F(QinzhouProbabilities, theReportCarriesPMetAndTheBandOfEveryTargetAndEveryCountyUnderTheCap) {
    // Given a report asked for with probabilities (400 draws, seed 11)
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    output::ReportOptions options;
    options.uncertainty = monteCarlo;
    auto written = output::ComplianceReport(data->project, *data->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    const QString text = layoutText(path);
    // Then the section says the draws and the seed
    EXPECT_TRUE(text.contains(QStringLiteral("五、达标概率"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("蒙特卡洛400次抽样（拉丁超立方，种子11）")));
    // And every city target shows the P(met) and 5–50–95 % band of the service's run with the same seed
    const core::ScenarioResult result = data->evaluate();
    const core::UncertaintyResult run = analyse(result);
    int rows = 0;
    for (const core::Verdict& v : result.verdicts()) {
        if (v.target.indicator == core::Indicator::TaskMilestone)
            continue;
        const core::OutcomeDistribution* d = run.outcome(v.target.id, v.target.regionCode);
        ASSERT_NE(d, nullptr) << v.target.id;
        ASSERT_TRUE(d->probabilityMet() && d->band) << v.target.id;
        const auto shown = [&](double x) { return q(core::IndicatorDisplay::formatForTarget(v.target, x)); };
        EXPECT_TRUE(hasLineWith(text, {QString::number(v.target.year), shown(v.target.value),
                                       q(core::IndicatorDisplay::formatProbability(*d->probabilityMet())),
                                       shown(d->band->low), shown(d->band->median), shown(d->band->high)}))
            << v.target.id;
        ++rows;
    }
    EXPECT_GE(rows, 10);
    // And each county under a cap, with its probability against its quota
    int counties = 0;
    for (std::size_t i = 0; i < result.verdicts().size(); ++i) {
        const core::Verdict& city = result.verdicts()[i];
        if (city.target.indicator != core::Indicator::TotalWaterUse &&
            city.target.indicator != core::Indicator::TotalWaterUseAssessment)
            continue;
        for (const core::Verdict& v : result.countyVerdicts(i)) {
            const core::OutcomeDistribution* d = run.county(city.target.id, v.target.regionCode);
            ASSERT_TRUE(d && d->probabilityMet() && d->band);
            const core::Region* county = data->project.dataset.region(v.target.regionCode);
            EXPECT_TRUE(
                hasLineWith(text, {q(county->nameZh), QString::number(v.target.year),
                                   q(core::IndicatorDisplay::formatProbability(*d->probabilityMet())),
                                   q(core::IndicatorDisplay::formatForTarget(v.target, d->band->low)),
                                   q(core::IndicatorDisplay::formatForTarget(v.target, d->band->high))}))
                << county->nameZh << " " << v.target.year;
            ++counties;
        }
    }
    EXPECT_EQ(counties, 8); // 4 counties × the 2022 and 2035 caps
    // And each county's chart draws its 5–95 % fan (named in its legend)
    for (const core::Region* county : data->project.dataset.regionsOfKind(core::RegionKind::County))
        EXPECT_TRUE(text.contains(q(county->nameZh) + QStringLiteral(" 5–95% 区间"))) << county->nameZh;
    // And one probability map per cap
    EXPECT_EQ(written.value().probabilityMaps, 2);
    EXPECT_TRUE(text.contains(QStringLiteral("用水总量（考核口径） 2035年 达标概率")));
}

TEST_F(QinzhouProbabilities, aReportWithoutTheOptionHasNoProbabilities) {
    const QString path = dir.filePath(QStringLiteral("plain.pdf"));
    const output::ReportOptions options;
    auto written = output::ComplianceReport(data->project, *data->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    EXPECT_FALSE(layoutText(path).contains(QStringLiteral("达标概率")));
    EXPECT_FALSE(layoutText(path).contains(QStringLiteral("5–95%")));
    EXPECT_EQ(written.value().probabilityMaps, 0);
}

TEST_F(QinzhouProbabilities, theCountyChartFollowsTheReportsYear) {
    // Given a report of 2022 only
    const QString path = dir.filePath(QStringLiteral("2022.pdf"));
    output::ReportOptions options;
    options.years = {2022};
    auto written = output::ComplianceReport(data->project, *data->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    const QString text = layoutText(path);
    // Then each county's trajectory runs from the base year to 2022, not to 2035
    for (const core::Region* county : data->project.dataset.regionsOfKind(core::RegionKind::County)) {
        EXPECT_TRUE(text.contains(q(county->nameZh) + QStringLiteral(" 用水总量（考核口径） 2015–2022")))
            << county->nameZh;
        EXPECT_FALSE(text.contains(q(county->nameZh) + QStringLiteral(" 用水总量（考核口径） 2015–2035")));
    }
}

TEST_F(QinzhouProbabilities, theProbabilityMapColoursEachCountyByTheClassOfItsPMet) {
    // Given the service's run and the reuse-rate target of 2020 (counties from 0 % to 100 %)
    const core::ScenarioResult result = data->evaluate();
    const core::UncertaintyResult run = analyse(result);
    const output::MapComposer composer(data->project);
    output::MapRequest request;
    request.indicator = core::Indicator::IndustrialReuseRate;
    request.year = 2020;
    request.kind = output::MapKind::Probability;
    // When the composer draws the probability map (export-map --thematic probability)
    auto map = composer.compose(request, result, nullptr, &run);
    ASSERT_TRUE(map.isOk()) << map.error().toString();
    const int counties = map.value().document.indexOfRole(geo::LayerRole::Counties);
    ASSERT_GE(counties, 0);
    const render::LayerStyle& style = map.value().document.layer(counties).style();
    ASSERT_EQ(style.fillMode, render::FillMode::Graduated);
    const std::size_t target = *result.cityTargetIndex(request.indicator, request.year);
    const std::string targetId = result.verdicts()[target].target.id;
    // Then each county has the colour of its P(met) class, the window's style (ProbabilityMapBuilder) the
    // same
    const render::ProbabilityRequest windowRequest{request.indicator, request.year, QStringLiteral("zh"), {}};
    auto window = render::ProbabilityMapBuilder(result, run).style(windowRequest, composer.countyCodes());
    ASSERT_TRUE(window.isOk());
    std::map<QRgb, int> expected;
    for (const std::string& code : composer.countyCodes()) {
        const core::OutcomeDistribution* d = run.county(targetId, code);
        ASSERT_TRUE(d && d->probabilityMet()) << code;
        const QColor colour = classColour(*d->probabilityMet());
        EXPECT_EQ(style.graduated.colorFor(q(code)), colour) << code;
        EXPECT_EQ(window.value().colorFor(q(code)), colour) << code;
        expected[colour.rgb()] = 0;
    }
    EXPECT_GE(expected.size(), 2U); // the case tells classes apart
    // And the drawn page shows every expected colour over a real area
    render::ExportOptions options;
    options.size = QSize(800, 600);
    options.decorations = map.value().decorations;
    options.decorations.legend = false;
    auto image = render::MapExporter::renderPage(map.value().document, options);
    ASSERT_TRUE(image.isOk()) << image.error().toString();
    const QImage page = image.value().convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (auto it = expected.find(page.pixel(x, y)); it != expected.end())
                ++it->second;
    for (const auto& [rgb, pixels] : expected)
        EXPECT_GT(pixels, 2000) << QColor(rgb).name().toStdString();
}
