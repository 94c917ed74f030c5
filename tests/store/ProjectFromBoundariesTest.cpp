// SPDX-License-Identifier: GPL-3.0-or-later
// New projects from official county boundaries: generated files for the rules, the shared real files (read
// in place, never copied) for Qinzhou, Guangxi and all of China.
#include "store/ProjectFromBoundaries.h"

#include "TestFiles.h"
#include "model/Region.h"
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

TEST(ProjectFromBoundaries, hongKongAndMacaoDistrictsLieUnderTheirProvince) {
    // Given counties of Guangxi and the districts of Hong Kong (8100DD) and Macao (8200DD), whose city part
    // is 00: GB/T 2260 gives the two regions no prefecture level
    store::test::ScratchDir dir;
    const QString path = writeCounties(dir, {{"450702", "钦南区"},
                                             {"450703", "钦北区"},
                                             {"810001", "中西区"},
                                             {"810002", "湾仔区"},
                                             {"820001", "花地玛堂区"}});
    // When a project is made of them all
    auto built = ProjectFromBoundaries::build(path, {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the root is the country, Hong Kong and Macao are provinces and their districts lie under them
    EXPECT_EQ(p.metadata.rootRegion, "100000");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 5u);
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::Province).size(), 3u);
    ASSERT_NE(p.dataset.region("810000"), nullptr);
    EXPECT_EQ(p.dataset.region("810000")->kind, core::RegionKind::Province);
    EXPECT_EQ(p.dataset.region("810000")->nameZh, "香港特别行政区");
    EXPECT_EQ(p.dataset.region("810002")->parentCode, "810000");
    EXPECT_EQ(p.dataset.region("820001")->parentCode, "820000");
    EXPECT_TRUE(core::parentKindFits(core::RegionKind::County, core::RegionKind::Province));
    // And the only city is Qinzhou, the only feature of the cities layer; the counties layer has all five
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::City).size(), 1u);
    EXPECT_EQ(p.dataset.region("450702")->parentCode, "450700");
    ASSERT_EQ(p.layers.size(), 2);
    ASSERT_EQ(p.layers[0].features.size(), 1);
    EXPECT_EQ(p.layers[0].features[0].regionCode, QStringLiteral("450700"));
    EXPECT_EQ(p.layers[1].features.size(), 5);
    // And the project is saved and read back
    const std::string file = dir.path("china.gpkg");
    ASSERT_TRUE(store::ProjectFile::create(file, p).isOk());
    auto opened = store::ProjectFile::open(file, store::OpenMode::ReadOnly);
    ASSERT_TRUE(opened.isOk());
    auto loaded = opened.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    EXPECT_EQ(loaded.value().dataset.region("810001")->parentCode, "810000");

    // And Hong Kong alone is a province's project with its districts directly under it
    BoundaryOptions hongKong;
    hongKong.root = QStringLiteral("810000");
    auto hk = ProjectFromBoundaries::build(path, hongKong);
    ASSERT_TRUE(hk.isOk()) << hk.error().toString();
    EXPECT_EQ(hk.value().data.dataset.root()->kind, core::RegionKind::Province);
    EXPECT_EQ(hk.value().data.dataset.regionsOfKind(core::RegionKind::County).size(), 2u);
    EXPECT_EQ(hk.value().data.dataset.regionsOfKind(core::RegionKind::City).size(), 0u);
    EXPECT_EQ(hk.value().data.dataset.region("810001")->parentCode, "810000");
}

TEST(ProjectFromBoundaries, theRootLeavesOutOtherFeaturesBeforeTheyAreChecked) {
    // Given Qinzhou's counties beside features elsewhere that would not pass the checks: a city without
    // counties, a province-level code, a feature without a name, a code given twice
    store::test::ScratchDir dir;
    const QString path = writeCounties(dir, {{"441900", "东莞市"},
                                             {"450702", "钦南区"},
                                             {"440000", "广东省"},
                                             {"450703", "钦北区"},
                                             {"440103", ""},
                                             {"440104", "越秀区"},
                                             {"440104", "越秀区"}});
    // When the project is made for the root 450700
    BoundaryOptions options;
    options.root = QStringLiteral("450700");
    options.rootName = QStringLiteral("钦州市");
    auto built = ProjectFromBoundaries::build(path, options);
    // Then only Qinzhou's counties are read, and nothing outside it is held against the file
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 2u);
    ASSERT_EQ(p.layers.size(), 1);
    EXPECT_EQ(p.layers[0].features.size(), 2);
    // While a bad feature inside the root is still refused
    options.root = QStringLiteral("440000");
    options.rootName.clear();
    auto guangdong = ProjectFromBoundaries::build(path, options);
    ASSERT_TRUE(guangdong.hasError());
    EXPECT_NE(guangdong.error().message().find("440000"), std::string::npos) << guangdong.error().message();
}

TEST(ProjectFromBoundaries, citiesWithoutCountiesAreUnitsOfTheirProvince) {
    // Given two counties of Guangzhou and the two prefecture-level cities without counties 东莞 and 中山
    store::test::ScratchDir dir;
    const QString path = writeCounties(
        dir, {{"440103", "荔湾区"}, {"441900", "东莞市"}, {"440104", "越秀区"}, {"442000", "中山市"}});
    // When a project is made of them
    auto built = ProjectFromBoundaries::build(path, {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the root is Guangdong; 东莞 and 中山 are cities of it with no counties, named by their features
    EXPECT_EQ(p.metadata.rootRegion, "440000");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::City).size(), 3u);
    ASSERT_NE(p.dataset.region("441900"), nullptr);
    EXPECT_EQ(p.dataset.region("441900")->kind, core::RegionKind::City);
    EXPECT_EQ(p.dataset.region("441900")->nameZh, "东莞市");
    EXPECT_EQ(p.dataset.region("441900")->parentCode, "440000");
    EXPECT_TRUE(p.dataset.children("441900").empty());
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 2u);
    EXPECT_EQ(p.dataset.region("440103")->parentCode, "440100");
    // And the cities layer has all three (their own feature for 东莞 and 中山), the counties layer two
    ASSERT_EQ(p.layers.size(), 2);
    ASSERT_EQ(p.layers[0].features.size(), 3);
    EXPECT_EQ(p.layers[0].features[1].regionCode, QStringLiteral("441900"));
    EXPECT_EQ(p.layers[0].features[1].name, QStringLiteral("东莞市"));
    EXPECT_EQ(p.layers[1].features.size(), 2);
    const QString lines = built.value().lines.join(QLatin1Char('\n'));
    EXPECT_TRUE(lines.contains(QStringLiteral("中山市"))) << lines.toStdString();
    // And the project is saved and read back
    const std::string file = dir.path("guangdong.gpkg");
    ASSERT_TRUE(store::ProjectFile::create(file, p).isOk());
    auto opened = store::ProjectFile::open(file, store::OpenMode::ReadOnly);
    ASSERT_TRUE(opened.isOk());
    EXPECT_TRUE(opened.value().load().isOk());
    // But such a city is no project of its own: there is no county to plan by
    BoundaryOptions dongguan;
    dongguan.root = QStringLiteral("441900");
    auto alone = ProjectFromBoundaries::build(path, dongguan);
    ASSERT_TRUE(alone.hasError());
    EXPECT_NE(alone.error().message().find("--root 440000"), std::string::npos) << alone.error().message();
}

TEST(ProjectFromBoundaries, reportsTheSourceCrsByTheNameOfItsCode) {
    // Given a GeoJSON, whose CRS is WGS 84 by definition
    store::test::ScratchDir dir;
    auto built = ProjectFromBoundaries::build(writeCounties(dir, {{"990102", "东区"}}), {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    // Then the report names EPSG:4326 WGS 84, not CGCS2000 (which it is stored as)
    const QString report = built.value().importReport;
    EXPECT_TRUE(report.contains(QStringLiteral("EPSG:4326 (WGS 84)"))) << report.toStdString();
    EXPECT_FALSE(report.contains(QStringLiteral("EPSG:4326 (China"))) << report.toStdString();
}

TEST(ProjectFromBoundaries, theWholeCountryFromTheNationalFile) {
    const QString path = realFile("anzhou99_GeoJsons/derived/china_counties_2843_merged.geojson");
    REQUIRE_REAL_FILE(path);
    // Given the 2,843 counties of China, Hong Kong's and Macao's districts among them
    auto built = ProjectFromBoundaries::build(path, {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const store::ProjectData& p = built.value().data;
    // Then the country's project holds every county, 34 provinces less Taiwan (absent from the file)
    EXPECT_EQ(p.metadata.rootRegion, "100000");
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::County).size(), 2843u);
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::Province).size(), 33u);
    EXPECT_EQ(p.dataset.region("810001")->parentCode, "810000");
    EXPECT_EQ(p.dataset.region("820008")->parentCode, "820000");
    EXPECT_EQ(p.layers.back().features.size(), 2843);
}

TEST(ProjectFromBoundaries, aCityAndAProvinceOutOfTheNationalTopoJson) {
    const QString path = realFile("thebamboogrove_tudigong/counties-geo.topojson");
    REQUIRE_REAL_FILE(path);
    // Given the 2,990 units of the TopoJSON (Albers, no CRS declared), 东莞, 中山, 儋州 and 嘉峪关 among them
    BoundaryOptions options;
    options.layerName = QStringLiteral("county");
    options.codeField = QStringLiteral("CODE");
    options.nameField = QStringLiteral("NAME");
    options.crs =
        QStringLiteral("+proj=aea +lat_0=36 +lat_1=24 +lat_2=48 +lon_0=104.5 +datum=WGS84 +units=m");
    options.root = QStringLiteral("450700");
    // When Qinzhou's project is made of it
    auto qinzhou = ProjectFromBoundaries::build(path, options);
    // Then it has Qinzhou's four counties
    ASSERT_TRUE(qinzhou.isOk()) << qinzhou.error().toString();
    EXPECT_EQ(qinzhou.value().data.dataset.regionsOfKind(core::RegionKind::County).size(), 4u);
    EXPECT_EQ(qinzhou.value().data.metadata.displayCrs, "EPSG:4545");
    // And Guangdong's has 东莞 and 中山 as cities without counties beside its 19 others
    options.root = QStringLiteral("440000");
    auto guangdong = ProjectFromBoundaries::build(path, options);
    ASSERT_TRUE(guangdong.isOk()) << guangdong.error().toString();
    const store::ProjectData& p = guangdong.value().data;
    EXPECT_EQ(p.dataset.regionsOfKind(core::RegionKind::City).size(), 21u);
    ASSERT_NE(p.dataset.region("442000"), nullptr);
    EXPECT_EQ(p.dataset.region("442000")->kind, core::RegionKind::City);
    EXPECT_EQ(p.layers[0].features.size(), 21);
}

TEST(ProjectFromBoundaries, aRefusedCodeSaysWhichRuleItBreaks) {
    // Given features whose codes break the rule in each way there is
    for (const auto& [features, reason] :
         std::vector<std::pair<std::vector<std::pair<std::string, std::string>>, std::string>>{
             {{{"990102", "东区"}, {"990100", "示例市"}},
              "990100: a city whose counties are in the file too"},
             {{{"990102", "东区"}, {"abc", "乱码"}}, "abc: not a six-digit code"},
             {{{"990102", "东区"}, {"99010201", "乡镇"}}, "99010201: not a six-digit code"},
             {{{"990102", "东区"}, {"990000", "示例省"}}, "990000: a province's code"},
             {{{"990102", "东区"}, {"100000", "全国"}}, "100000: the country's code"}}) {
        store::test::ScratchDir each;
        auto built = ProjectFromBoundaries::build(writeCounties(each, features), {});
        ASSERT_TRUE(built.hasError()) << reason;
        const std::string message = built.error().message();
        // Then the message states the whole rule (a city's own code is allowed where it has no counties) and
        // names the feature with the reason
        EXPECT_NE(message.find("county-level unit (last two digits not 00)"), std::string::npos) << message;
        EXPECT_NE(message.find("prefecture-level city none of whose counties is in the file"),
                  std::string::npos)
            << message;
        EXPECT_EQ(message.find("not ending in 00"), std::string::npos) << message;
        EXPECT_NE(message.find(reason), std::string::npos) << message;
        // ... and says where to name the code attribute: the command line's option by default
        EXPECT_NE(message.find("Name the attribute holding the codes: --code-field."), std::string::npos)
            << message;
    }
}

TEST(ProjectFromBoundaries, unnamedCitiesAreCountedNotListedInTheWarning) {
    // Given twelve counties of twelve cities of the made-up province 99, the file naming none of them
    store::test::ScratchDir dir;
    std::vector<std::pair<std::string, std::string>> features;
    for (int city = 1; city <= 12; ++city) {
        char code[7];
        std::snprintf(code, sizeof code, "99%02d02", city);
        features.emplace_back(code, "第" + std::to_string(city) + "区");
    }
    auto built = ProjectFromBoundaries::build(writeCounties(dir, features), {});
    ASSERT_TRUE(built.isOk()) << built.error().toString();
    const QString warnings = built.value().warnings.join(QLatin1Char('\n'));
    // Then the warning counts them and shows only the first few codes
    EXPECT_TRUE(warnings.contains(
        QStringLiteral("cities without a name in the file (each carries its code as name for now): 12 — ")))
        << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("990100, 990200, 990300, 990400, 990500 and 7 more")))
        << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("991200"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral(
        "provinces without a name in the file (each carries its code as name for now): 1 — 990000")))
        << warnings.toStdString();
    // And the whole list names each, with a county of the file that tells the user which one it is
    ASSERT_EQ(built.value().unnamed.size(), 13);
    EXPECT_EQ(built.value().unnamed.front(),
              QStringLiteral("990000: holds 第1区 990102 (counties in it: 12)"));
    EXPECT_EQ(built.value().unnamed.back(),
              QStringLiteral("991200: holds 第12区 991202 (counties in it: 1)"));
    // And no name is made up: each carries its code until renamed
    EXPECT_EQ(built.value().data.dataset.region("991200")->nameZh, "991200");
}
