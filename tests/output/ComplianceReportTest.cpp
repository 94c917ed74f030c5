// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ComplianceReport.h"

#include "OutputFixtures.h"
#include "model/IndicatorDisplay.h"
#include "output/TrajectoryChart.h"
#include "render/StatusPalette.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <set>

using namespace jieshui;

namespace {

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool hasKangxiRadical(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

/** pdftotext without layout: each table cell on its own, so numbers can be looked up one by one. */
QString rawText(const QString& pdf) {
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

} // namespace

class QinzhouReport : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            << "poppler-utils missing";
        q = output::test::Qinzhou::load();
        if (!q)
            GTEST_SKIP() << "the embedded Qinzhou project is not available";
    }
    std::unique_ptr<output::test::Qinzhou> q;
    QTemporaryDir dir;
};

TEST_F(QinzhouReport, theChineseReportIsSearchableTextWithEveryVerdictCountyAndEstimate) {
    const QString path = dir.filePath(QStringLiteral("报告.pdf"));
    output::ReportOptions options;
    options.scenario = "baseline";
    options.date = QDate(2026, 3, 1);
    auto written = output::ComplianceReport(q->project, *q->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    const QString text = rawText(path);
    ASSERT_FALSE(text.isEmpty());
    // Then the cover, the sections and the date are text
    for (const char* expected :
         {"钦州市节水行动方案", "达标评价报告", "情景：基准情景", "2026-03-01", "一、目标达标情况",
          "二、达标评价图", "三、分县区评价", "四、重点任务及节点", "附录：估算值与预测值"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // And every county has its section, its inset and its trajectory chart
    for (const core::Region* county : q->project.dataset.regionsOfKind(core::RegionKind::County)) {
        const QString name = QString::fromStdString(county->nameZh);
        EXPECT_TRUE(text.contains(name + QStringLiteral(" 用水总量（考核口径） 2015–2035")))
            << name.toStdString();
    }
    EXPECT_EQ(written.value().counties, 4);
    // And every city verdict's value and status word is printed as the window prints it
    const core::ScenarioResult result = q->evaluate("baseline");
    std::set<std::pair<int, int>> maps;
    for (const core::Verdict& v : result.verdicts()) {
        if (v.target.indicator == core::Indicator::TaskMilestone)
            continue;
        maps.insert({static_cast<int>(v.target.indicator), v.target.year});
        ASSERT_TRUE(v.value.has_value());
        const QString value =
            QString::fromStdString(core::IndicatorDisplay::formatForTarget(v.target, v.value->value));
        EXPECT_TRUE(text.contains(value)) << v.target.id << " " << value.toStdString();
        EXPECT_TRUE(text.contains(render::StatusPalette::name(v.status, QStringLiteral("zh"))));
    }
    // And one compliance map per indicator and target year, each with its title
    EXPECT_EQ(written.value().maps, static_cast<int>(maps.size()));
    EXPECT_GE(text.count(QStringLiteral("年 达标评价")), static_cast<qsizetype>(maps.size()));
    // And estimates are called so, the appendix names their sources or methods; no Kangxi radical
    EXPECT_GT(text.count(QStringLiteral("估算")), 10);
    EXPECT_TRUE(text.contains(QStringLiteral("预测")));
    EXPECT_FALSE(hasKangxiRadical(text));
    // And the font is embedded, the pages are A4 and as many as the writer says
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    EXPECT_TRUE(fonts.contains(QStringLiteral("WenQuanYi"))) << fonts.toStdString();
    EXPECT_TRUE(
        QRegularExpression(QStringLiteral("CID TrueType\\s+Identity-H\\s+yes")).match(fonts).hasMatch())
        << fonts.toStdString();
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Pages:           %1").arg(written.value().pages)))
        << info.toStdString();
}

TEST_F(QinzhouReport, englishAndChosenYearsAndScenario) {
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    output::ReportOptions options;
    options.scenario = "strict-saving";
    options.years = {2035};
    options.language = output::ReportLanguage(QStringLiteral("en"));
    auto written = output::ComplianceReport(q->project, *q->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    const QString text = rawText(path);
    for (const char* expected : {"Compliance report", "Scenario: Strict saving", "Qinbei District",
                                 "Lingshan County", "Appendix: estimates and projections", "projected"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Only the 2035 cap is mapped, and no 2020 target is in the scorecard
    EXPECT_EQ(written.value().maps, 1);
    EXPECT_FALSE(text.contains(QStringLiteral("irrigation water effective-use coefficient, 2020")));
}

TEST_F(QinzhouReport, refusesAYearWithoutTargetsAnUnknownScenarioAndAnUnwritablePath) {
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    output::ReportOptions options;
    options.years = {2021};
    auto year = output::ComplianceReport(q->project, *q->service).write(options, path);
    ASSERT_FALSE(year.isOk());
    EXPECT_EQ(year.error().code(), core::ErrorCode::InvalidValue);
    EXPECT_NE(year.error().toString().find("2021"), std::string::npos);
    options.years = {};
    options.scenario = "no-such";
    EXPECT_FALSE(output::ComplianceReport(q->project, *q->service).write(options, path).isOk());
    EXPECT_FALSE(QFile::exists(path));
    options.scenario.clear();
    auto io = output::ComplianceReport(q->project, *q->service)
                  .write(options, QStringLiteral("/nonexistent/r.pdf"));
    ASSERT_FALSE(io.isOk());
    EXPECT_EQ(io.error().code(), core::ErrorCode::IoError);
}

TEST(TrajectoryChart, ticksAreRoundAndCoverTheRange) {
    EXPECT_EQ(output::TrajectoryChart::ticks(3.3, 4.8, 5), (std::vector<double>{3.0, 3.5, 4.0, 4.5, 5.0}));
    const std::vector<double> t = output::TrajectoryChart::ticks(0.47, 0.556, 5);
    EXPECT_LE(t.front(), 0.47);
    EXPECT_GE(t.back(), 0.556);
    EXPECT_EQ(output::TrajectoryChart::ticks(2.0, 2.0), (std::vector<double>{2.0}));
}

TEST(TrajectoryChart, aSeriesBandIsAFanUnderItsLineInItsOwnColour) {
    // Given one series 10 → 20 over 2015–2035 with a band of ±4 in its projected years
    output::ChartData chart;
    chart.firstYear = 2015;
    chart.lastYear = 2035;
    output::ChartSeries series{QStringLiteral("A"), QColor(0x0b, 0x3d, 0x6b), {}, {}, {}};
    for (int year = 2015; year <= 2035; ++year) {
        const double value = 10.0 + 0.5 * (year - 2015);
        series.points.push_back({year, value, year > 2022});
        if (year >= 2022)
            series.band.push_back({year, value - 4.0, value + 4.0});
    }
    const auto paint = [&](const output::ChartData& data) {
        QImage image(600, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        output::TrajectoryChart::paint(painter, QRectF(0, 0, 600, 300), data, QFont());
        return image;
    };
    series.bandName = QStringLiteral("A 5–95 %");
    chart.series.push_back(series);
    const QImage with = paint(chart);
    chart.series.front().band.clear();
    const QImage lineOnly = paint(chart);
    // Then the band tints pixels the line alone leaves white, bluish (the series' colour, translucent)
    int tinted = 0;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x) {
            const QColor c = with.pixelColor(x, y);
            if (lineOnly.pixelColor(x, y) == QColor(Qt::white) && c != QColor(Qt::white) &&
                c.blue() > c.red())
                ++tinted;
        }
    EXPECT_GT(tinted, 2000);
    EXPECT_EQ(output::TrajectoryChart::fanFill(QColor(0x0b, 0x3d, 0x6b)).alpha(), 60);
}

TEST_F(QinzhouReport, theChineseAppendixNamesEverySourceOrMethodInChinese) {
    const QString path = dir.filePath(QStringLiteral("报告.pdf"));
    output::ReportOptions options;
    options.scenario = "baseline";
    auto written = output::ComplianceReport(q->project, *q->service).write(options, path);
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    const QString text = rawText(path);
    const qsizetype appendix = text.lastIndexOf(QStringLiteral("附录：估算值与预测值"));
    ASSERT_GE(appendix, 0);
    const QString tail = text.mid(appendix);
    // Then the engine's methods are there in Chinese …
    EXPECT_TRUE(tail.contains(QStringLiteral("口径"))) << tail.left(3000).toStdString();
    // … and no English method sentence: not one of the engine's method words, nor two English words in a
    // row (single tokens such as "CJJ 92-2016", "R_n" or "GDP" are the plan's own notation)
    for (const char* english :
         {"scope", "prices", "published", "sum of sectors", "utilit", "aggregation", "districts", "samples",
          "weights", "reported value", "head-tail", "amount of the year", "state reached", "counties",
          "as for the city", "projected from", "estimated (see"})
        EXPECT_FALSE(tail.contains(QString::fromUtf8(english))) << english;
    const QRegularExpression twoWords(QStringLiteral("[A-Za-z]{2,}[ ,:;]+[A-Za-z]{3,}"));
    const QRegularExpressionMatch english = twoWords.match(tail);
    EXPECT_FALSE(english.hasMatch())
        << english.captured(0).toStdString() << "\n"
        << tail.mid(std::max<qsizetype>(0, english.capturedStart() - 200), 400).toStdString();
}
