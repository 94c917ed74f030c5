// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

/** The sheet names of a workbook as ogrinfo lists its layers ("1: 达标评价 2035 (None)"). */
QStringList sheetNames(const QString& xlsx) {
    QProcess ogrinfo;
    ogrinfo.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-q"), xlsx});
    ogrinfo.waitForFinished(60000);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^\\d+: (.*) \\([^()]*\\)$"));
    for (const QString& text : QString::fromUtf8(ogrinfo.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text.trimmed());
        if (match.hasMatch())
            names << match.captured(1);
    }
    return names;
}

} // namespace

TEST(ExportTableCommand, everySheetOfTheWorkbookHasAMeaningfulUniqueLegalName) {
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tables.xlsx"));
        // When every table of 2035 goes into one workbook (the city scorecard and the one with counties)
        const CliRun run =
            runCli({QStringLiteral("--lang"), language, QStringLiteral("export-table"),
                    QStringLiteral("--year"), QStringLiteral("2035"), QStringLiteral("--tables"),
                    QStringLiteral("scorecard,counties,key-tasks,evidence,allocation,comparison"),
                    QStringLiteral("--out"), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        const QStringList names = sheetNames(path);
        ASSERT_GE(names.size(), 5) << names.join(QLatin1Char('|')).toStdString();
        // Then no sheet is told apart only by a counter such as "达标评价 2035 (2)"
        static const QRegularExpression counter(QStringLiteral("\\(\\d+\\)$"));
        for (const QString& name : names) {
            EXPECT_FALSE(counter.match(name).hasMatch()) << name.toStdString();
            EXPECT_LE(name.size(), 31) << name.toStdString();
            EXPECT_FALSE(name.contains(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]"))))
                << name.toStdString();
        }
        // And the names are unique (Excel compares them without case) and say what and which year
        QSet<QString> lower;
        for (const QString& name : names)
            lower.insert(name.toLower());
        EXPECT_EQ(lower.size(), names.size()) << names.join(QLatin1Char('|')).toStdString();
        if (language == QLatin1String("zh")) {
            EXPECT_TRUE(names.contains(QStringLiteral("达标评价 2035"))) << names.join('|').toStdString();
            EXPECT_TRUE(names.contains(QStringLiteral("达标评价 2035 含县区")))
                << names.join('|').toStdString();
            EXPECT_TRUE(names.contains(QStringLiteral("情景比较 2035"))) << names.join('|').toStdString();
        } else {
            EXPECT_TRUE(names.contains(QStringLiteral("Scorecard 2035 with counties")))
                << names.join('|').toStdString();
        }
    }
}
