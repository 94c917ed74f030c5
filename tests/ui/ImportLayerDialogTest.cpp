// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog and its controller, offscreen, on fixtures built at run time (GeoFixtures, GDAL) and
// the embedded Qinzhou project (four counties 450702, 450703, 450721, 450722).
#include "ImportLayerDialog.h"

#include "GeoFixtures.h"
#include "ImportController.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"

#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>
#include <gdal_utils.h>
#include <gtest/gtest.h>
#include <memory>

using namespace jieshui;
using namespace jieshui::ui;
using geo::test::FixtureFeature;
using geo::test::GeoFixtures;
using geo::test::ShapefileLabels;

namespace {

/** The four counties as 0.2° squares in a GeoJSON declaring CGCS2000 (EPSG:4490), with code and name. */
QString writeCountiesGeoJson(GeoFixtures& fx) {
    QStringList features;
    for (const FixtureFeature& f : GeoFixtures::qinzhouSquares()) {
        // "POLYGON((x y,...))" -> [[x,y],...]
        QString ring = f.wkt.mid(9, f.wkt.size() - 11);
        QStringList points;
        for (const QString& pair : ring.split(QLatin1Char(','))) {
            const QStringList xy = pair.split(QLatin1Char(' '));
            points.append(QStringLiteral("[%1,%2]").arg(xy[0], xy[1]));
        }
        features.append(QStringLiteral(R"({"type":"Feature","properties":{"code":"%1","name":"%2"},)"
                                       R"("geometry":{"type":"Polygon","coordinates":[[%3]]}})")
                            .arg(f.code, f.name, points.join(QLatin1Char(','))));
    }
    const QString json =
        QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":)"
                       R"("urn:ogc:def:crs:EPSG::4490"}},"features":[%1]})")
            .arg(features.join(QLatin1Char(',')));
    return fx.writeFile(QStringLiteral("counties.geojson"), json.toUtf8());
}

/** Two squares in CGCS2000 Gauss-Kruger CM 108E metres (EPSG:4545 without zone prefix), no .prj. */
QString writeProjectedShapefile(GeoFixtures& fx) {
    auto square = [](double x, double y) {
        return QStringLiteral("POLYGON((%1 %2,%3 %2,%3 %4,%1 %4,%1 %2))")
            .arg(x, 0, 'f', 0)
            .arg(y, 0, 'f', 0)
            .arg(x + 20000.0, 0, 'f', 0)
            .arg(y + 20000.0, 0, 'f', 0);
    };
    return fx.writeShapefile(QStringLiteral("gk"),
                             {{square(560000, 2430000), QStringLiteral("450702"), QStringLiteral("钦南区")},
                              {square(560000, 2470000), QStringLiteral("450703"), QStringLiteral("钦北区")}},
                             ShapefileLabels{});
}

const geo::FeatureLayer* countiesLayer(const ProjectController& controller) {
    for (const geo::FeatureLayer& layer : controller.project().layers)
        if (layer.role == geo::LayerRole::Counties)
            return &layer;
    return nullptr;
}

QRectF boundsOf(const ProjectController& controller, const QString& code) {
    if (const geo::FeatureLayer* layer = countiesLayer(controller))
        for (const geo::Feature& feature : layer->features)
            if (feature.regionCode == code)
                return feature.bounds;
    return {};
}

struct Fixture {
    GeoFixtures fx;
    ProjectController controller{std::make_unique<StoreProjectRepository>()};
};

} // namespace

TEST(ImportLayerDialog, detectsGbkEncodingOfferedCrsAndPreviewsNames) {
    // Given a GBK shapefile of the four counties in degrees, without .cpg and without .prj
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QString shp = f.fx.writeShapefile(QStringLiteral("gbk"), GeoFixtures::qinzhouSquares(),
                                            ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    ImportLayerDialog dialog(&f.controller);
    // When the file is chosen
    dialog.setFile(shp);
    // Then GBK (CP936) is detected, the names decode, and CGCS2000 is offered with a warning
    EXPECT_EQ(dialog.encoding(), QStringLiteral("CP936"));
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("钦南区")))
        << dialog.previewText().toStdString();
    ASSERT_TRUE(dialog.crsDecision().has_value());
    EXPECT_EQ(*dialog.crsDecision(), geo::CrsDecision::Offered);
    EXPECT_TRUE(dialog.crsText().contains(QStringLiteral("EPSG:4490")));
    // The window's advice names no command-line option
    EXPECT_FALSE(dialog.crsText().contains(QStringLiteral("--crs"))) << dialog.crsText().toStdString();
    EXPECT_TRUE(dialog.canAnalyse());
    EXPECT_FALSE(dialog.canImport());
    // When the user switches to UTF-8, then the preview shows the bytes do not decode
    dialog.setEncoding(QStringLiteral("UTF-8"));
    EXPECT_FALSE(dialog.previewText().contains(QStringLiteral("钦南区")));
    EXPECT_TRUE(dialog.previewText().contains(QChar(0xFFFD))) << dialog.previewText().toStdString();
}

TEST(ImportLayerDialog, analysisRelinksFourCountiesAndImportIsUndoable) {
    // Given the embedded project and a GeoJSON of the four counties declaring EPSG:4490
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QRectF before = boundsOf(f.controller, QStringLiteral("450702"));
    ASSERT_FALSE(before.isNull());
    const qsizetype layerCount = f.controller.project().layers.size();
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(writeCountiesGeoJson(f.fx));
    dialog.setRole(geo::LayerRole::Counties);
    ASSERT_EQ(dialog.crsDecision(), geo::CrsDecision::Declared);
    EXPECT_TRUE(dialog.crsText().contains(QStringLiteral("4490"))) << dialog.crsText().toStdString();

    // When analysed
    QSignalSpy finished(dialog.importController(), &ImportController::analysisFinished);
    dialog.analyse();
    dialog.importController()->waitForFinished();
    ASSERT_EQ(finished.count(), 1);
    ASSERT_TRUE(finished.first().first().toBool()) << dialog.reportText().toStdString();

    // Then all four counties are matched, and nothing has changed yet
    QTableWidget* table = dialog.relinkTable();
    ASSERT_EQ(table->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(table->item(row, 3)->text(), ImportController::statusName(RelinkStatus::Matched));
    EXPECT_TRUE(dialog.reportText().contains(QStringLiteral("4 of 4"))) << dialog.reportText().toStdString();
    EXPECT_EQ(boundsOf(f.controller, QStringLiteral("450702")), before);
    EXPECT_FALSE(f.controller.isModified());
    EXPECT_TRUE(dialog.canImport());

    // When imported, then 钦南区 has the imported square (108.6..108.8 E, 21.8..22.0 N) and no layer is added
    QSignalSpy changed(&f.controller, &ProjectController::changed);
    dialog.importNow();
    EXPECT_GE(changed.count(), 1);
    const QRectF after = boundsOf(f.controller, QStringLiteral("450702"));
    EXPECT_NEAR(after.left(), 108.6, 1e-6);
    EXPECT_NEAR(after.right(), 108.8, 1e-6);
    EXPECT_NEAR(after.top(), 21.8, 1e-6);
    EXPECT_NEAR(after.bottom(), 22.0, 1e-6);
    EXPECT_EQ(f.controller.project().layers.size(), layerCount);
    EXPECT_EQ(f.controller.undoStack()->count(), 1);
    EXPECT_TRUE(f.controller.isModified());

    // When undone, then the old geometry is back
    f.controller.undoStack()->undo();
    EXPECT_EQ(boundsOf(f.controller, QStringLiteral("450702")), before);
    EXPECT_EQ(f.controller.project().layers.size(), layerCount);
    EXPECT_FALSE(f.controller.isModified());
}

TEST(ImportLayerDialog, projectedFileWithoutCrsIsRefusedUntilCrsIsSet) {
    // Given Gauss-Kruger metres without .prj
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QString shp = writeProjectedShapefile(f.fx);
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(shp);
    dialog.setRole(geo::LayerRole::Counties);
    // Then the CRS is refused, EPSG:4545 is named, and Analyse is not possible
    ASSERT_EQ(dialog.crsDecision(), geo::CrsDecision::Refused);
    EXPECT_TRUE(dialog.crsText().contains(QStringLiteral("EPSG:4545"))) << dialog.crsText().toStdString();
    EXPECT_FALSE(dialog.crsText().contains(QStringLiteral("--crs"))) << dialog.crsText().toStdString();
    EXPECT_FALSE(dialog.canAnalyse());
    // And the importer itself refuses the file without a CRS
    ImportController direct(&f.controller);
    direct.startAnalysis(shp, direct.optionsFor(geo::LayerRole::Counties));
    direct.waitForFinished();
    EXPECT_EQ(direct.result(), nullptr);
    EXPECT_TRUE(direct.errorText().contains(QStringLiteral("EPSG:4545"))) << direct.errorText().toStdString();

    // When the user sets EPSG:4545 and analyses
    dialog.setCrs(QStringLiteral("EPSG:4545"));
    ASSERT_TRUE(dialog.canAnalyse());
    dialog.analyse();
    dialog.importController()->waitForFinished();
    // Then both squares link (钦南区, 钦北区) and the import is possible
    ASSERT_NE(dialog.importController()->result(), nullptr) << dialog.reportText().toStdString();
    EXPECT_EQ(dialog.relinkTable()->rowCount(), 2);
    EXPECT_EQ(dialog.importController()->result()->roleLayer.features.size(), 2);
    EXPECT_TRUE(dialog.canImport());
}

TEST(ImportLayerDialog, cancelStopsTheAnalysis) {
    // Given the pool's only thread busy, so the analysis cannot start before Cancel is pressed
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(writeCountiesGeoJson(f.fx));
    dialog.setRole(geo::LayerRole::Counties);
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    // (the gate outlives the test: a pooled task that starts late must not wait on a destroyed semaphore)
    auto gate = std::make_shared<QSemaphore>();
    QSemaphore started;
    pool->start([gate, &started] {
        started.release();
        gate->acquire();
    });
    started.acquire(); // the pool's only thread is busy now
    // When the analysis starts and is cancelled
    dialog.analyse();
    EXPECT_TRUE(dialog.importController()->isRunning());
    EXPECT_FALSE(dialog.canAnalyse());
    dialog.cancelAnalysis();
    gate->release();
    dialog.importController()->waitForFinished();
    pool->waitForDone();
    pool->setMaxThreadCount(threads);
    // Then it stopped without a result: nothing to import
    EXPECT_TRUE(dialog.importController()->wasCancelled());
    EXPECT_EQ(dialog.importController()->result(), nullptr);
    EXPECT_FALSE(dialog.canImport());
    EXPECT_EQ(dialog.relinkTable()->rowCount(), 0);
    EXPECT_FALSE(f.controller.isModified());
}

TEST(ImportLayerDialog, plainGeoPackageOpenLeadsToImportOffer) {
    // Given a GeoPackage with one layer "counties" that is not a Jieshui project
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QString json = writeCountiesGeoJson(f.fx);
    const QString gpkg = f.fx.path(QStringLiteral("plain.gpkg"));
    {
        GDALDatasetH source =
            GDALOpenEx(json.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        ASSERT_NE(source, nullptr);
        char* argv[] = {const_cast<char*>("-f"), const_cast<char*>("GPKG"), const_cast<char*>("-nln"),
                        const_cast<char*>("counties"), nullptr};
        GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(argv, nullptr);
        GDALDatasetH written =
            GDALVectorTranslate(gpkg.toUtf8().constData(), nullptr, 1, &source, options, nullptr);
        GDALVectorTranslateOptionsFree(options);
        ASSERT_NE(written, nullptr);
        GDALClose(written);
        GDALClose(source);
    }
    ProjectActions actions(&f.controller, nullptr);
    actions.setQuiet(true);
    QSignalSpy offered(&actions, &ProjectActions::geoPackageOffered);
    // When opened as a project
    EXPECT_FALSE(actions.openFile(gpkg));
    // Then its layers are offered for import and the open project stays
    ASSERT_EQ(offered.count(), 1);
    EXPECT_EQ(offered.first().at(1).toStringList(), QStringList{QStringLiteral("counties")});
    EXPECT_TRUE(f.controller.filePath().isEmpty());
    // And the dialog opened on that file and layer reads it
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(gpkg, QStringLiteral("counties"));
    EXPECT_EQ(dialog.layerName(), QStringLiteral("counties"));
    EXPECT_EQ(dialog.crsDecision(), geo::CrsDecision::Declared);
    EXPECT_TRUE(dialog.canAnalyse());
}

TEST(ImportController, offersNoLayersForOtherOpenErrors) {
    // Given errors other than NotAProject, then nothing is offered
    EXPECT_FALSE(ImportController::geoPackageOffer(QStringLiteral("/nonexistent.gpkg"),
                                                   core::Error(core::ErrorCode::IoError, "missing"))
                     .has_value());
    EXPECT_FALSE(ImportController::geoPackageOffer(QStringLiteral("/nonexistent.gpkg"),
                                                   core::Error(core::ErrorCode::NotAProject, "not a project"))
                     .has_value());
}

TEST(ImportLayerDialog, unreadableFileCannotBeAnalysed) {
    // Given a file GDAL cannot read
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QString bad = f.fx.writeFile(QStringLiteral("bad.geojson"), QByteArray("not json at all"));
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(bad);
    // Then it says so and offers no analysis
    EXPECT_FALSE(dialog.crsDecision().has_value());
    EXPECT_FALSE(dialog.canAnalyse());
    EXPECT_TRUE(dialog.crsText().contains(QStringLiteral("Cannot read"))) << dialog.crsText().toStdString();
}

// Not a check: renders the dialog after analysing a GBK shapefile without .cpg and .prj, for docs/images,
// when JIESHUI_SCREENSHOT_DIR is set (run under xvfb-run for the platform's fonts and style).
TEST(ImportLayerDialogScreenshot, writesTheDocumentationImage) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshot";
    Fixture f;
    ASSERT_TRUE(f.controller.openEmbedded().isOk());
    const QString shp = f.fx.writeShapefile(QStringLiteral("counties_gbk"), GeoFixtures::qinzhouSquares(),
                                            ShapefileLabels{QStringLiteral("CP936"), QString(), 0});
    ImportLayerDialog dialog(&f.controller);
    dialog.setFile(shp);
    dialog.setRole(geo::LayerRole::Counties);
    dialog.analyse();
    dialog.importController()->waitForFinished();
    ASSERT_NE(dialog.importController()->result(), nullptr) << dialog.reportText().toStdString();
    dialog.resize(900, 760);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    const QString path = QDir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR")).filePath("import-dialog.png");
    EXPECT_TRUE(dialog.grab().save(path)) << path.toStdString();
}
