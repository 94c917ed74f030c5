// SPDX-License-Identifier: GPL-3.0-or-later
// What QGIS would see: GDAL's own GeoPackage driver, through the ogrinfo program, lists our layers and
// attribute tables with their CRS and feature counts, and raises no warning.
#include "SampleProject.h"
#include "TestFiles.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace jieshui;
using store::ProjectFile;
using store::test::ScratchDir;

namespace {

struct ProcessRun {
    QString out;
    QString err;
    int exitCode = -1;
};

ProcessRun ogrinfo(const QStringList& arguments) {
    QProcess p;
    p.start(QStringLiteral("ogrinfo"), arguments);
    p.waitForFinished(60000);
    return {QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
            p.exitCode()};
}

} // namespace

TEST(Ogrinfo, listsLayersAndAttributeTablesWithTheirCrs) {
    if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
        GTEST_SKIP() << "ogrinfo (gdal-bin) is not installed";
    // Given the sample project written as a new file
    ScratchDir dir;
    const auto path = dir.path("qgis.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    // When ogrinfo summarises every layer
    const ProcessRun run =
        ogrinfo({QStringLiteral("-so"), QStringLiteral("-al"), QString::fromStdString(path)});
    // Then it succeeds without warnings and sees the geometry layers with type, CRS and counts
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("Warning"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("ERROR"))) << run.err.toStdString();
    const QString& out = run.out;
    EXPECT_TRUE(out.contains(QStringLiteral("Layer name: counties"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Geometry: Multi Polygon")));
    EXPECT_TRUE(out.contains(QStringLiteral("Layer name: rivers")));
    EXPECT_TRUE(out.contains(QStringLiteral("Geometry: Multi Line String")));
    EXPECT_TRUE(out.contains(QStringLiteral("Layer name: reservoirs")));
    EXPECT_TRUE(out.contains(QStringLiteral("Geometry: Point")));
    EXPECT_TRUE(out.contains(QStringLiteral("China Geodetic Coordinate System 2000")));
    EXPECT_TRUE(out.contains(QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E")));
    EXPECT_TRUE(out.contains(QStringLiteral("Extent: (108.400000, 21.500000) - (109.100000, 22.400000)")));
    // and the attribute tables, e.g. 21 statistics rows and 3 results
    for (const char* table :
         {"jieshui_metadata", "regions", "statistics", "plan_targets", "key_tasks", "task_milestones",
          "scenarios", "scenario_overrides", "allocations", "allocation_shares", "results", "jieshui_layers"})
        EXPECT_TRUE(out.contains(QStringLiteral("Layer name: ") + QLatin1String(table))) << table;
    const auto countOf = [&out](const char* table) {
        const QRegularExpression re(
            QStringLiteral("Layer name: ") + QLatin1String(table) +
            QStringLiteral("\n(?:Metadata:\n(?:  .*\n)*)?Geometry: None\nFeature Count: (\\d+)"));
        const auto m = re.match(out);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    EXPECT_EQ(countOf("statistics"), 21);
    EXPECT_EQ(countOf("results"), 3);
    EXPECT_EQ(countOf("regions"), 5);
}

TEST(Ogrinfo, readsChineseNamesAndGeometryOfAFeature) {
    if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
        GTEST_SKIP() << "ogrinfo (gdal-bin) is not installed";
    // Given the sample project
    ScratchDir dir;
    const auto path = dir.path("features.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    // When ogrinfo dumps the reservoirs layer
    const ProcessRun run =
        ogrinfo({QStringLiteral("-q"), QString::fromStdString(path), QStringLiteral("reservoirs")});
    // Then the point and its Chinese name come out as written
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("name (String) = 测试水库"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("POINT (108.8 22.2)"))) << run.out.toStdString();
}

TEST(Ogrinfo, seesTheQinzhouProjectAsQgisWould) {
    if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty())
        GTEST_SKIP() << "ogrinfo (gdal-bin) is not installed";
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        GTEST_SKIP() << data.error().toString();
    // Given the embedded Qinzhou project written as a new file
    ScratchDir dir;
    const auto path = dir.path("qinzhou.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, data.value()).isOk());
    // When ogrinfo lists its layers
    const ProcessRun run = ogrinfo({QStringLiteral("-q"), QString::fromStdString(path)});
    // Then it lists the 5 map layers with their geometry types and the 17 attribute tables (lessons and
    // lesson_steps, the three uncertainty tables), warning-free
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.trimmed().isEmpty()) << run.err.toStdString();
    for (const char* line :
         {"counties (Multi Polygon)", "basins (Multi Polygon)", "irrigation_districts (Multi Polygon)",
          "rivers (Multi Line String)", "reservoirs (Point)", "statistics (None)", "results (None)",
          "plan_targets (None)", "lessons (None)", "lesson_steps (None)"})
        EXPECT_TRUE(run.out.contains(QLatin1String(line))) << line << "\n" << run.out.toStdString();
    EXPECT_EQ(run.out.count(QStringLiteral(" (None)")), 17);
}
