// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LayerReader.h"

#include "GeoFixtures.h"

#include <QFileInfo>
#include <gtest/gtest.h>

using namespace jieshui::geo;
using jieshui::core::ErrorCode;
using test::GeoFixtures;
using test::ShapefileLabels;

namespace {

const QByteArray kBomGeoJson =
    QByteArray("\xEF\xBB\xBF") + QByteArray(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"adcode":450702,"name":"钦南区","schematic":true},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[108.6,21.8],[108.8,21.8],[108.8,22.0],[108.6,21.8]]]]}},
{"type":"Feature","properties":{"adcode":450703,"name":"钦北区"},
 "geometry":{"type":"Polygon","coordinates":[[[108.6,22.2],[108.8,22.2],[108.8,22.4],[108.6,22.2]]]}},
{"type":"Feature","properties":{"adcode":"450721","name":"灵山县"},"geometry":null}
]})");

} // namespace

TEST(LayerReader, readsUnlabelledGbkShapefileWithDetectedEncoding) {
    // Given a GBK shapefile with no .cpg, no language byte and no .prj
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    // When read
    auto r = LayerReader::readDetailed(shp);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const FeatureLayer& layer = r.value().layer;
    // Then names are right, codes mapped, the CRS is unknown (not guessed) and x is longitude
    ASSERT_EQ(layer.features.size(), 4);
    EXPECT_EQ(layer.features[0].name, QStringLiteral("钦南区"));
    EXPECT_EQ(layer.features[3].name, QStringLiteral("浦北县"));
    EXPECT_EQ(layer.features[0].regionCode, QStringLiteral("450702"));
    EXPECT_TRUE(layer.crs.isEmpty());
    EXPECT_FALSE(r.value().info.crsDeclared);
    ASSERT_TRUE(r.value().info.encoding.has_value());
    EXPECT_EQ(r.value().info.encoding->encoding, QStringLiteral("CP936"));
    EXPECT_EQ(layer.geometryKind, GeometryKind::Polygon);
    EXPECT_DOUBLE_EQ(layer.bounds.left(), 108.6);
    EXPECT_DOUBLE_EQ(layer.bounds.top(), 21.8);
    EXPECT_EQ(layer.features[0].partStarts, QVector<int>({0}));
    EXPECT_EQ(layer.features[0].rings.front().size(), 5);
}

TEST(LayerReader, userEncodingOverridesDetection) {
    // Given the same GBK shapefile, when the user insists on UTF-8
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gbk2"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    ReadOptions options;
    options.encoding = QStringLiteral("UTF-8");
    auto r = LayerReader::readDetailed(shp, options);
    ASSERT_TRUE(r.isOk());
    // Then the override is recorded and the names do not come out as Chinese
    EXPECT_EQ(r.value().info.encoding->source, EncodingSource::UserOverride);
    EXPECT_NE(r.value().layer.features[0].name, QStringLiteral("钦南区"));
}

TEST(LayerReader, readsBomGeoJsonWithIntegerAdcodeNullGeometryAndSchematicFlag) {
    // Given a GeoJSON with a UTF-8 BOM, integer adcodes, a null geometry and a schematic flag
    GeoFixtures fx;
    const QString path = fx.writeFile(QStringLiteral("bom.geojson"), kBomGeoJson);
    // When read
    auto r = LayerReader::readDetailed(path);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    const FeatureLayer& layer = r.value().layer;
    // Then adcode 450702 (int) becomes "450702", the default GeoJSON CRS is EPSG:4326
    ASSERT_EQ(layer.features.size(), 3);
    EXPECT_EQ(layer.features[0].regionCode, QStringLiteral("450702"));
    EXPECT_EQ(layer.features[2].regionCode, QStringLiteral("450721"));
    EXPECT_EQ(layer.features[0].name, QStringLiteral("钦南区"));
    EXPECT_EQ(layer.crs, QStringLiteral("EPSG:4326"));
    EXPECT_TRUE(layer.schematic);
    EXPECT_EQ(r.value().info.nullGeometryIds.size(), 1);
    EXPECT_EQ(r.value().info.multiPartCount, 1);
    EXPECT_EQ(r.value().info.singlePartCount, 1);
    EXPECT_TRUE(layer.features[2].rings.isEmpty());
}

TEST(LayerReader, readsFromBytesThroughVsimem) {
    // Given GeoJSON bytes (an embedded resource), when read from memory, then it reads like a file
    auto r = LayerReader::readFromBytes(kBomGeoJson, QStringLiteral("counties.geojson"));
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_EQ(r.value().features.size(), 3);
}

TEST(LayerReader, assignsUserCrs) {
    // Given a shapefile without .prj, when the user names EPSG:4545 (as a bare number)
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("noprj"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    ReadOptions options;
    options.crs = QStringLiteral("4545");
    auto r = LayerReader::readDetailed(shp, options);
    ASSERT_TRUE(r.isOk());
    EXPECT_EQ(r.value().layer.crs, QStringLiteral("EPSG:4545"));
    EXPECT_TRUE(r.value().info.crsDeclared);
}

TEST(LayerReader, badUserCrsIsRefused) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("badcrs"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    ReadOptions options;
    options.crs = QStringLiteral("EPSG:999999");
    auto r = LayerReader::read(shp, options);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnsupportedFormat);
}

TEST(LayerReader, prjIsIdentifiedAsEpsg) {
    // Given a shapefile with an ESRI-style .prj of CGCS2000
    GeoFixtures fx;
    ShapefileLabels labels;
    labels.prjWkt = QStringLiteral(
        R"(GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])");
    const QString shp = fx.writeShapefile(QStringLiteral("prj"), GeoFixtures::qinzhouSquares(), labels);
    auto r = LayerReader::read(shp);
    ASSERT_TRUE(r.isOk());
    EXPECT_EQ(r.value().crs, QStringLiteral("EPSG:4490"));
}

TEST(LayerReader, missingFileIsAnIoError) {
    auto r = LayerReader::read(QStringLiteral("/nonexistent/x.geojson"));
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::IoError);
}

TEST(LayerReader, unknownLayerNameListsTheLayers) {
    GeoFixtures fx;
    const QString path = fx.writeFile(QStringLiteral("one.geojson"), kBomGeoJson);
    ReadOptions options;
    options.layerName = QStringLiteral("rivers");
    auto r = LayerReader::read(path, options);
    ASSERT_TRUE(r.hasError());
    EXPECT_NE(r.error().message().find("one"), std::string::npos);
}

TEST(LayerReader, missingCodeFieldIsRefused) {
    GeoFixtures fx;
    const QString path = fx.writeFile(QStringLiteral("f.geojson"), kBomGeoJson);
    ReadOptions options;
    options.codeField = QStringLiteral("gb_code");
    auto r = LayerReader::read(path, options);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnsupportedFormat);
}

TEST(LayerReader, readsShippedSchematicCountiesInCgcs2000LonLat) {
    // Given the embedded project's county geometry (GeoJSON with an EPSG:4490 crs member)
    const QString path = QStringLiteral(JIESHUI_DATA_DIR "/qinzhou/geometry/counties.geojson");
    if (!QFileInfo::exists(path))
        GTEST_SKIP() << "shipped geometry not present: " << path.toStdString();
    // When read
    auto r = LayerReader::read(path);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then it is schematic, in EPSG:4490 with x = longitude (GDAL's lat/lon axis order undone), codes mapped
    const FeatureLayer& layer = r.value();
    EXPECT_TRUE(layer.schematic);
    EXPECT_EQ(layer.crs, QStringLiteral("EPSG:4490"));
    ASSERT_EQ(layer.features.size(), 4);
    EXPECT_EQ(layer.features[0].regionCode, QStringLiteral("450702"));
    EXPECT_EQ(layer.features[0].name, QStringLiteral("钦南区"));
    EXPECT_GT(layer.bounds.left(), 107.0);
    EXPECT_LT(layer.bounds.bottom(), 23.5);
}
