// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/CsvWriter.h"

#include "OutputFixtures.h"
#include "output/TableExporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jieshui;

TEST(CsvWriter, writesABomUnitsInTheHeaderNumbersWithTheirDecimalsAndQuotes) {
    const QByteArray csv = output::CsvWriter::toCsv(output::test::sampleTable());
    // Then Excel sees UTF-8 (a BOM), the units are in the header and lines end in CRLF
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    EXPECT_EQ(lines[0], QStringLiteral("地区,用水总量（亿m³）,年份,评价"));
    // And numbers have the column's decimals, never "-0.00"; a comma is quoted; an empty cell stays empty
    EXPECT_EQ(lines[1], QStringLiteral("钦南区,4.53,2020,达标"));
    EXPECT_EQ(lines[2], QStringLiteral("\"灵山县, 东部\",0.00,2020,未达标"));
    EXPECT_EQ(lines[3], QStringLiteral("浦北县,,2020,无数据"));
    // And the note follows an empty line
    EXPECT_EQ(lines[4], QString());
    EXPECT_TRUE(lines[5].startsWith(QStringLiteral("数据来源")));
}

TEST(TableExporter, writesByTheSuffixAndRefusesSeveralTablesInOneCsv) {
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(output::TableExporter::write({output::test::sampleTable()}, csv).isOk());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), output::CsvWriter::toCsv(output::test::sampleTable()));
    // When two tables go to one CSV: a clear error and no file
    const QString two = dir.filePath(QStringLiteral("two.csv"));
    auto refused =
        output::TableExporter::write({output::test::sampleTable(), output::test::sampleTable()}, two);
    ASSERT_FALSE(refused.isOk());
    EXPECT_EQ(refused.error().code(), core::ErrorCode::UnsupportedFormat);
    EXPECT_FALSE(QFile::exists(two));
    // And an unknown suffix is refused; an unwritable folder is an IoError
    EXPECT_FALSE(output::TableExporter::write({output::test::sampleTable()}, dir.filePath("t.ods")).isOk());
    auto io =
        output::TableExporter::write({output::test::sampleTable()}, QStringLiteral("/nonexistent/x.csv"));
    ASSERT_FALSE(io.isOk());
    EXPECT_EQ(io.error().code(), core::ErrorCode::IoError);
}
