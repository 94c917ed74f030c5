// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance tests on the shared real data, read in place (never copied into the repository).
#include "geo/LayerImporter.h"
#include "geo/LayerReader.h"

#include <QFileInfo>
#include <QHash>
#include <gtest/gtest.h>

using namespace jieshui::geo;

namespace {

QString realFile(const char* relative) {
    return QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/") + QString::fromUtf8(relative);
}

#define REQUIRE_REAL_FILE(path)                                                                              \
    if (!QFileInfo::exists(path))                                                                            \
    GTEST_SKIP() << "real test data not present: " << (path).toStdString()

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

} // namespace

TEST(LayerImporterRealData, qinzhouShapefileUtf8WithoutCpgOrPrj) {
    const QString path = realFile("GaryBikini_ChinaAdminDivisonSHP/qinzhou_districts_2020/钦州市.shp");
    REQUIRE_REAL_FILE(path);
    // When the UTF-8 shapefile with no .cpg, LDID 0 and no .prj is imported as counties
    auto r = LayerImporter::import(path, countyOptions());
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then UTF-8 is detected, CGCS2000 offered with a warning, and the 4 counties matched by code
    EXPECT_EQ(r.value().report.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(r.value().report.sourceCrs, QStringLiteral("EPSG:4490"));
    EXPECT_FALSE(r.value().report.warnings.isEmpty());
    ASSERT_EQ(r.value().roleLayer.features.size(), 4);
    EXPECT_EQ(r.value().match.matches.size(), 4);
    EXPECT_TRUE(r.value().match.unmatchedRegions.isEmpty());
    QStringList names;
    for (const Feature& f : r.value().roleLayer.features)
        names.append(f.name);
    EXPECT_TRUE(names.contains(QStringLiteral("钦南区")));
    EXPECT_NEAR(r.value().roleLayer.bounds.left(), 108.18, 0.01);
}

TEST(LayerImporterRealData, qinzhouGeoJsonWithIntegerAdcode) {
    const QString path = realFile("anzhou99_GeoJsons/450700_full.json");
    REQUIRE_REAL_FILE(path);
    auto r = LayerImporter::import(path, countyOptions());
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    EXPECT_EQ(r.value().roleLayer.features.size(), 4);
    for (const FeatureMatch& m : r.value().match.matches)
        EXPECT_EQ(m.method, MatchMethod::Code);
    EXPECT_EQ(r.value().report.sourceCrs, QStringLiteral("EPSG:4326"));
}

TEST(LayerImporterRealData, chinaProvincesGeoJsonWithBom) {
    const QString path = realFile("anzhou99_GeoJsons/100000_full.json");
    REQUIRE_REAL_FILE(path);
    // When the BOM file with mixed adcode types is read
    auto r = LayerReader::read(path);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then all 35 features come with codes, the dash line's code as text
    ASSERT_EQ(r.value().features.size(), 35);
    QStringList codes;
    for (const Feature& f : r.value().features)
        codes.append(f.regionCode);
    EXPECT_TRUE(codes.contains(QStringLiteral("450000")));
    EXPECT_TRUE(codes.contains(QStringLiteral("100000_JD")));
}

TEST(LayerImporterRealData, countiesOfChinaInvalidGeometriesAreRepairedOrReported) {
    const QString path = realFile("anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");
    REQUIRE_REAL_FILE(path);
    ImportOptions options = countyOptions();
    auto r = LayerImporter::import(path, options);
    ASSERT_TRUE(r.isOk()) << r.error().toString();
    // Then all 183 invalid polygons are repaired or reported, and only Qinzhou's 4 counties link
    const ImportReport& report = r.value().report;
    EXPECT_EQ(report.featureCount, 2843);
    EXPECT_EQ(report.repairedCount + report.unrepairableCount, 183);
    EXPECT_EQ(r.value().roleLayer.features.size(), 4);
    EXPECT_EQ(r.value().unmatchedLayer.features.size(), 2843 - 4);
    // And every repaired polygon is now valid
    QHash<qint64, const Feature*> byId;
    for (const FeatureLayer* layer : {&r.value().roleLayer, &r.value().unmatchedLayer})
        for (const Feature& f : layer->features)
            byId.insert(f.id, &f);
    int checked = 0;
    for (const GeometryIssue& issue : report.issues) {
        if (issue.kind != GeometryIssueKind::Repaired)
            continue;
        ASSERT_TRUE(byId.contains(issue.featureId));
        EXPECT_TRUE(GeometryRepair::isValid(*byId.value(issue.featureId), GeometryKind::Polygon))
            << issue.featureId;
        ++checked;
    }
    EXPECT_EQ(checked, report.repairedCount);
}

TEST(LayerImporterRealData, albersTopoJsonIsRefusedThenAcceptedWithCrs) {
    const QString path = realFile("thebamboogrove_tudigong/counties-geo.topojson");
    REQUIRE_REAL_FILE(path);
    ImportOptions options;
    options.role = LayerRole::Other;
    options.layerName = QStringLiteral("county");
    // When imported without CRS: refused with an Albers candidate
    auto refused = LayerImporter::import(path, options);
    ASSERT_TRUE(refused.hasError());
    EXPECT_EQ(refused.error().code(), jieshui::core::ErrorCode::UnsupportedFormat);
    EXPECT_NE(refused.error().message().find("+proj=aea"), std::string::npos) << refused.error().message();
    // When the user gives the README's Albers definition: accepted, in degrees over China
    options.crs =
        QStringLiteral("+proj=aea +lat_0=36 +lat_1=24 +lat_2=48 +lon_0=104.5 +datum=WGS84 +units=m");
    auto accepted = LayerImporter::import(path, options);
    ASSERT_TRUE(accepted.isOk()) << accepted.error().toString();
    const FeatureLayer& layer = accepted.value().roleLayer;
    EXPECT_EQ(layer.features.size(), 2990);
    EXPECT_EQ(layer.crs, QStringLiteral("EPSG:4490"));
    EXPECT_GT(layer.bounds.left(), 70.0);
    EXPECT_LT(layer.bounds.right(), 140.0);
    EXPECT_GT(layer.bounds.top(), 0.0);
    EXPECT_LT(layer.bounds.bottom(), 56.0);
}
