// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TableReader.h"

#include "GeoFixtures.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <memory>
#include <ogrsf_frmts.h>

using namespace jieshui::geo;
using test::GeoFixtures;

TEST(TableReader, readsBomCsvWithQuotedCells) {
    // Given UTF-8 CSV with a BOM, a quoted cell holding a comma and a doubled quote, and a blank line
    const QByteArray bytes =
        QByteArray("\xEF\xBB\xBF") +
        QStringLiteral("地区,说明\r\n钦南区,\"含\"\"港区\"\",沿海\"\r\n\r\n灵山县,山区\r\n").toUtf8();
    auto t = TableReader::readCsv(bytes, QStringLiteral("a.csv"));
    ASSERT_TRUE(t.isOk()) << t.error().toString();
    // Then the header is clean (no BOM) and the cells are unquoted
    EXPECT_EQ(t.value().header, QStringList({QStringLiteral("地区"), QStringLiteral("说明")}));
    ASSERT_EQ(t.value().rows.size(), 2);
    EXPECT_EQ(t.value().rows[0][1], QStringLiteral("含\"港区\",沿海"));
    EXPECT_EQ(t.value().encoding, QStringLiteral("UTF-8"));
}

TEST(TableReader, detectsGbkCsv) {
    // Given GBK CSV bytes
    const QByteArray bytes = GeoFixtures::toGbk(QStringLiteral("地区,用水总量\n浦北县,1.5\n"));
    auto t = TableReader::readCsv(bytes, QStringLiteral("gbk.csv"));
    ASSERT_TRUE(t.isOk());
    // Then it is read as GBK's superset GB18030 (the one rule, TextDecoding::decodeTextFile) and the text
    // is right
    EXPECT_EQ(t.value().encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(t.value().rows[0][0], QStringLiteral("浦北县"));
}

TEST(TableReader, unclosedQuoteIsALocatedParseError) {
    auto t = TableReader::readCsv(QByteArray("a,b\n1,\"x\n2,3\n"), QStringLiteral("bad.csv"));
    ASSERT_TRUE(t.hasError());
    EXPECT_EQ(t.error().code(), jieshui::core::ErrorCode::ParseError);
}

TEST(TableReader, readsEverySheetOfAnXlsxAsText) {
    // Given a workbook with sheet "2020年" (written with GDAL), codes that look like numbers
    GeoFixtures fx;
    const QString path = fx.path(QStringLiteral("bulletin.xlsx"));
    {
        GDALAllRegister();
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
        std::unique_ptr<GDALDataset> ds(
            driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        ASSERT_TRUE(ds);
        OGRLayer* layer = ds->CreateLayer("2020年", nullptr, wkbNone, nullptr);
        OGRFieldDefn region("地区", OFTString);
        OGRFieldDefn total("用水总量", OFTReal);
        ASSERT_EQ(layer->CreateField(&region), OGRERR_NONE);
        ASSERT_EQ(layer->CreateField(&total), OGRERR_NONE);
        OGRFeature f(layer->GetLayerDefn());
        f.SetField(0, "450702");
        f.SetField(1, 2.25);
        ASSERT_EQ(layer->CreateFeature(&f), OGRERR_NONE);
    }
    // When read
    auto t = TableReader::read(path);
    ASSERT_TRUE(t.isOk()) << t.error().toString();
    // Then one table named after the sheet, header from the first row, cells as text
    ASSERT_EQ(t.value().size(), 1);
    EXPECT_EQ(t.value()[0].name, QStringLiteral("2020年"));
    EXPECT_EQ(t.value()[0].header, QStringList({QStringLiteral("地区"), QStringLiteral("用水总量")}));
    ASSERT_EQ(t.value()[0].rows.size(), 1);
    EXPECT_EQ(t.value()[0].rows[0][0], QStringLiteral("450702"));
    EXPECT_EQ(t.value()[0].rows[0][1].toDouble(), 2.25);
}

TEST(TableReader, toCsvQuotesWhereNeeded) {
    Table t;
    t.header = {QStringLiteral("a"), QStringLiteral("b")};
    t.rows = {{QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}};
    EXPECT_EQ(TableReader::toCsv(t), QStringLiteral("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n"));
}

TEST(TableReader, otherFormatsAreRefused) {
    auto t = TableReader::read(QStringLiteral("/tmp/x.ods"));
    ASSERT_TRUE(t.hasError());
    EXPECT_EQ(t.error().code(), jieshui::core::ErrorCode::UnsupportedFormat);
}
