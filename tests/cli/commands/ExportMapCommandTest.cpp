// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool hasKangxiRadical(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

} // namespace

TEST(ExportMapCommand, drawsAGraduatedMapOfAnIndicatorWithoutTargetWithValueLabels) {
    ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        << "poppler-utils missing";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("water-per-gdp.pdf"));
    // When mapping water per GDP (no plan target of its own) with labels, quantile classes, A4 landscape
    const CliRun run =
        runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-map"),
                QStringLiteral("--indicator"), QStringLiteral("water-per-gdp"), QStringLiteral("--year"),
                QStringLiteral("2022"), QStringLiteral("--labels"), QStringLiteral("--method"),
                QStringLiteral("quantile"), QStringLiteral("--classes"), QStringLiteral("3"),
                QStringLiteral("--paper"), QStringLiteral("A4-landscape"), QStringLiteral("--out"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(path);
    // Then the title, the legend's unit and each county with its value are searchable text
    EXPECT_TRUE(text.contains(QStringLiteral("万元地区生产总值用水量 2022年"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("m³/万元")));
    EXPECT_TRUE(text.contains(QStringLiteral("灵山县 102.0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("EPSG:4545")));
    EXPECT_FALSE(hasKangxiRadical(text)) << text.toStdString();
    // And the page is A4 landscape (297 × 210 mm = 842 × 595 pt)
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    info.waitForFinished(60000);
    EXPECT_TRUE(
        QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts (A4)")));
}

TEST(ExportMapCommand, drawsTheDifferenceOfTwoScenariosWithSignedValues) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("difference.pdf"));
    const CliRun run =
        runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-map"),
                QStringLiteral("--indicator"), QStringLiteral("total-water-use"), QStringLiteral("--year"),
                QStringLiteral("2035"), QStringLiteral("--scenario"), QStringLiteral("high-growth"),
                QStringLiteral("--compare-to"), QStringLiteral("baseline"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("情景差异"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("高增长情景 − 基准情景")));
    EXPECT_TRUE(text.contains(QStringLiteral("蓝：优于基准情景")));
    // High growth uses more water in every county: each label is signed "+"
    for (const char* county : {"钦南区 +", "钦北区 +", "灵山县 +", "浦北县 +"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(county))) << county << "\n" << text.toStdString();
    EXPECT_FALSE(hasKangxiRadical(text));

    // And a PNG at 200 dpi of an A4 page has A4's pixels at that resolution
    const QString png = dir.filePath(QStringLiteral("difference.png"));
    ASSERT_EQ(
        runCli({QStringLiteral("export-map"), QStringLiteral("--indicator"),
                QStringLiteral("total-water-use"), QStringLiteral("--year"), QStringLiteral("2035"),
                QStringLiteral("--scenario"), QStringLiteral("high-growth"), QStringLiteral("--compare-to"),
                QStringLiteral("baseline"), QStringLiteral("--paper"), QStringLiteral("A4"),
                QStringLiteral("--dpi"), QStringLiteral("200"), QStringLiteral("--out"), png})
            .exitCode,
        0);
    const QImage image(png);
    EXPECT_NEAR(image.width(), 1654, 3); // 210 mm at 200 dpi
    EXPECT_NEAR(image.height(), 2339, 3);
}

TEST(ExportMapCommand, refusesBadOptionsAndACompliancemapWithoutTarget) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("m.png"));
    const auto run = [&](QStringList extra) {
        QStringList args{QStringLiteral("export-map"),
                         QStringLiteral("--indicator"),
                         QStringLiteral("water-per-gdp"),
                         QStringLiteral("--year"),
                         QStringLiteral("2022"),
                         QStringLiteral("--out"),
                         out};
        args += extra;
        return runCli(args);
    };
    EXPECT_EQ(run({QStringLiteral("--paper"), QStringLiteral("B5")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--classes"), QStringLiteral("12")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--method"), QStringLiteral("jenks")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("--thematic"), QStringLiteral("heat")}).exitCode, 2);
    // A compliance map where the plan has no target is a user error naming the indicator
    const CliRun compliance = run({QStringLiteral("--thematic"), QStringLiteral("compliance")});
    EXPECT_EQ(compliance.exitCode, 1);
    EXPECT_TRUE(compliance.err.contains(QStringLiteral("water-per-gdp"))) << compliance.err.toStdString();
    // … and said in Chinese under --lang zh
    const CliRun zh = run({QStringLiteral("--thematic"), QStringLiteral("compliance"),
                           QStringLiteral("--lang"), QStringLiteral("zh")});
    EXPECT_EQ(zh.exitCode, 1);
    EXPECT_TRUE(zh.err.contains(QStringLiteral("规划中没有2022年“water-per-gdp”的目标")))
        << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("the plan has no target"))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("year 2022"))) << zh.err.toStdString();
    // An unknown reference scenario too
    EXPECT_EQ(run({QStringLiteral("--compare-to"), QStringLiteral("no-such")}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST(ExportTableCommand, writesTheChosenTablesAsSheetsAndRefusesUnknownOnes) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
    const CliRun run =
        runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-table"),
                QStringLiteral("--tables"), QStringLiteral("counties,key-tasks,evidence,comparison"),
                QStringLiteral("--out"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("4"))) << run.out.toStdString();
    QProcess ogrinfo;
    ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-q"), path});
    ogrinfo.waitForFinished(60000);
    const QString layers = QString::fromUtf8(ogrinfo.readAllStandardOutput());
    for (const char* sheet : {"达标评价", "重点任务", "估算值与预测值", "情景比较"})
        EXPECT_TRUE(layers.contains(QString::fromUtf8(sheet))) << sheet << "\n" << layers.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("export-table"), QStringLiteral("--tables"),
                      QStringLiteral("everything"), QStringLiteral("--out"), path})
                  .exitCode,
              2);
}
