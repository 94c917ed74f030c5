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
