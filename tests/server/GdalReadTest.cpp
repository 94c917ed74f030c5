// SPDX-License-Identifier: GPL-3.0-or-later
// What QGIS sees: the server project read through GDAL's PostgreSQL driver, the way QGIS's own
// PostGIS provider and ogr2ogr list and read layers.
#include "../store/TestFiles.h"
#include "TestCluster.h"
#include "server/ProjectTransfer.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <set>

using namespace jieshui;
using server::test::TestCluster;

TEST(GdalRead, layersAndTablesReadThroughThePostgresDriver) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    // Given the Qinzhou project on the server, readable by the trainer
    store::test::ScratchDir dir;
    const std::string path = dir.path("qgis.gpkg");
    auto qinzhou = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(qinzhou.isOk());
    ASSERT_TRUE(store::ProjectFile::create(path, qinzhou.value()).isOk());
    auto address =
        server::ServerAddress::parse(QString::fromStdString(cluster->address(TestCluster::admin, "qgis")));
    ASSERT_TRUE(server::ProjectTransfer::push(path, address.value()).isOk());
    cluster->adminQuery("GRANT qgis_viewer TO trainer");

    // When GDAL opens the database as the trainer (password from the pgpass file, as QGIS would)
    GDALAllRegister();
    const std::string connection = cluster->gdalConnection("trainer", "qgis");
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    ASSERT_NE(ds, nullptr) << CPLGetLastErrorMsg();

    // Then the geometry layers are listed with their type and CRS
    std::set<std::string> names;
    for (int i = 0; i < ds->GetLayerCount(); ++i)
        names.insert(ds->GetLayer(i)->GetName());
    for (const char* layer : {"counties", "basins", "irrigation_districts", "rivers", "reservoirs"})
        EXPECT_EQ(names.count(layer), 1u) << layer;
    OGRLayer* counties = ds->GetLayerByName("counties");
    ASSERT_NE(counties, nullptr);
    EXPECT_EQ(wkbFlatten(counties->GetGeomType()), wkbMultiPolygon);
    ASSERT_NE(counties->GetSpatialRef(), nullptr);
    EXPECT_STREQ(counties->GetSpatialRef()->GetAuthorityCode(nullptr), "4490");
    EXPECT_EQ(counties->GetFeatureCount(), 4);
    // And the features read with their Chinese names and a valid geometry
    std::set<std::string> countyNames;
    counties->ResetReading();
    while (OGRFeature* f = counties->GetNextFeature()) {
        countyNames.insert(f->GetFieldAsString("name"));
        EXPECT_NE(f->GetGeometryRef(), nullptr);
        if (f->GetGeometryRef() != nullptr) {
            EXPECT_TRUE(f->GetGeometryRef()->IsValid());
        }
        OGRFeature::DestroyFeature(f);
    }
    EXPECT_EQ(countyNames.count("钦南区"), 1u);
    // And the attribute tables read as plain tables
    OGRLayer* regions = ds->GetLayerByName("regions");
    ASSERT_NE(regions, nullptr);
    EXPECT_EQ(regions->GetFeatureCount(), static_cast<GIntBig>(qinzhou.value().dataset.regions().size()));
    OGRLayer* log = ds->GetLayerByName("jieshui_change_log");
    ASSERT_NE(log, nullptr);
    EXPECT_GE(log->GetFeatureCount(), 1);
}
