// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <gtest/gtest.h>

using jieshui::cli::TextTable;

TEST(TextTable, chineseCharactersTakeTwoCells) {
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("钦南区")), 6);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("m³/万元")), 7);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("abc")), 3);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("（考核口径）")), 12);
}

TEST(TextTable, columnsLineUpWhateverTheScript) {
    // Given a Chinese and a Latin row
    TextTable table;
    table.setHeader({QStringLiteral("地区"), QStringLiteral("值")});
    table.setAlignment(1, TextTable::Align::Right);
    table.addRow({QStringLiteral("钦州市"), QStringLiteral("16.53")});
    table.addRow({QStringLiteral("Lingshan"), QStringLiteral("1.2")});
    // When rendered
    const QStringList lines = table.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Then every line ends in the same terminal column
    ASSERT_EQ(lines.size(), 4);
    for (const auto& line : lines)
        EXPECT_EQ(TextTable::displayWidth(line), TextTable::displayWidth(lines[0])) << line.toStdString();
    EXPECT_TRUE(lines[2].endsWith(QStringLiteral("16.53")));
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral("  1.2")));
}
