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
