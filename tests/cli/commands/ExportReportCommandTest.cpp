// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(ExportReportCommand, countsWhatItWroteWithProperPlurals) {
    QTemporaryDir dir;
    // When the 2035 report (one compliance map: the 2035 cap) is written in English
    const CliRun en = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export-report"),
                              QStringLiteral("--year"), QStringLiteral("2035"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("en.pdf"))});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    // Then one map is "1 map", several pages and county sections are plural; no "1 maps"
    EXPECT_TRUE(en.out.contains(QStringLiteral(", 1 map,"))) << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(QRegularExpression(QStringLiteral("\\b1 [a-z ]*s\\b"))))
        << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QRegularExpression(QStringLiteral("\\d+ pages")))) << en.out.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("4 county sections"))) << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(QStringLiteral("(s)"))) << en.out.toStdString();
    // And in Chinese the counts read as Chinese counts
    const CliRun zh = runCli({QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("export-report"),
                              QStringLiteral("--year"), QStringLiteral("2035"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("zh.pdf"))});
    ASSERT_EQ(zh.exitCode, 0) << zh.err.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("1 幅图"))) << zh.out.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("4 个县区"))) << zh.out.toStdString();
}

TEST(ExportTableCommand, saysHowManyTablesItWroteWithProperPlurals) {
    QTemporaryDir dir;
    const CliRun one = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export-table"),
                               QStringLiteral("--tables"), QStringLiteral("key-tasks"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("t.csv"))});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    EXPECT_TRUE(one.out.startsWith(QStringLiteral("1 table written"))) << one.out.toStdString();
    const CliRun three =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("export-table"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("t.xlsx"))});
    ASSERT_EQ(three.exitCode, 0) << three.err.toStdString();
    EXPECT_TRUE(three.out.startsWith(QStringLiteral("3 tables written"))) << three.out.toStdString();
}
