// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(EvaluateCommand, printsAVerdictForEvery2020And2022TargetOfTheEmbeddedProject) {
    // When the embedded Qinzhou project is evaluated as JSON
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(rows.isEmpty()) << run.out.toStdString();
    // Then every main 2020/2022 target has a verdict from observed data, and the 2035 cap one from the
    // projection
    QSet<QString> judged;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        const int year = row[QStringLiteral("year")].toInt();
        const QString indicator = row[QStringLiteral("indicator_id")].toString();
        if (indicator == QLatin1String("task-milestone"))
            continue;
        if (year == 2020 || year == 2022 || year == 2035) {
            EXPECT_NE(row[QStringLiteral("status_id")].toString(), QStringLiteral("no-data"))
                << indicator.toStdString() << " " << year << ": "
                << row[QStringLiteral("explanation")].toString().toStdString();
            judged.insert(indicator + QLatin1Char('@') + QString::number(year));
        }
        if (year == 2035) {
            EXPECT_EQ(row[QStringLiteral("provenance_id")].toString(), QStringLiteral("projected"));
        }
    }
    for (const char* expected :
         {"water-per-gdp-reduction@2020", "water-per-iva-reduction@2020", "industrial-reuse-rate@2020",
          "irrigation-coefficient@2020", "leakage-rate@2020", "water-per-gdp-reduction@2022",
          "water-per-iva-reduction@2022", "irrigation-coefficient@2022"}) {
        EXPECT_TRUE(judged.contains(QString::fromLatin1(expected))) << expected;
    }
}

TEST(EvaluateCommand, textOutputIsChineseAndAligned) {
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2020"),
                               QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("农田灌溉水有效利用系数"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("钦州市")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("达标")) || run.out.contains(QStringLiteral("未达标")) ||
                run.out.contains(QStringLiteral("临界")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("2022")));
}

TEST(EvaluateCommand, csvOutFileStartsWithABomForExcel) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scorecard.csv"));
    const CliRun run =
        runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), path, QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("钦州市")));
}

TEST(EvaluateCommand, badUsageExitsWithTwoAndAMissingProjectWithOne) {
    EXPECT_EQ(
        runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("soon")}).exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
    const CliRun missing = runCli({QStringLiteral("evaluate"), QStringLiteral("/nonexistent/p.gpkg")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    const CliRun unknownScenario = runCli(
        {QStringLiteral("evaluate"), QStringLiteral("--scenario"), QStringLiteral("no-such-scenario")});
    EXPECT_EQ(unknownScenario.exitCode, 1);
    EXPECT_TRUE(unknownScenario.err.contains(QStringLiteral("no-such-scenario")));
}
