// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TextDecoding.h"

#include "GeoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;

TEST(TextDecoding, utf8ChineseIsValidUtf8ButGbkBytesAreNot) {
    // Given 钦南区 in UTF-8 and in GBK
    const QByteArray utf8 = QStringLiteral("钦南区").toUtf8();
    const QByteArray gbk = test::GeoFixtures::toGbk(QStringLiteral("钦南区"));
    // Then only the UTF-8 bytes pass the UTF-8 check (GBK C7 D5 ... are not continuation patterns)
    EXPECT_TRUE(TextDecoding::isValidUtf8(utf8));
    EXPECT_FALSE(TextDecoding::isValidUtf8(gbk));
    EXPECT_EQ(gbk.size(), 6);
}

TEST(TextDecoding, rejectsOverlongAndTruncatedUtf8) {
    // Given an overlong '/' (C0 AF) and a cut 3-byte sequence, then neither is UTF-8
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArray("\xC0\xAF")));
    EXPECT_FALSE(TextDecoding::isValidUtf8(QByteArray("\xE9\x92")));
}

TEST(TextDecoding, decodesGbkThroughIconv) {
    // Given GBK bytes, when decoded as CP936 or its aliases, then the Chinese text comes back
    const QByteArray gbk = test::GeoFixtures::toGbk(QStringLiteral("灵山县"));
    EXPECT_EQ(TextDecoding::decode(gbk, QStringLiteral("CP936")).value_or(QString()),
              QStringLiteral("灵山县"));
    EXPECT_EQ(TextDecoding::decode(gbk, QStringLiteral("GBK")).value_or(QString()), QStringLiteral("灵山县"));
    EXPECT_EQ(TextDecoding::decode(gbk, QStringLiteral("936")).value_or(QString()), QStringLiteral("灵山县"));
    // And as UTF-8 they are refused
    EXPECT_FALSE(TextDecoding::decode(gbk, QStringLiteral("UTF-8")).has_value());
}

TEST(TextDecoding, invalidGbkSequenceIsRefused) {
    // Given a lead byte followed by a byte that cannot trail it in GBK (0x81 0x20)
    EXPECT_FALSE(TextDecoding::decode(QByteArray("\x81\x20"), QStringLiteral("CP936")).has_value());
    // And an unknown encoding name
    EXPECT_FALSE(TextDecoding::decode(QByteArray("abc"), QStringLiteral("NO-SUCH-CODEPAGE")).has_value());
}

TEST(TextDecoding, canonicalNamesForCpgSpellings) {
    EXPECT_EQ(TextDecoding::canonicalEncoding(QStringLiteral("936")), QStringLiteral("CP936"));
    EXPECT_EQ(TextDecoding::canonicalEncoding(QStringLiteral("gb2312")), QStringLiteral("CP936"));
    EXPECT_EQ(TextDecoding::canonicalEncoding(QStringLiteral(" utf8 ")), QStringLiteral("UTF-8"));
    EXPECT_EQ(TextDecoding::canonicalEncoding(QStringLiteral("65001")), QStringLiteral("UTF-8"));
}

// The one encoding rule for imported tables (issue 13).
TEST(TextDecoding, decodeTextFileTakesUtf8OrWholeFileGbkAndRefusesAMix) {
    const QByteArray gbk = test::GeoFixtures::toGbk(QStringLiteral("钦州市"));
    // UTF-8, with or without BOM
    auto utf8 = TextDecoding::decodeTextFile(QByteArray("\xEF\xBB\xBF") + QStringLiteral("钦州市\n").toUtf8(),
                                             "a.csv");
    ASSERT_TRUE(utf8.isOk());
    EXPECT_EQ(utf8.value().text, QStringLiteral("钦州市\n"));
    // the whole file GBK
    auto whole = TextDecoding::decodeTextFile("a,b\n" + gbk + ",1\n", "b.csv");
    ASSERT_TRUE(whole.isOk());
    EXPECT_EQ(whole.value().encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(whole.value().text, QStringLiteral("a,b\n钦州市,1\n"));
    // a UTF-8 line and a GBK line: refused, located at the GBK line
    auto mixed = TextDecoding::decodeTextFile(
        "a,b\n" + QStringLiteral("钦州").toUtf8() + ",1\n" + gbk + ",2\n", "c.csv");
    ASSERT_TRUE(mixed.hasError());
    EXPECT_EQ(mixed.error().location().line, 3);
    EXPECT_EQ(mixed.error().location().file, "c.csv");
    // a BOM promises UTF-8: a GBK line after it is a mix too
    EXPECT_TRUE(TextDecoding::decodeTextFile("\xEF\xBB\xBF"
                                             "a\n" +
                                                 gbk + "\n",
                                             "d.csv")
                    .hasError());
    // bytes that are neither
    auto neither = TextDecoding::decodeTextFile(QByteArray("a\n\xFF\xFF\xFF\n"), "e.csv");
    ASSERT_TRUE(neither.hasError());
    EXPECT_EQ(neither.error().location().line, 2);
}
