// SPDX-License-Identifier: GPL-3.0-or-later
// A province's project from the command line: made from its counties' boundaries, every city judged on its
// own plan by the same engine, in one table and on one map.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

void write(const QString& path, const char* text) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Three counties of two cities of the made-up province 99, as squares near 113E.
constexpr const char* kCounties = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"adcode":"990102","name":"甲一区","ctname":"甲市"},"geometry":{"type":"Polygon","coordinates":[[[113.0,24.0],[113.5,24.0],[113.5,24.5],[113.0,24.5],[113.0,24.0]]]}},
{"type":"Feature","properties":{"adcode":"990103","name":"甲二区","ctname":"甲市"},"geometry":{"type":"Polygon","coordinates":[[[113.5,24.0],[114.0,24.0],[114.0,24.5],[113.5,24.5],[113.5,24.0]]]}},
{"type":"Feature","properties":{"adcode":"990202","name":"乙一区","ctname":"乙市"},"geometry":{"type":"Polygon","coordinates":[[[113.0,24.5],[114.0,24.5],[114.0,25.0],[113.0,25.0],[113.0,24.5]]]}}]})";

// Each city's own reuse-rate target for 2020.
constexpr const char* kPlan =
    "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_year,variable,task_number,"
    "source,clause\n"
    "A-2020-REUSE,industrial-reuse-rate,990100,2020,>=,90,%,,,,,甲市方案（测试）,二\n"
    "B-2020-REUSE,industrial-reuse-rate,990200,2020,>=,85,%,,,,,乙市方案（测试）,二\n";

// 甲市: 95/100 and 80/100 → 87.5 % (missed); 乙市: 90/100 → 90 % (met).
constexpr const char* kStatistics = "region_code,year,variable,value,unit,source,estimate\n"
                                    "990102,2020,industry.above_scale_reused_water,95,万m³,测试,1\n"
                                    "990102,2020,industry.above_scale_fresh_water,5,万m³,测试,1\n"
                                    "990103,2020,industry.above_scale_reused_water,80,万m³,测试,1\n"
                                    "990103,2020,industry.above_scale_fresh_water,20,万m³,测试,1\n"
                                    "990202,2020,industry.above_scale_reused_water,90,万m³,测试,1\n"
                                    "990202,2020,industry.above_scale_fresh_water,10,万m³,测试,1\n";

} // namespace

TEST(ProvinceView, everyCityIsJudgedOnItsOwnPlanInOneTable) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString counties = dir.filePath(QStringLiteral("counties.geojson"));
    const QString plan = dir.filePath(QStringLiteral("plan.csv"));
    const QString statistics = dir.filePath(QStringLiteral("statistics.csv"));
    write(counties, kCounties);
    write(plan, kPlan);
    write(statistics, kStatistics);
    const QString project = dir.filePath(QStringLiteral("province.gpkg"));
    // Given the province's project made from its counties (the root is the province holding them all)
    const CliRun made = runCli({QStringLiteral("new"), project, QStringLiteral("--boundaries"), counties,
                                QStringLiteral("--root-name"), QStringLiteral("示例省"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString() << made.out.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("2 cities"))) << made.out.toStdString();
    ASSERT_EQ(runCli({QStringLiteral("import-plan"), project, plan}).exitCode, 0);
    ASSERT_EQ(runCli({QStringLiteral("import-stats"), project, statistics}).exitCode, 0);
    // When it is evaluated, with the counties
    const CliRun evaluated = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--counties"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
    // Then one table holds each city's verdict on its own target, and its counties against it
    std::map<QString, QJsonObject> rows;
    for (const QJsonValue& v : QJsonDocument::fromJson(evaluated.out.toUtf8()).array())
        rows[v.toObject().value(QStringLiteral("region_code")).toString()] = v.toObject();
    ASSERT_EQ(rows.size(), 5u) << evaluated.out.toStdString();
    EXPECT_NEAR(rows[QStringLiteral("990100")].value(QStringLiteral("value")).toDouble(), 87.5, 1e-9);
    EXPECT_EQ(rows[QStringLiteral("990100")].value(QStringLiteral("status_id")).toString(),
              QStringLiteral("missed"));
    EXPECT_NEAR(rows[QStringLiteral("990200")].value(QStringLiteral("value")).toDouble(), 90.0, 1e-9);
    EXPECT_EQ(rows[QStringLiteral("990200")].value(QStringLiteral("status_id")).toString(),
              QStringLiteral("met"));
    EXPECT_EQ(rows[QStringLiteral("990102")].value(QStringLiteral("status_id")).toString(),
              QStringLiteral("met"));
    EXPECT_EQ(rows[QStringLiteral("990103")].value(QStringLiteral("status_id")).toString(),
              QStringLiteral("missed"));
    EXPECT_EQ(rows[QStringLiteral("990202")].value(QStringLiteral("target_id")).toString(),
              QStringLiteral("B-2020-REUSE"));
    // And the map colours the cities
    const QString png = dir.filePath(QStringLiteral("province.png"));
    const CliRun map = runCli({QStringLiteral("export-map"), project, QStringLiteral("--indicator"),
                               QStringLiteral("industrial-reuse-rate"), QStringLiteral("--year"),
                               QStringLiteral("2020"), QStringLiteral("--out"), png});
    ASSERT_EQ(map.exitCode, 0) << map.err.toStdString();
    EXPECT_GT(QFile(png).size(), 1000);
}

TEST(ProvinceView, citiesWithoutNamesAreListedOnVerbose) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Given six counties of six cities whose names the file does not hold
    QString json = QStringLiteral(R"({"type":"FeatureCollection","features":[)");
    for (int city = 1; city <= 6; ++city)
        json +=
            QStringLiteral(
                R"(%1{"type":"Feature","properties":{"adcode":"99%2%3","name":"县%2"},"geometry":{"type":"Polygon","coordinates":[[[%4,24.0],[%5,24.0],[%5,24.5],[%4,24.5],[%4,24.0]]]}})")
                .arg(city == 1 ? QString() : QStringLiteral(","))
                .arg(city, 2, 10, QLatin1Char('0'))
                .arg(QStringLiteral("02"))
                .arg(113.0 + 0.5 * city)
                .arg(113.5 + 0.5 * city);
    json += QStringLiteral("]}");
    const QString counties = dir.filePath(QStringLiteral("counties.geojson"));
    write(counties, json.toUtf8().constData());
    // When the project is made without and with --verbose
    const CliRun brief =
        runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("a.gpkg")), QStringLiteral("--boundaries"),
                counties, QStringLiteral("--lang"), QStringLiteral("en")});
    const CliRun verbose =
        runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("b.gpkg")), QStringLiteral("--boundaries"),
                counties, QStringLiteral("--verbose"), QStringLiteral("--lang"), QStringLiteral("en")});
    const CliRun chinese =
        runCli({QStringLiteral("new"), dir.filePath(QStringLiteral("c.gpkg")), QStringLiteral("--boundaries"),
                counties, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    // Then both are made; the brief output counts the cities and points to --verbose, which lists all
    ASSERT_EQ(brief.exitCode, 0) << brief.err.toStdString();
    ASSERT_EQ(verbose.exitCode, 0) << verbose.err.toStdString();
    EXPECT_TRUE(brief.out.contains(
        QStringLiteral("cities without a name in the file (each carries its code as name for now): 6")))
        << brief.out.toStdString();
    EXPECT_TRUE(brief.out.contains(QStringLiteral("990100, 990200, 990300, 990400, 990500 and 1 more")))
        << brief.out.toStdString();
    EXPECT_FALSE(brief.out.contains(QStringLiteral("990600"))) << brief.out.toStdString();
    EXPECT_TRUE(brief.out.contains(QStringLiteral("--verbose"))) << brief.out.toStdString();
    EXPECT_TRUE(verbose.out.contains(QStringLiteral("990600: holds 县06 990602 (counties in it: 1)")))
        << verbose.out.toStdString();
    // And in Chinese
    ASSERT_EQ(chinese.exitCode, 0) << chinese.err.toStdString();
    EXPECT_TRUE(chinese.out.contains(QStringLiteral("文件中没有名称的地级区域（暂以代码为名）：6 个")))
        << chinese.out.toStdString();
}
