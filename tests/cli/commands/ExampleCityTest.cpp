// SPDX-License-Identifier: GPL-3.0-or-later
// "Any city", proved: the second worked example (data/example-city, an invented city with five counties and a
// 十四五 plan against 2020) is built from its files alone with the commands a user types, then judged.
#include "CliRunner.h"
#include "store/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString exampleFile(const char* name) {
    return QStringLiteral(JIESHUI_DATA_DIR "/example-city/") + QLatin1String(name);
}

QJsonObject targetRow(const QJsonArray& rows, const QString& targetId) {
    for (const QJsonValue& v : rows)
        if (v.toObject().value(QStringLiteral("target_id")).toString() == targetId &&
            v.toObject().value(QStringLiteral("region_code")).toString() == QLatin1String("990100"))
            return v.toObject();
    return {};
}

} // namespace

TEST(ExampleCity, isBuiltFromItsFilesAloneAndJudgedAgainstItsOwnBaseYear) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("example.gpkg"));
    // Given the project made from the example's county boundaries
    const CliRun made =
        runCli({QStringLiteral("new"), project, QStringLiteral("--boundaries"),
                exampleFile("counties.geojson"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString() << made.out.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("5 counties"))) << made.out.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("EPSG:4547"))) << made.out.toStdString();
    // When its plan and statistics are imported
    const CliRun plan = runCli({QStringLiteral("import-plan"), project, exampleFile("plan_targets.csv")});
    ASSERT_EQ(plan.exitCode, 0) << plan.err.toStdString() << plan.out.toStdString();
    const CliRun stats = runCli({QStringLiteral("import-stats"), project, exampleFile("statistics.csv")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString() << stats.out.toStdString();

    // Then the project is the example city's: root 990100 named from the file, five counties, its own zone
    auto file = jieshui::store::ProjectFile::open(project.toStdString(), jieshui::store::OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    EXPECT_EQ(data.value().metadata.rootRegion, "990100");
    EXPECT_EQ(data.value().dataset.root()->nameZh, "示例市");
    EXPECT_EQ(data.value().dataset.regionsOfKind(jieshui::core::RegionKind::County).size(), 5u);
    EXPECT_EQ(data.value().metadata.displayCrs, "EPSG:4547");
    EXPECT_TRUE(data.value().layers.front().schematic);

    // And the mid-term target is judged on observed data against 2020:
    // W2023/W2020 = 0.992 · 0.985 · 0.982 (the example's yearly changes of use), I = 1.074 · 1.042 · 1.053
    // (its GDP indices), so the reduction is 1 − 0.959535 / 1.178448 = 18.57 % against a target of 9 %.
    const CliRun midTerm =
        runCli({QStringLiteral("evaluate"), project, QStringLiteral("--year"), QStringLiteral("2023"),
                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(midTerm.exitCode, 0) << midTerm.err.toStdString();
    const QJsonObject gdp =
        targetRow(QJsonDocument::fromJson(midTerm.out.toUtf8()).array(), QStringLiteral("SL-2023-GDP-RED"));
    ASSERT_FALSE(gdp.isEmpty()) << midTerm.out.toStdString();
    EXPECT_NEAR(gdp.value(QStringLiteral("value")).toDouble(), 18.57, 0.02);
    EXPECT_EQ(gdp.value(QStringLiteral("status_id")).toString(), QStringLiteral("met"));
    EXPECT_EQ(gdp.value(QStringLiteral("provenance_id")).toString(), QStringLiteral("estimate"));
    EXPECT_TRUE(gdp.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("2020")));

    // And the 2025 targets are judged on the baseline projected to 2025, the plan's last year
    const CliRun final = runCli({QStringLiteral("evaluate"), project, QStringLiteral("--year"),
                                 QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(final.exitCode, 0) << final.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(final.out.toUtf8()).array();
    for (const char* id : {"SL-2025-GDP-RED", "SL-2025-IVA-RED", "SL-2025-TOTAL", "SL-2025-REUSE"}) {
        const QJsonObject row = targetRow(rows, QString::fromLatin1(id));
        ASSERT_FALSE(row.isEmpty()) << id;
        EXPECT_NE(row.value(QStringLiteral("status_id")).toString(), QStringLiteral("no-data"))
            << id << ": " << row.value(QStringLiteral("explanation")).toString().toStdString();
        EXPECT_EQ(row.value(QStringLiteral("provenance_id")).toString(), QStringLiteral("projected")) << id;
    }
}
