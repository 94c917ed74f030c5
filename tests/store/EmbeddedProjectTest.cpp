// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EmbeddedProject.h"

#include "ProjectComparison.h"
#include "TestFiles.h"
#include "io/DirectoryFileProvider.h"
#include "io/ProjectDirectoryLoader.h"
#include "store/ProjectFile.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui;
using store::EmbeddedProject;
using store::ProjectFile;

TEST(EmbeddedProject, qinzhouMatchesTheDataDirectoryAndHasItsLayers) {
    // Given the embedded resources and the same files on disk
    const std::filesystem::path directory = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
    if (!std::filesystem::exists(directory / "regions.csv"))
        GTEST_SKIP() << "data/qinzhou is absent";
    core::ProjectDirectoryLoader loader;
    auto disk = loader.load(directory);
    ASSERT_TRUE(disk.isOk()) << disk.error().toString();
    // When the embedded project is built
    auto embedded = EmbeddedProject::qinzhou();
    // Then it holds the same tables as the directory, and the five layers with their roles in EPSG:4490
    ASSERT_TRUE(embedded.isOk()) << embedded.error().toString();
    const auto& data = embedded.value();
    EXPECT_EQ(data.metadata.rootRegion, "450700");
    EXPECT_EQ(data.dataset.regions().size(), disk.value().dataset.regions().size());
    EXPECT_EQ(data.dataset.statisticCount(), disk.value().dataset.statisticCount());
    EXPECT_EQ(data.dataset.targets().size(), disk.value().dataset.targets().size());
    EXPECT_EQ(data.scenarios.size(), disk.value().scenarios.size());
    ASSERT_EQ(data.layers.size(), 5);
    EXPECT_EQ(data.layers[0].role, geo::LayerRole::Counties);
    EXPECT_EQ(data.layers[0].features.size(), 4);
    EXPECT_EQ(data.layers[3].geometryKind, geo::GeometryKind::Line);
    EXPECT_EQ(data.layers[4].geometryKind, geo::GeometryKind::Point);
    for (const auto& layer : data.layers) {
        EXPECT_EQ(layer.crs, QStringLiteral("EPSG:4490")) << layer.name.toStdString();
        EXPECT_TRUE(layer.schematic) << layer.name.toStdString();
        // CGCS2000 lon/lat around Qinzhou (about 108-110 E, 21-23 N): x is longitude
        EXPECT_GT(layer.bounds.left(), 107.0);
        EXPECT_LT(layer.bounds.right(), 110.5);
        EXPECT_GT(layer.bounds.top(), 20.5);
        EXPECT_LT(layer.bounds.bottom(), 23.5);
    }
}

TEST(EmbeddedProject, qinzhouRoundTripsThroughTheProjectFile) {
    // Given the embedded Qinzhou project
    auto original = EmbeddedProject::qinzhou();
    if (original.hasError())
        GTEST_SKIP() << original.error().toString();
    store::test::ScratchDir dir;
    const auto path = dir.path("qinzhou.gpkg");
    // When it is written as a new project and read back
    auto st = ProjectFile::create(path, original.value());
    ASSERT_TRUE(st.isOk()) << st.error().toString();
    auto file = ProjectFile::open(path, store::OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    // Then every table and layer is equal
    store::test::expectSameProject(original.value(), loaded.value());
}

TEST(EmbeddedProject, emptyTemplateHasMetadataOnly) {
    // Given the empty template; When it is built
    auto data = EmbeddedProject::fromTemplate(store::ProjectTemplate::Empty);
    // Then it has a name and CRSs but no regions, statistics or layers
    ASSERT_TRUE(data.isOk());
    EXPECT_EQ(data.value().metadata.nameZh, "新项目");
    EXPECT_EQ(data.value().metadata.displayCrs, "EPSG:4545");
    EXPECT_TRUE(data.value().dataset.regions().empty());
    EXPECT_TRUE(data.value().layers.isEmpty());
}

TEST(EmbeddedProject, templateIdsAreQinzhouAndEmptyOnly) {
    store::ProjectTemplate t = store::ProjectTemplate::Empty;
    EXPECT_TRUE(store::projectTemplateFromId(QStringLiteral("qinzhou"), &t));
    EXPECT_EQ(t, store::ProjectTemplate::Qinzhou);
    EXPECT_TRUE(store::projectTemplateFromId(QStringLiteral("empty"), &t));
    EXPECT_EQ(t, store::ProjectTemplate::Empty);
    EXPECT_FALSE(store::projectTemplateFromId(QStringLiteral("Qinzhou "), &t));
}
