// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/LayerImporter.h"

#include "GeoFixtures.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace jieshui::geo;
using jieshui::core::ErrorCode;
using test::FixtureFeature;
using test::GeoFixtures;
using test::ShapefileLabels;

namespace {

const QVector<RegionKey> kQinzhou{{QStringLiteral("450702"), QStringLiteral("钦南区")},
                                  {QStringLiteral("450703"), QStringLiteral("钦北区")},
                                  {QStringLiteral("450721"), QStringLiteral("灵山县")},
                                  {QStringLiteral("450722"), QStringLiteral("浦北县")}};

ImportOptions countyOptions() {
    ImportOptions o;
    o.role = LayerRole::Counties;
    o.regions = kQinzhou;
    return o;
}

/** Squares in GK CM 108E metres near Qinzhou; @p prefix adds the zone number (36) in front. */
std::vector<FixtureFeature> gaussKrugerSquares(double prefix) {
    auto square = [prefix](double x, double y) {
        return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
            .arg(prefix + x, 0, 'f', 0)
            .arg(y, 0, 'f', 0)
            .arg(prefix + x + 20000, 0, 'f', 0)
            .arg(y + 20000, 0, 'f', 0);
    };
    return {{square(560000, 2430000), QStringLiteral("450702"), QStringLiteral("钦南区")},
            {square(600000, 2470000), QStringLiteral("450721"), QStringLiteral("灵山县")}};
}

} // namespace

TEST(LayerImporter, gbkShapefileWithoutPrjIsOfferedCgcs2000AndRelinked) {
    // Given an unlabelled GBK shapefile of the four counties in degrees, no .prj
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("counties"), GeoFixtures::qinzhouSquares(),
                                          ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    // When imported as counties
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then GBK was detected, CGCS2000 taken with a warning, and all four counties linked by code
    EXPECT_EQ(r.value().report.encoding, QStringLiteral("CP936"));
    EXPECT_EQ(r.value().report.sourceCrs, QStringLiteral("EPSG:4490"));
    EXPECT_FALSE(r.value().report.warnings.isEmpty());
    EXPECT_EQ(r.value().roleLayer.features.size(), 4);
    EXPECT_EQ(r.value().roleLayer.role, LayerRole::Counties);
    EXPECT_EQ(r.value().roleLayer.crs, QStringLiteral("EPSG:4490"));
    EXPECT_EQ(r.value().roleLayer.features[1].regionCode, QStringLiteral("450703"));
    EXPECT_EQ(r.value().roleLayer.features[1].name, QStringLiteral("钦北区"));
    EXPECT_TRUE(r.value().unmatchedLayer.features.isEmpty());
    EXPECT_TRUE(r.value().report.text().contains(QStringLiteral("钦南区")));
}

TEST(LayerImporter, projectedShapefileWithoutPrjIsRefusedWithCandidates) {
    // Given GK CM 108E metres without .prj, imported into a project lying around Qinzhou
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gk"), gaussKrugerSquares(0), ShapefileLabels{});
    ImportOptions options = countyOptions();
    options.projectArea = CrsGuesser::qinzhouArea();
    // When imported, then refused, naming EPSG:4545 (the zone that puts the data in the project's area)
    auto r = LayerImporter::import(shp, options);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnsupportedFormat);
    EXPECT_NE(r.error().message().find("EPSG:4545"), std::string::npos) << r.error().message();
    // And for a project without any layer yet no place is assumed: the user is asked for the CRS
    auto unplaced = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(unplaced.hasError());
    EXPECT_EQ(unplaced.error().message().find("EPSG:4545"), std::string::npos) << unplaced.error().message();
}

TEST(LayerImporter, projectedShapefileIsAcceptedWithUserCrsAndReprojected) {
    // Given the same file, when the user names EPSG:4545
    GeoFixtures fx;
    const QString shp = fx.writeShapefile(QStringLiteral("gk2"), gaussKrugerSquares(0), ShapefileLabels{});
    ImportOptions options = countyOptions();
    options.crs = QStringLiteral("EPSG:4545");
    auto r = LayerImporter::import(shp, options);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then the layers are in CGCS2000 degrees: easting 560 km at CM 108E is about 108.58E
    const FeatureLayer& layer = r.value().roleLayer;
    EXPECT_EQ(layer.crs, QStringLiteral("EPSG:4490"));
    ASSERT_EQ(layer.features.size(), 2);
    EXPECT_NEAR(layer.features[0].bounds.left(), 108.58, 0.01);
    EXPECT_NEAR(layer.features[0].bounds.top(), 21.96, 0.02);
    EXPECT_EQ(r.value().match.unmatchedRegions,
              QStringList({QStringLiteral("450703"), QStringLiteral("450722")}));
}

TEST(LayerImporter, zonePrefixedEastingIsRefusedNamingZone36) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("gk36"), gaussKrugerSquares(36e6), ShapefileLabels{});
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.hasError());
    EXPECT_NE(r.error().message().find("EPSG:4524"), std::string::npos) << r.error().message();
}

TEST(LayerImporter, brokenGeometryIsRepairedAndReported) {
    // Given a bow-tie county
    GeoFixtures fx;
    std::vector<FixtureFeature> features = GeoFixtures::qinzhouSquares();
    features[0].wkt = QStringLiteral("POLYGON((108.6 21.8,108.8 22.0,108.8 21.8,108.6 22.0,108.6 21.8))");
    const QString shp = fx.writeShapefile(QStringLiteral("broken"), features, ShapefileLabels{});
    // When imported
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then one repair is reported and the county has two valid parts
    EXPECT_EQ(r.value().report.repairedCount, 1);
    ASSERT_EQ(r.value().report.issues.size(), 1);
    EXPECT_EQ(r.value().roleLayer.features[0].partStarts.size(), 2);
}

// Issue 13: a null or empty geometry replaced a good county boundary with nothing (exit 0, a warning).
TEST(LayerImporter, aNullGeometryIsRefusedRatherThanBlankingABoundary) {
    GeoFixtures fx;
    std::vector<FixtureFeature> features = GeoFixtures::qinzhouSquares();
    features[1].wkt.clear();
    const QString shp = fx.writeShapefile(QStringLiteral("nullgeom"), features, ShapefileLabels{});
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.hasError());
    const std::string m = r.error().toString();
    EXPECT_NE(m.find("钦北区"), std::string::npos) << m;
    EXPECT_NE(m.find("nothing was imported"), std::string::npos) << m;
}

// Issue 13: an unrepairable ring replaced a valid boundary.
TEST(LayerImporter, anUnrepairableRingIsRefused) {
    GeoFixtures fx;
    std::vector<FixtureFeature> features = GeoFixtures::qinzhouSquares();
    features[2].wkt = QStringLiteral("POLYGON((109.25 22.25,109.5 22.5,109.75 22.75,109.25 22.25))");
    const QString shp = fx.writeShapefile(QStringLiteral("flat"), features, ShapefileLabels{});
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.hasError());
    EXPECT_NE(r.error().toString().find("灵山县"), std::string::npos) << r.error().toString();
}

// Issue 13: a truncated shapefile (3 of 4 records lost) blanked three counties.
TEST(LayerImporter, aTruncatedShapefileIsRefused) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("cut"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    QFile f(shp);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 full = f.size();
    // the header (100 bytes) and the first record (8 + 4 + 32 + 4 + 4 + 4 + 5 × 16 = 136 bytes) stay
    ASSERT_TRUE(f.resize(100 + 136));
    ASSERT_LT(f.size(), full);
    f.close();
    auto r = LayerImporter::import(shp, countyOptions());
    ASSERT_TRUE(r.hasError()) << "a truncated .shp was imported";
    EXPECT_NE(r.error().toString().find("nothing was imported"), std::string::npos) << r.error().toString();
}

// Issue 13: degrees declared as EPSG:3857 land off the coast of Africa and were saved after a warning.
TEST(LayerImporter, aDeclaredCrsThatPutsTheLayerOutsideChinaIsRefused) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("wrongcrs"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    ImportOptions o = countyOptions();
    o.crs = QStringLiteral("EPSG:3857");
    auto r = LayerImporter::import(shp, o);
    ASSERT_TRUE(r.hasError());
    EXPECT_NE(r.error().toString().find("outside China"), std::string::npos) << r.error().toString();
}

// Issue 13: --encoding GARBAGE, '' (through the CLI) and UTF-16 were accepted silently.
TEST(LayerImporter, anEncodingThatCannotBeAShapefilesIsRefused) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("enc"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    for (const char* encoding : {"GARBAGE", "UTF-16", "UTF-16LE", "UTF-32", " "}) {
        ImportOptions o = countyOptions();
        o.encoding = QString::fromLatin1(encoding);
        auto r = LayerImporter::import(shp, o);
        ASSERT_TRUE(r.hasError()) << encoding;
        EXPECT_EQ(r.error().location().field, "encoding") << encoding;
    }
    ImportOptions o = countyOptions();
    o.encoding = QStringLiteral("GB18030");
    EXPECT_TRUE(LayerImporter::import(shp, o).isOk());
}

// Issue 13: a FIFO given as the layer file blocked forever.
TEST(LayerImporter, aFifoIsRefusedWithoutReadingIt) {
    GeoFixtures fx;
    const QString fifo = fx.path(QStringLiteral("pipe.geojson"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto r = LayerImporter::import(fifo, countyOptions());
    ASSERT_TRUE(r.hasError());
    EXPECT_NE(r.error().toString().find("not a regular file"), std::string::npos) << r.error().toString();
}

// Issue 13: a missing .shp was reported as "the shapefile has no .dbf file"; a symlink loop as "no such
// file".
TEST(LayerImporter, aMissingShapefileOrASymlinkLoopIsNamedAsSuch) {
    GeoFixtures fx;
    auto missing = LayerImporter::import(fx.path(QStringLiteral("absent.shp")), countyOptions());
    ASSERT_TRUE(missing.hasError());
    EXPECT_NE(missing.error().toString().find("no such file"), std::string::npos)
        << missing.error().toString();
    const QString a = fx.path(QStringLiteral("a.shp"));
    const QString b = fx.path(QStringLiteral("b.shp"));
    ASSERT_EQ(::symlink(QFile::encodeName(b).constData(), QFile::encodeName(a).constData()), 0);
    ASSERT_EQ(::symlink(QFile::encodeName(a).constData(), QFile::encodeName(b).constData()), 0);
    auto loop = LayerImporter::import(a, countyOptions());
    ASSERT_TRUE(loop.hasError());
    EXPECT_NE(loop.error().toString().find("loop of symbolic links"), std::string::npos)
        << loop.error().toString();
}

TEST(LayerImporter, unmatchedFeaturesBecomeAnOrdinaryLayer) {
    // Given the four counties and a project that knows only two of them
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("c"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    ImportOptions options = countyOptions();
    options.regions = {kQinzhou[0], kQinzhou[1]};
    auto r = LayerImporter::import(shp, options);
    ASSERT_TRUE(r.isOk());
    EXPECT_EQ(r.value().roleLayer.features.size(), 2);
    EXPECT_EQ(r.value().unmatchedLayer.features.size(), 2);
    EXPECT_EQ(r.value().unmatchedLayer.role, LayerRole::Other);
    EXPECT_TRUE(r.value().unmatchedLayer.features[0].regionCode.isEmpty());
}

TEST(LayerImporter, riverRoleKeepsEveryFeature) {
    GeoFixtures fx;
    const QString path =
        fx.writeFile(QStringLiteral("rivers.geojson"), QByteArray(R"({"type":"FeatureCollection",
      "features":[{"type":"Feature","properties":{"name":"钦江"},
      "geometry":{"type":"LineString","coordinates":[[108.6,22.3],[108.65,21.9]]}}]})"));
    ImportOptions options;
    options.role = LayerRole::Rivers;
    auto r = LayerImporter::import(path, options);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_EQ(r.value().roleLayer.geometryKind, GeometryKind::Line);
    EXPECT_EQ(r.value().roleLayer.features.size(), 1);
    EXPECT_EQ(r.value().roleLayer.role, LayerRole::Rivers);
}

TEST(LayerImporter, cancelledImportReturnsCancelled) {
    GeoFixtures fx;
    const QString shp =
        fx.writeShapefile(QStringLiteral("x"), GeoFixtures::qinzhouSquares(), ShapefileLabels{});
    jieshui::core::Feedback feedback;
    feedback.cancel();
    auto r = LayerImporter::import(shp, countyOptions(), &feedback);
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::Cancelled);
}

TEST(LayerImporter, metreCoordinatesLabelledWgs84AreRefused) {
    // Given a GeoJSON (implicitly WGS 84) whose coordinates are metres
    GeoFixtures fx;
    const QString path = fx.writeFile(QStringLiteral("m.geojson"), QByteArray(R"({"type":"FeatureCollection",
      "features":[{"type":"Feature","properties":{},
      "geometry":{"type":"Polygon","coordinates":[[[560000,2430000],[580000,2430000],[580000,2450000],[560000,2430000]]]}}]})"));
    auto r = LayerImporter::import(path, countyOptions());
    ASSERT_TRUE(r.hasError());
    EXPECT_EQ(r.error().code(), ErrorCode::UnsupportedFormat);
}

namespace {

FeatureLayer schematicCounties() {
    FeatureLayer layer;
    layer.name = QStringLiteral("counties");
    layer.role = LayerRole::Counties;
    layer.schematic = true;
    for (const RegionKey& r : kQinzhou) {
        Feature f;
        f.regionCode = r.code;
        f.name = r.nameZh;
        f.rings = {QPolygonF({QPointF(108, 21), QPointF(109, 21), QPointF(109, 22), QPointF(108, 21)})};
        f.partStarts = {0};
        layer.features.append(f);
    }
    layer.updateBounds();
    return layer;
}

ImportResult importedCounties(const QStringList& codes) {
    ImportResult result;
    result.roleLayer.name = QStringLiteral("钦州市");
    result.roleLayer.role = LayerRole::Counties;
    for (const QString& code : codes) {
        Feature f;
        f.regionCode = code;
        f.rings = {QPolygonF(
            {QPointF(108.5, 21.5), QPointF(108.6, 21.5), QPointF(108.6, 21.6), QPointF(108.5, 21.5)})};
        f.partStarts = {0};
        result.roleLayer.features.append(f);
    }
    return result;
}

} // namespace

TEST(LayerImporter, mergeReplacesMatchedRegionsAndKeepsSchematicMarkWhileOldGeometryRemains) {
    // Given the schematic county layer and an import of two counties plus one unmatched feature
    QVector<FeatureLayer> layers{schematicCounties()};
    ImportResult result = importedCounties({QStringLiteral("450702"), QStringLiteral("450703")});
    result.unmatchedLayer.name = QStringLiteral("钦州市");
    result.unmatchedLayer.features.append(Feature{});
    // When merged
    const QStringList changes = LayerImporter::mergeInto(layers, result);
    // Then the county layer has 4 features, 2 new, still schematic; the stray feature is a new layer
    ASSERT_EQ(layers.size(), 2);
    EXPECT_EQ(layers[0].features.size(), 4);
    EXPECT_TRUE(layers[0].schematic);
    int newOnes = 0;
    for (const Feature& f : layers[0].features)
        newOnes += f.rings.front().front() == QPointF(108.5, 21.5) ? 1 : 0;
    EXPECT_EQ(newOnes, 2);
    EXPECT_EQ(layers[1].role, LayerRole::Other);
    EXPECT_EQ(layers[1].features.size(), 1);
    EXPECT_EQ(changes.size(), 3);
}

TEST(LayerImporter, mergeOfAllRegionsClearsTheSchematicMark) {
    QVector<FeatureLayer> layers{schematicCounties()};
    const ImportResult result = importedCounties({QStringLiteral("450702"), QStringLiteral("450703"),
                                                  QStringLiteral("450721"), QStringLiteral("450722")});
    LayerImporter::mergeInto(layers, result);
    ASSERT_EQ(layers.size(), 1);
    EXPECT_FALSE(layers[0].schematic);
    EXPECT_EQ(layers[0].features.size(), 4);
}

TEST(LayerImporter, mergeOfOtherLayerAppendsWithUniqueName) {
    // Given a project with a layer named 水源地, when another 水源地 "other" layer is merged
    FeatureLayer existing;
    existing.name = QStringLiteral("水源地");
    QVector<FeatureLayer> layers{existing};
    ImportResult result;
    result.roleLayer.name = QStringLiteral("水源地");
    result.roleLayer.features.append(Feature{});
    LayerImporter::mergeInto(layers, result);
    // Then it is appended under a new name
    ASSERT_EQ(layers.size(), 2);
    EXPECT_EQ(layers[1].name, QStringLiteral("水源地 2"));
}
