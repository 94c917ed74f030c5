// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

TEST(CsvReader, readsQuotesDoubledQuotesEmbeddedCommasAndNewlines) {
    // Given a record whose fields hold a comma, a doubled quote and a line break
    const std::string text = "a,b,c\n"
                             "\"x, y\",\"he said \"\"hi\"\"\",\"two\nlines\"\n"
                             "1,2,3\n";
    // When it is parsed
    auto table = CsvReader::parse(text, "t.csv");
    // Then the fields come back unquoted and the records keep their starting lines
    ASSERT_TRUE(table.isOk()) << table.error().toString();
    ASSERT_EQ(table.value().records().size(), 2u);
    const auto& first = table.value().records()[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.fields[0], "x, y");
    EXPECT_EQ(first.fields[1], "he said \"hi\"");
    EXPECT_EQ(first.fields[2], "two\nlines");
    EXPECT_EQ(table.value().records()[1].line, 4); // the quoted line break pushed it down a line
    EXPECT_EQ(table.value().column("c"), 2u);
}

TEST(CsvReader, skipsBomAcceptsCrlfAndSkipsEmptyLines) {
    // Given a BOM, CRLF line ends, an empty line and a line of empty fields
    const std::string text = "\xEF\xBB\xBF"
                             "name,value\r\n"
                             "钦州,1\r\n"
                             "\r\n"
                             ",\r\n"
                             "灵山,2\r\n";
    auto table = CsvReader::parse(text, "t.csv");
    ASSERT_TRUE(table.isOk()) << table.error().toString();
    // Then the first column is "name" (no BOM bytes), no '\r' remains, and blank lines are gone
    EXPECT_EQ(table.value().header()[0], "name");
    ASSERT_EQ(table.value().records().size(), 2u);
    EXPECT_EQ(table.value().records()[0].fields[1], "1");
    EXPECT_EQ(table.value().records()[1].fields[0], "灵山");
    EXPECT_EQ(table.value().records()[1].line, 5);
}

TEST(CsvReader, rejectsInvalidUtf8AtItsLine) {
    // Given GBK bytes (钦州 = C7 D5 D6 DD) on line 3
    const std::string text = "a,b\n1,2\n\xC7\xD5\xD6\xDD,3\n";
    auto table = CsvReader::parse(text, "gbk.csv");
    ASSERT_TRUE(table.hasError());
    EXPECT_EQ(table.error().code(), ErrorCode::ParseError);
    EXPECT_EQ(table.error().location().file, "gbk.csv");
    EXPECT_EQ(table.error().location().line, 3);
    EXPECT_NE(table.error().message().find("UTF-8"), std::string::npos);
}

TEST(CsvReader, firstInvalidUtf8LineRejectsOverlongsSurrogatesAndTruncation) {
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("ok 钦州 ✓ 𝄞"), 0);
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("\xC0\xAF"), 1);           // overlong '/'
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("a\nb\n\xED\xA0\x80"), 3); // UTF-16 surrogate
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("x\n\xE9\x92"), 2);        // truncated 钦
    EXPECT_EQ(CsvReader::firstInvalidUtf8Line("\x80"), 1);               // lone continuation byte
}

TEST(CsvReader, rejectsBadQuotingWithTheLine) {
    // A quote in the middle of an unquoted field
    auto inside = CsvReader::parse("a,b\n1,x\"y\n", "q.csv");
    ASSERT_TRUE(inside.hasError());
    EXPECT_EQ(inside.error().location().line, 2);
    // Text after a closing quote
    auto after = CsvReader::parse("a,b\n1,2\n\"x\"y,3\n", "q.csv");
    ASSERT_TRUE(after.hasError());
    EXPECT_EQ(after.error().location().line, 3);
    // A quote never closed: located where it opened
    auto open = CsvReader::parse("a,b\n1,\"never\nclosed\n", "q.csv");
    ASSERT_TRUE(open.hasError());
    EXPECT_EQ(open.error().location().line, 2);
    EXPECT_NE(open.error().message().find("not closed"), std::string::npos);
}

TEST(CsvReader, reportsEveryRecordWithTheWrongFieldCount) {
    // Given two records with an unquoted comma and one too short
    LoadReport report;
    auto table = CsvReader::parse("a,b,c\n1,2,3\n1,2,3,4\n5,6,7\n8,9\n", "n.csv", report);
    ASSERT_TRUE(table.hasError());
    ASSERT_EQ(report.errors().size(), 2u);
    EXPECT_EQ(report.errors()[0].location().line, 3);
    EXPECT_EQ(report.errors()[1].location().line, 5);
}

TEST(CsvReader, rejectsEmptyFilesAndDuplicateColumns) {
    EXPECT_TRUE(CsvReader::parse("", "e.csv").hasError());
    EXPECT_TRUE(CsvReader::parse("\xEF\xBB\xBF\n\n", "e.csv").hasError());
    auto twice = CsvReader::parse("a,b,a\n1,2,3\n", "d.csv");
    ASSERT_TRUE(twice.hasError());
    EXPECT_EQ(twice.error().location().field, "a");
}

TEST(CsvReader, readsALastRecordWithoutLineEndAndEmptyQuotedField) {
    auto table = CsvReader::parse("a,b\n\"\",2", "t.csv");
    ASSERT_TRUE(table.isOk());
    ASSERT_EQ(table.value().records().size(), 1u);
    EXPECT_EQ(table.value().records()[0].fields[0], "");
    EXPECT_EQ(table.value().records()[0].fields[1], "2");
}

TEST(CsvReader, toleratesSpacesAroundQuotedFields) {
    auto table = CsvReader::parse("a,b\n \"x, y\" ,2\n", "t.csv");
    ASSERT_TRUE(table.isOk()) << table.error().toString();
    EXPECT_EQ(table.value().records()[0].fields[0], "x, y");
}

TEST(CsvReader, readFileReportsAMissingFile) {
    auto text = CsvReader::readFile("/nonexistent/dir/statistics.csv");
    ASSERT_TRUE(text.hasError());
    EXPECT_EQ(text.error().code(), ErrorCode::IoError);
    EXPECT_EQ(text.error().location().file, "/nonexistent/dir/statistics.csv");
}

// Issue 13: ids made of a NUL byte, a BOM, a zero-width space or control characters were accepted
// ("\uFEFFQZ-2022-TOTAL" beside QZ-2022-TOTAL), and NUL bytes were stored inside text.
TEST(CsvReader, refusesInvisibleAndControlCharactersNamingLineAndField) {
    using namespace std::string_literals;
    const std::string text = "id,source\n"
                             "\xEF\xBB\xBFQZ-2022-TOTAL,plan\n" // BOM inside the id
                             "QZ\xE2\x80\x8B-2022,plan\n"       // zero-width space
                             "QZ-2023,pl\x1B"
                             "an\n"                     // escape
                             "QZ-2024,a\0b\n"s          // NUL byte
                             "QZ-2025,\"a\tb, fine\"\n" // a tab is harmless
                             "QZ-2026,\xE2\x81\xA0x\n"; // word joiner
    LoadReport report;
    auto table = CsvReader::parse(text, "plan_targets.csv", report);
    ASSERT_TRUE(table.hasError());
    std::vector<std::pair<int, std::string>> located;
    for (const Error& e : report.errors())
        located.emplace_back(e.location().line, e.location().field);
    const std::vector<std::pair<int, std::string>> expected{
        {2, "id"}, {3, "id"}, {4, "source"}, {5, "source"}, {7, "source"}};
    EXPECT_EQ(located, expected);
    EXPECT_NE(report.errors().front().message().find("U+FEFF"), std::string::npos);
}
