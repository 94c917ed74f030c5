// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of the schematic geometry shipped in data/qinzhou/geometry (drawn by
// tools/make_schematic_geometry.py): valid, counties without gaps or overlaps, basins tiling the city,
// sizes and places close to the facts, every feature flagged schematic, codes matching the tables.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <set>
#include <string>
#include <vector>

namespace {

std::filesystem::path dataDir() {
    return std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
}
std::filesystem::path geometryDir() {
    return dataDir() / "geometry";
}

struct GdalDatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

/** One feature of a shipped file: code, schematic flag and its geometry projected to EPSG:4545 (m). */
struct ShippedFeature {
    std::string code;
    std::string nameZh;
    bool schematic = false;
    std::unique_ptr<OGRGeometry> lonLat;    ///< EPSG:4490, lon/lat
    std::unique_ptr<OGRGeometry> projected; ///< EPSG:4545, easting/northing in metres
};

/** Reads a GeoJSON file of the project; an empty vector when it cannot be opened. */
std::vector<ShippedFeature> readLayer(const std::string& fileName) {
    GDALAllRegister();
    std::vector<ShippedFeature> out;
    const std::string path = (geometryDir() / fileName).string();
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds || ds->GetLayerCount() != 1)
        return out;
    // Traditional GIS order on both sides: x is longitude / easting (pitfalls.md, "Axis order").
    OGRSpatialReference geographic;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference gaussKruger;
    gaussKruger.importFromEPSG(4545);
    gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGk(
        OGRCreateCoordinateTransformation(&geographic, &gaussKruger));
    if (!toGk)
        return out;
    OGRLayer* layer = ds->GetLayer(0);
    layer->ResetReading();
    while (OGRFeature* raw = layer->GetNextFeature()) {
        std::unique_ptr<OGRFeature> f(raw);
        ShippedFeature s;
        const int codeIndex = f->GetFieldIndex("code");
        const int nameIndex = f->GetFieldIndex("name_zh");
        const int schematicIndex = f->GetFieldIndex("schematic");
        s.code = codeIndex >= 0 ? f->GetFieldAsString(codeIndex) : "";
        s.nameZh = nameIndex >= 0 ? f->GetFieldAsString(nameIndex) : "";
        s.schematic = schematicIndex >= 0 && f->GetFieldAsInteger(schematicIndex) == 1;
        if (const OGRGeometry* g = f->GetGeometryRef()) {
            // No SRS is attached to the clones: the stack SRS objects above do not outlive this function.
            s.lonLat.reset(g->clone());
            s.lonLat->assignSpatialReference(nullptr);
            s.projected.reset(g->clone());
            s.projected->assignSpatialReference(nullptr);
            if (s.projected->transform(toGk.get()) != OGRERR_NONE)
                s.projected.reset();
        }
        out.push_back(std::move(s));
    }
    return out;
}

double areaOf(const OGRGeometry& g) {
    if (const auto* surface = dynamic_cast<const OGRSurface*>(&g))
        return surface->get_Area();
    if (const auto* multi = dynamic_cast<const OGRMultiSurface*>(&g))
        return multi->get_Area();
    if (const auto* collection = dynamic_cast<const OGRGeometryCollection*>(&g))
        return collection->get_Area();
    return 0.0;
}

std::unique_ptr<OGRGeometry> unionOf(const std::vector<ShippedFeature>& features) {
    std::unique_ptr<OGRGeometry> u;
    for (const auto& f : features) {
        if (!f.projected)
            continue;
        u = u ? std::unique_ptr<OGRGeometry>(u->Union(f.projected.get()))
              : std::unique_ptr<OGRGeometry>(f.projected->clone());
        if (!u)
            break;
    }
    return u;
}

/** The `code` column of a project CSV (first column in the shipped files). */
std::set<std::string> codesOf(const std::string& csvName) {
    std::set<std::string> codes;
    std::ifstream in(dataDir() / csvName);
    std::string line;
    if (!std::getline(in, line) || line.rfind("code,", 0) != 0)
        return codes;
    while (std::getline(in, line))
        if (!line.empty())
            codes.insert(line.substr(0, line.find(',')));
    return codes;
}

/** code → county_code of irrigation_districts.csv (4th column). */
std::map<std::string, std::string> districtCounties() {
    std::map<std::string, std::string> out;
    std::ifstream in(dataDir() / "irrigation_districts.csv");
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (int i = 0; i < 4; ++i) {
            const std::size_t comma = line.find(',', start);
            cells.push_back(line.substr(start, comma - start));
            start = comma + 1;
        }
        out[cells[0]] = cells[3];
    }
    return out;
}

struct CountyFact {
    double areaKm2;
    double lon;
    double lat;
};
// qinzhou-facts.md: areas and centroids measured from public boundary data.
const std::map<std::string, CountyFact> kFacts{{"450702", {2615.0, 108.761, 21.892}},
                                               {"450703", {2239.0, 108.545, 22.170}},
                                               {"450721", {3554.0, 109.141, 22.310}},
                                               {"450722", {2537.0, 109.535, 22.264}}};

#define REQUIRE_GEOMETRY()                                                                                   \
    if (!std::filesystem::exists(geometryDir() / "counties.geojson"))                                        \
    GTEST_SKIP() << "no schematic geometry at " << geometryDir()

} // namespace

TEST(QinzhouGeometry, everyFileOpensAndEveryFeatureIsSchematicAndValid) {
    REQUIRE_GEOMETRY();
    for (const char* file : {"counties.geojson", "basins.geojson", "irrigation_districts.geojson",
                             "rivers.geojson", "reservoirs.geojson"}) {
        // Given a shipped file, When it is read with OGR
        const auto features = readLayer(file);
        // Then it has features, each flagged schematic, with a code, a Chinese name and a valid geometry
        ASSERT_FALSE(features.empty()) << file;
        for (const auto& f : features) {
            EXPECT_TRUE(f.schematic) << file << " " << f.code;
            EXPECT_FALSE(f.code.empty()) << file;
            EXPECT_FALSE(f.nameZh.empty()) << file << " " << f.code;
            ASSERT_TRUE(f.lonLat && f.projected) << file << " " << f.code;
            EXPECT_TRUE(f.lonLat->IsValid()) << file << " " << f.code;
        }
    }
}

TEST(QinzhouGeometry, countiesDoNotOverlapAndLeaveNoGap) {
    REQUIRE_GEOMETRY();
    const auto counties = readLayer("counties.geojson");
    ASSERT_EQ(counties.size(), 4u);
    // Given each pair of counties, When they are intersected, Then the common area is nil (shared edges only)
    for (std::size_t i = 0; i < counties.size(); ++i)
        for (std::size_t j = i + 1; j < counties.size(); ++j) {
            std::unique_ptr<OGRGeometry> common(
                counties[i].projected->Intersection(counties[j].projected.get()));
            const double area = common ? areaOf(*common) : 0.0;
            EXPECT_LT(area, 1e4) << counties[i].code << " x " << counties[j].code << ": " << area << " m²";
        }
    // And their union is one polygon without holes
    const auto city = unionOf(counties);
    ASSERT_TRUE(city);
    ASSERT_EQ(wkbFlatten(city->getGeometryType()), wkbPolygon) << city->getGeometryName();
    EXPECT_EQ(city->toPolygon()->getNumInteriorRings(), 0);
    double sum = 0.0;
    for (const auto& c : counties)
        sum += areaOf(*c.projected);
    EXPECT_NEAR(areaOf(*city), sum, 1e4);
}

TEST(QinzhouGeometry, basinsTileTheCity) {
    REQUIRE_GEOMETRY();
    const auto counties = readLayer("counties.geojson");
    const auto basins = readLayer("basins.geojson");
    ASSERT_EQ(basins.size(), 6u);
    // Given the union of the basins and of the counties, When they are compared
    const auto cityFromCounties = unionOf(counties);
    const auto cityFromBasins = unionOf(basins);
    ASSERT_TRUE(cityFromCounties && cityFromBasins);
    std::unique_ptr<OGRGeometry> difference(cityFromCounties->SymDifference(cityFromBasins.get()));
    // Then they cover the same land, and the basins do not overlap
    EXPECT_LT(difference ? areaOf(*difference) : 0.0, 1e4);
    double sum = 0.0;
    for (const auto& b : basins)
        sum += areaOf(*b.projected);
    EXPECT_NEAR(sum, areaOf(*cityFromCounties), 1e4);
}

TEST(QinzhouGeometry, countyAreasAndCentroidsAreCloseToTheFacts) {
    REQUIRE_GEOMETRY();
    OGRSpatialReference geographic;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference gaussKruger;
    gaussKruger.importFromEPSG(4545);
    gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGk(
        OGRCreateCoordinateTransformation(&geographic, &gaussKruger));
    ASSERT_TRUE(toGk);
    for (const auto& c : readLayer("counties.geojson")) {
        const auto fact = kFacts.find(c.code);
        ASSERT_NE(fact, kFacts.end()) << c.code;
        // Given the area in EPSG:4545, Then it is within a third of the measured area
        const double areaKm2 = areaOf(*c.projected) / 1e6;
        EXPECT_NEAR(areaKm2, fact->second.areaKm2, fact->second.areaKm2 / 3.0) << c.code;
        // And the centroid is within 15 km of the measured centroid
        OGRPoint centroid;
        ASSERT_EQ(c.projected->Centroid(&centroid), OGRERR_NONE);
        double x = fact->second.lon;
        double y = fact->second.lat;
        ASSERT_TRUE(toGk->Transform(1, &x, &y));
        EXPECT_LT(std::hypot(centroid.getX() - x, centroid.getY() - y), 15000.0) << c.code;
    }
}

TEST(QinzhouGeometry, sanityOfTheProjectionUsed) {
    // Given the pitfalls.md reference point (22.0 N, 108.6 E), When projected to EPSG:4545 in GIS order,
    // Then easting ≈ 561958 m and northing ≈ 2433922 m (a wrong axis order would fail this)
    OGRSpatialReference geographic;
    geographic.importFromEPSG(4490);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference gaussKruger;
    gaussKruger.importFromEPSG(4545);
    gaussKruger.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGk(
        OGRCreateCoordinateTransformation(&geographic, &gaussKruger));
    ASSERT_TRUE(toGk);
    double x = 108.6;
    double y = 22.0;
    ASSERT_TRUE(toGk->Transform(1, &x, &y));
    EXPECT_NEAR(x, 561958.0, 2.0);
    EXPECT_NEAR(y, 2433922.0, 2.0);
}

TEST(QinzhouGeometry, codesMatchTheTablesAndDistrictsLieInTheirCounty) {
    REQUIRE_GEOMETRY();
    const auto regionCodes = codesOf("regions.csv");
    ASSERT_FALSE(regionCodes.empty()) << "regions.csv not readable";
    // Given counties, basins and reservoirs, Then every code is a region of regions.csv
    std::set<std::string> countyCodes;
    for (const auto& c : readLayer("counties.geojson")) {
        EXPECT_EQ(regionCodes.count(c.code), 1u) << c.code;
        countyCodes.insert(c.code);
    }
    EXPECT_EQ(countyCodes, (std::set<std::string>{"450702", "450703", "450721", "450722"}));
    for (const auto& b : readLayer("basins.geojson"))
        EXPECT_EQ(regionCodes.count(b.code), 1u) << b.code;
    for (const auto& r : readLayer("reservoirs.geojson")) {
        EXPECT_EQ(regionCodes.count(r.code), 1u) << r.code;
        EXPECT_EQ(wkbFlatten(r.lonLat->getGeometryType()), wkbPoint) << r.code;
    }
    for (const auto& r : readLayer("rivers.geojson")) {
        EXPECT_EQ(r.code.rfind("RIVER-", 0), 0u) << r.code;
        const auto type = wkbFlatten(r.lonLat->getGeometryType());
        EXPECT_TRUE(type == wkbLineString || type == wkbMultiLineString) << r.code;
    }
    // And every irrigation district is a row of irrigation_districts.csv and lies inside its county
    const auto districts = districtCounties();
    std::map<std::string, const OGRGeometry*> countyGeometry;
    const auto counties = readLayer("counties.geojson");
    for (const auto& c : counties)
        countyGeometry[c.code] = c.projected.get();
    std::size_t seen = 0;
    for (const auto& d : readLayer("irrigation_districts.geojson")) {
        const auto row = districts.find(d.code);
        ASSERT_NE(row, districts.end()) << d.code;
        ASSERT_EQ(countyGeometry.count(row->second), 1u) << d.code;
        EXPECT_TRUE(d.projected->Within(countyGeometry[row->second])) << d.code << " not in " << row->second;
        ++seen;
    }
    EXPECT_EQ(seen, districts.size());
}
