// SPDX-License-Identifier: GPL-3.0-or-later
// New projects from official county boundaries: generated files for the rules, the shared real files (read
// in place, never copied) for Qinzhou, Guangxi and all of China.
#include "store/ProjectFromBoundaries.h"

#include "TestFiles.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace jieshui;
using store::BoundaryOptions;
using store::ProjectFromBoundaries;

namespace {

QString realFile(const char* relative) {
    return QStringLiteral(JIESHUI_REAL_TESTDATA_DIR "/") + QString::fromUtf8(relative);
}

#define REQUIRE_REAL_FILE(path)                                                                              \
    if (!QFileInfo::exists(path))                                                                            \
    GTEST_SKIP() << "real test data not present: " << (path).toStdString()

/** A GeoJSON of square "counties" in a row from 113.0E, 23.0N; @p features: (code, name) pairs. */
QString writeCounties(const store::test::ScratchDir& dir,
                      const std::vector<std::pair<std::string, std::string>>& features) {
    std::string json = R"({"type":"FeatureCollection","features":[)";
    for (std::size_t i = 0; i < features.size(); ++i) {
        const double x = 113.0 + 0.2 * static_cast<double>(i);
        if (i > 0)
            json += ',';
        json += R"({"type":"Feature","properties":{"adcode":")" + features[i].first + R"(","name":")" +
                features[i].second + R"("},"geometry":{"type":"Polygon","coordinates":[[[)" +
                std::to_string(x) + ",23.0],[" + std::to_string(x + 0.2) + ",23.0],[" +
                std::to_string(x + 0.2) + ",23.2],[" + std::to_string(x) + ",23.2],[" + std::to_string(x) +
                ",23.0]]]}}";
    }
    json += "]}";
    const std::string path = dir.path("counties.geojson");
    QFile f(QString::fromStdString(path));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(json.c_str());
    return QString::fromStdString(path);
}

} // namespace

TEST(ProjectFromBoundaries, makesTheCityItsCountiesAndItsZone) {
    // Given three counties of one (made-up) city, 990100, around 113.3E
    store::test::ScratchDir dir;
    const QString path = writeCounties(dir, {{"990102", "东区"}, {"990103", "西区"}, {"990121", "示例县"}});
    // When a project is made from them with the root's name given
    BoundaryOptions options;
    options.rootName = QStringLiteral("示例市");
    auto built = ProjectFromBoundaries::build(path, options);
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the root is the city and the counties lie under it
    EXPECT_EQ(p.metadata.rootRegion, "990100");
    ASSERT_NE(p.dataset.root(), nullptr);
    EXPECT_EQ(p.dataset.root()->kind, core::RegionKind::City);
    EXPECT_EQ(p.dataset.root()->nameZh, "示例市");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 3u);
    EXPECT_EQ(p.dataset.region("990121")->parentCode, "990100");
    // And the display CRS is the 3-degree zone of 113.3E (CM 114E), not Qinzhou's
    EXPECT_EQ(p.metadata.displayCrs, "EPSG:4547");
    EXPECT_EQ(p.metadata.storageCrs, "EPSG:4490");
    // And the counties layer is linked to the regions, and there is a baseline to project with
    ASSERT_EQ(p.layers.size(), 1);
    EXPECT_EQ(p.layers[0].role, geo::LayerRole::Counties);
    EXPECT_EQ(p.layers[0].features.size(), 3);
    EXPECT_EQ(p.layers[0].features[0].regionCode, QStringLiteral("990102"));
    ASSERT_EQ(p.scenarios.size(), 1u);
    EXPECT_EQ(p.scenarios[0].name, "baseline");
    // And the project is saved and read back like any other
    const std::string file = dir.path("new.gpkg");
    ASSERT_TRUE(store::ProjectFile::create(file, p).isOk());
    auto opened = store::ProjectFile::open(file, store::OpenMode::ReadOnly);
    ASSERT_TRUE(opened.isOk());
    EXPECT_TRUE(opened.value().load().isOk());
}

TEST(ProjectFromBoundaries, refusesFeaturesWithoutCountyCodesOrNamesAndRepeatedCodes) {
    store::test::ScratchDir dir;
    for (const auto& [features, expected] :
         std::vector<std::pair<std::vector<std::pair<std::string, std::string>>, std::string>>{
             {{{"990102", "东区"}, {"990100", "示例市"}}, "990100"},
             {{{"990102", "东区"}, {"abc", "乱码"}}, "abc"},
             {{{"990102", "东区"}, {"990103", ""}}, "990103"},
             {{{"990102", "东区"}, {"990102", "东区二"}}, "990102"}}) {
        store::test::ScratchDir each;
        auto built = ProjectFromBoundaries::build(writeCounties(each, features), {});
        ASSERT_TRUE(built.hasError()) << expected;
        EXPECT_NE(built.error().message().find(expected), std::string::npos) << built.error().message();
    }
    // And a root that is a county, or holds none of the features, is refused
    const QString path = writeCounties(dir, {{"990102", "东区"}});
    BoundaryOptions county;
    county.root = QStringLiteral("990102");
    EXPECT_TRUE(ProjectFromBoundaries::build(path, county).hasError());
    BoundaryOptions elsewhere;
    elsewhere.root = QStringLiteral("450700");
    EXPECT_TRUE(ProjectFromBoundaries::build(path, elsewhere).hasError());
}

TEST(ProjectFromBoundaries, qinzhouFromItsDataVFile) {
    const QString path = realFile("anzhou99_GeoJsons/450700_full.json");
    REQUIRE_REAL_FILE(path);
    // Given the DataV file of Qinzhou's four counties (adcodes as integers, no city name in it)
    BoundaryOptions options;
    options.rootName = QStringLiteral("钦州市");
    auto built = ProjectFromBoundaries::build(path, options);
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the project is Qinzhou's: the city, its four counties, and CGCS2000 / GK CM 108E for display
    EXPECT_EQ(p.metadata.rootRegion, "450700");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 4u);
    EXPECT_EQ(p.dataset.region("450721")->nameZh, "灵山县");
    EXPECT_EQ(p.metadata.displayCrs, "EPSG:4545");
}

TEST(ProjectFromBoundaries, aProvinceWithItsCitiesFromTheShapefile) {
    const QString path =
        realFile("GaryBikini_ChinaAdminDivisonSHP/guangxi_districts_2020/广西壮族自治区.shp");
    REQUIRE_REAL_FILE(path);
    // Given Guangxi's 111 counties, whose records name their city (ctname)
    auto built = ProjectFromBoundaries::build(path, {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the root is the province, with its 14 cities under it and the counties under those
    ASSERT_NE(p.dataset.root(), nullptr);
    EXPECT_EQ(p.dataset.root()->code, "450000");
    EXPECT_EQ(p.dataset.root()->kind, core::RegionKind::Province);
    EXPECT_EQ(p.dataset.root()->nameZh, "广西壮族自治区");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::City).size(), 14u);
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 111u);
    ASSERT_NE(p.dataset.region("450700"), nullptr);
    EXPECT_EQ(p.dataset.region("450700")->nameZh, "钦州市");
    EXPECT_EQ(p.dataset.region("450700")->parentCode, "450000");
    EXPECT_EQ(p.dataset.region("450702")->parentCode, "450700");
    // And a cities layer dissolved from the counties, one feature per city, drawn under them
    ASSERT_EQ(p.layers.size(), 2);
    EXPECT_EQ(p.layers[0].role, geo::LayerRole::Cities);
    EXPECT_EQ(p.layers[0].features.size(), 14);
    EXPECT_EQ(p.layers[1].role, geo::LayerRole::Counties);
    // And the display zone is that of Guangxi's centre, 108.3E: CM 108E
    EXPECT_EQ(p.metadata.displayCrs, "EPSG:4545");
}

TEST(ProjectFromBoundaries, anyCityOutOfTheNationalFileByItsRoot) {
    const QString path = realFile("anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");
    REQUIRE_REAL_FILE(path);
    // Given the 2,843 counties of China and the root 柳州市 (450200)
    BoundaryOptions options;
    options.root = QStringLiteral("450200");
    options.rootName = QStringLiteral("柳州市");
    auto built = ProjectFromBoundaries::build(path, options);
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then only Liuzhou's counties are in the project
    EXPECT_EQ(p.dataset.root()->nameZh, "柳州市");
    const auto counties = p.dataset.regionsOfKind(core::RegionKind::County);
    EXPECT_GE(counties.size(), 9u);
    for (const auto* c : counties)
        EXPECT_EQ(c->code.substr(0, 4), "4502") << c->code;
    EXPECT_EQ(p.layers[0].features.size(), static_cast<qsizetype>(counties.size()));
}
