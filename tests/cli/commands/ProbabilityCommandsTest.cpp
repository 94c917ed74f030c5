// SPDX-License-Identifier: GPL-3.0-or-later
// The probabilities of issue 12 in the files the CLI writes: export-report --uncertainty and export-map
// --thematic probability show what `evaluate --uncertainty` computes for the same draws and seed.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString pdfLayoutText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The rows of `evaluate --uncertainty --draws 300 --seed 5 --format json` (with --counties when asked). */
QJsonArray evaluated(bool counties) {
    QStringList arguments{QStringLiteral("--lang"),  QStringLiteral("zh"),       QStringLiteral("evaluate"),
                          QStringLiteral("--uncertainty"), QStringLiteral("--draws"), QStringLiteral("300"),
                          QStringLiteral("--seed"),  QStringLiteral("5"),        QStringLiteral("--format"),
                          QStringLiteral("json")};
    if (counties)
        arguments << QStringLiteral("--counties");
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

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

} // namespace

TEST(ProbabilityCommands, theReportShowsThePMetAndBandsOfEvaluateUncertaintyForTheSameSeed) {
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        << "poppler-utils missing";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    // When the report is written with the same draws and seed as evaluate
    const CliRun run = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-report"),
                               QStringLiteral("--uncertainty"), QStringLiteral("--draws"), QStringLiteral("300"),
                               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfLayoutText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("蒙特卡洛300次抽样（拉丁超立方，种子5）"))) << text.toStdString();
    // Then every city target's row carries evaluate's P(met) and both ends of its band
    int rows = 0;
    for (const QJsonValue& value : evaluated(false)) {
        const QJsonObject row = value.toObject();
        if (row[QStringLiteral("indicator_id")].toString() == QLatin1String("task-milestone"))
            continue;
        const QStringList band = row[QStringLiteral("band_text")].toString().split(QStringLiteral("–"));
        ASSERT_EQ(band.size(), 2) << row[QStringLiteral("target_id")].toString().toStdString();
        EXPECT_TRUE(hasLineWith(text, {QString::number(row[QStringLiteral("year")].toInt()),
                                       row[QStringLiteral("target_text")].toString(),
                                       row[QStringLiteral("p_met_text")].toString(), band[0], band[1]}))
            << row[QStringLiteral("target_id")].toString().toStdString();
        ++rows;
    }
    EXPECT_GE(rows, 10);
    // And each county under the 2035 cap carries its own
    int counties = 0;
    for (const QJsonValue& value : evaluated(true)) {
        const QJsonObject row = value.toObject();
        if (row[QStringLiteral("region_kind")].toString() != QLatin1String("county") ||
            !row[QStringLiteral("indicator_id")].toString().startsWith(QLatin1String("total-water-use")))
            continue;
        const QStringList band = row[QStringLiteral("band_text")].toString().split(QStringLiteral("–"));
        ASSERT_EQ(band.size(), 2);
        EXPECT_TRUE(hasLineWith(text, {row[QStringLiteral("region")].toString(),
                                       QString::number(row[QStringLiteral("year")].toInt()),
                                       row[QStringLiteral("p_met_text")].toString(), band[0], band[1]}))
            << row[QStringLiteral("region")].toString().toStdString();
        ++counties;
    }
    EXPECT_EQ(counties, 8);
}

TEST(ProbabilityCommands, theProbabilityMapLabelsEachCountyWithEvaluatesPMet) {
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        << "poppler-utils missing";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("probability.pdf"));
    // When the 2020 reuse-rate target's probability map is exported with evaluate's draws and seed
    const CliRun run = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-map"),
                               QStringLiteral("--indicator"), QStringLiteral("industrial-reuse-rate"),
                               QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--thematic"),
                               QStringLiteral("probability"), QStringLiteral("--draws"), QStringLiteral("300"),
                               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfLayoutText(pdf);
    // Then it has the title, the five classes and the draws in its legend
    for (const char* expected : {"达标概率", "0–10%：很可能未达标", "90–100%：很可能达标", "蒙特卡洛300次抽样"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    // And each county is labelled with the P(met) evaluate --uncertainty --counties gives it
    int counties = 0;
    for (const QJsonValue& value : evaluated(true)) {
        const QJsonObject row = value.toObject();
        if (row[QStringLiteral("region_kind")].toString() != QLatin1String("county") ||
            row[QStringLiteral("indicator_id")].toString() != QLatin1String("industrial-reuse-rate") ||
            row[QStringLiteral("year")].toInt() != 2020)
            continue;
        const QString label =
            row[QStringLiteral("region")].toString() + QLatin1Char(' ') + row[QStringLiteral("p_met_text")].toString();
        EXPECT_TRUE(text.contains(label)) << label.toStdString();
        ++counties;
    }
    EXPECT_EQ(counties, 4);
}

TEST(ProbabilityCommands, refusesDrawsWithoutAProbabilityMapAndBadDraws) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("m.png"));
    const CliRun draws = runCli({QStringLiteral("export-map"), QStringLiteral("--indicator"),
                                 QStringLiteral("total-water-use"), QStringLiteral("--year"), QStringLiteral("2035"),
                                 QStringLiteral("--draws"), QStringLiteral("100"), QStringLiteral("--out"), png});
    EXPECT_NE(draws.exitCode, 0);
    EXPECT_TRUE(draws.err.contains(QStringLiteral("--thematic probability"))) << draws.err.toStdString();
    const CliRun bad = runCli({QStringLiteral("export-report"), QStringLiteral("--uncertainty"),
                               QStringLiteral("--draws"), QStringLiteral("0"), QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("r.pdf"))});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--draws"))) << bad.err.toStdString();
}
