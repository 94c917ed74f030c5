// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ShapefileEncoding.h"

#include "GeoFixtures.h"

#include <gtest/gtest.h>

using namespace jieshui::geo;
using test::GeoFixtures;
using test::ShapefileLabels;

TEST(ShapefileEncoding, cpgFileWinsOverBytes) {
    // Given GBK text labelled by a .cpg "936"
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk_cpg"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QStringLiteral("936"), 0});
    // When detected
    auto d = ShapefileEncoding::detect(shp);
    // Then the .cpg decides
    ASSERT_TRUE(d.isOk()) << d.error().toString();
    EXPECT_EQ(d.value().encoding, QStringLiteral("CP936"));
    EXPECT_EQ(d.value().source, EncodingSource::CpgFile);
    EXPECT_EQ(d.value().cpgText, QStringLiteral("936"));
}

TEST(ShapefileEncoding, languageByte77MeansGbk) {
    // Given GBK text, no .cpg, LDID 77
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk_ldid"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 77});
    auto d = ShapefileEncoding::detect(shp);
    ASSERT_TRUE(d.isOk());
    EXPECT_EQ(d.value().encoding, QStringLiteral("CP936"));
    EXPECT_EQ(d.value().source, EncodingSource::LanguageDriverByte);
    EXPECT_EQ(d.value().languageDriverId, 77);
}

TEST(ShapefileEncoding, unlabelledGbkIsFoundByByteCheck) {
    // Given GBK text with neither .cpg nor language byte
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk_bare"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    auto d = ShapefileEncoding::detect(shp);
    ASSERT_TRUE(d.isOk());
    // Then the bytes, invalid as UTF-8, decode as GBK
    EXPECT_EQ(d.value().encoding, QStringLiteral("CP936"));
    EXPECT_EQ(d.value().source, EncodingSource::ByteCheck);
}

TEST(ShapefileEncoding, ansiLanguageByte87FallsThroughToBytes) {
    // Given GBK text with LDID 87 ("current ANSI code page": GBK on Chinese Windows, CP1252 elsewhere)
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk_87"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 87});
    auto d = ShapefileEncoding::detect(shp);
    ASSERT_TRUE(d.isOk());
    EXPECT_EQ(d.value().encoding, QStringLiteral("CP936"));
    EXPECT_EQ(d.value().source, EncodingSource::ByteCheck);
}

TEST(ShapefileEncoding, unlabelledUtf8IsFoundByByteCheck) {
    // Given UTF-8 text, LDID 0, no .cpg (like the real Qinzhou shapefile)
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("utf8_bare"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("UTF-8"), QString(), 0});
    auto d = ShapefileEncoding::detect(shp);
    ASSERT_TRUE(d.isOk());
    EXPECT_EQ(d.value().encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(d.value().source, EncodingSource::ByteCheck);
    EXPECT_FALSE(d.value().asciiOnly);
}

TEST(ShapefileEncoding, previewShowsNamesInTheChosenEncoding) {
    // Given an unlabelled GBK shapefile
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk_preview"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    // When previewed as GBK, then the names read right; as UTF-8 they carry replacement characters
    auto gbk = ShapefileEncoding::previewNames(shp, QStringLiteral("GBK"), 2);
    ASSERT_TRUE(gbk.isOk());
    EXPECT_EQ(gbk.value(), QStringList({QStringLiteral("钦南区"), QStringLiteral("钦北区")}));
    auto utf8 = ShapefileEncoding::previewNames(shp, QStringLiteral("UTF-8"), 1);
    ASSERT_TRUE(utf8.isOk());
    ASSERT_EQ(utf8.value().size(), 1);
    EXPECT_TRUE(utf8.value().front().contains(QChar(0xFFFD)));
}

TEST(ShapefileEncoding, missingDbfIsAnIoError) {
    // Given a path with no DBF next to it
    GeoFixtures fx;
    auto d = ShapefileEncoding::detect(fx.path(QStringLiteral("nothing.shp")));
    ASSERT_TRUE(d.hasError());
    EXPECT_EQ(d.error().code(), jieshui::core::ErrorCode::IoError);
}

TEST(ShapefileEncoding, languageDriverTable) {
    EXPECT_EQ(ShapefileEncoding::encodingFromLanguageDriver(0x4D), QStringLiteral("CP936"));
    EXPECT_EQ(ShapefileEncoding::encodingFromLanguageDriver(0x7A), QStringLiteral("CP936"));
    EXPECT_TRUE(ShapefileEncoding::encodingFromLanguageDriver(0x57).isEmpty());
    EXPECT_TRUE(ShapefileEncoding::encodingFromLanguageDriver(0).isEmpty());
    EXPECT_TRUE(ShapefileEncoding::encodingFromCpg(QStringLiteral("KLINGON")).isEmpty());
}
