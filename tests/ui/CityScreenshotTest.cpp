// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the window on the second worked example, on a province's project and on a shared
// project, and the new dialogs, at 1920x1080 and 1366x768 in Chinese and English, when
// JIESHUI_SCREENSHOT_DIR is set (run under xvfb-run). The images are for looking at, not for the repository
// when they show the shared real boundaries.
#include "ChangeLogPanel.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "ModalScript.h"
#include "NewFromBoundariesDialog.h"
#include "OpenServerProjectDialog.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ProvincePanel.h"
#include "RegionsPanel.h"
#include "SharedProjectFeatures.h"
#include "StoreProjectRepository.h"
#include "TestCluster.h"
#include "i18n/Translators.h"
#include "server/ProjectTransfer.h"
#include "store/GeoPackageStore.h"
#include "store/ProjectFile.h"
#include "store/ProjectFromBoundaries.h"
#include "store/ProjectImporter.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

QString output(const QString& file) {
    return QDir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR")).filePath(file);
}

void useLanguage(const QString& language) {
    i18n::removeTranslators(*QCoreApplication::instance());
    i18n::installTranslators(*QCoreApplication::instance(), language);
    QLocale::setDefault(
        QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
}

void raiseDockOf(MainWindow& window, QWidget* content) {
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        if (dock->widget() == content)
            dock->raise();
}

void shoot(MainWindow& window, const QString& file, QSize size) {
    window.resize(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    window.mapCanvas()->waitForRender();
    QTest::qWait(200);
    EXPECT_TRUE(window.grab().save(output(file))) << file.toStdString();
}

/** The example city built from data/example-city as `new --boundaries`, `import-plan`, `import-stats` do. */
QString exampleProject(const QTemporaryDir& dir) {
    const QString data = QStringLiteral(JIESHUI_SOURCE_DIR "/data/example-city/");
    auto built = store::ProjectFromBoundaries::build(data + QStringLiteral("counties.geojson"), {});
    EXPECT_TRUE(built.isOk());
    const QString path = dir.filePath(QStringLiteral("example.gpkg"));
    EXPECT_TRUE(store::ProjectFile::create(path.toStdString(), built.value().data).isOk());
    auto file = store::GeoPackageStore::open(path.toStdString());
    EXPECT_TRUE(
        store::ProjectImporter::importPlan(*file.value(), data + QStringLiteral("plan_targets.csv")).isOk());
    EXPECT_TRUE(
        store::ProjectImporter::importStatistics(*file.value(), data + QStringLiteral("statistics.csv"))
            .isOk());
    return path;
}

/** Guangxi's counties (read in place) with made-up reuse statistics and a 2020 target per city. */
std::optional<store::ProjectData> guangxiProject() {
    const QString shp =
        QStringLiteral(JIESHUI_REAL_TESTDATA_DIR
                       "/GaryBikini_ChinaAdminDivisonSHP/guangxi_districts_2020/广西壮族自治区.shp");
    if (!QFileInfo::exists(shp))
        return std::nullopt;
    auto built = store::ProjectFromBoundaries::build(shp, {});
    if (built.hasError())
        return std::nullopt;
    store::ProjectData p = std::move(built.value().data);
    int n = 0;
    for (const core::Region* county : p.dataset.regionsOfKind(core::RegionKind::County)) {
        const double reused = 80.0 + (n++ * 37 % 19);
        (void)p.dataset.addStatistic({.regionCode = county->code,
                                      .year = 2020,
                                      .variable = "industry.above_scale_reused_water",
                                      .value = reused,
                                      .unit = "万m³"});
        (void)p.dataset.addStatistic({.regionCode = county->code,
                                      .year = 2020,
                                      .variable = "industry.above_scale_fresh_water",
                                      .value = 100 - reused,
                                      .unit = "万m³"});
    }
    for (const core::Region* city : p.dataset.regionsOfKind(core::RegionKind::City))
        (void)p.dataset.addTarget({.id = city->code + "-REUSE-2020",
                                   .indicator = core::Indicator::IndustrialReuseRate,
                                   .regionCode = city->code,
                                   .year = 2020,
                                   .comparator = core::Comparator::AtLeast,
                                   .value = 0.88});
    return p;
}

} // namespace

TEST(CityScreenshot, writesTheImages) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    QTemporaryDir dir;
    const QString example = exampleProject(dir);
    const std::optional<store::ProjectData> guangxi = guangxiProject();
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        useLanguage(language);
        for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
            const QString suffix = QStringLiteral("-%1-%2.png").arg(language).arg(size.width());
            QSettings().clear();
            {
                // The second worked example: its own years (2018-2025, key 2020/2023/2025), the Regions
                // panel.
                MainWindow window(std::make_unique<StoreProjectRepository>());
                window.projectActions()->setQuiet(true);
                ASSERT_TRUE(window.projectActions()->openFile(example));
                window.controller()->setIndicator(core::Indicator::WaterPerGdpReduction);
                window.controller()->setYear(2023);
                window.controller()->setSelectedRegion(QStringLiteral("990121"));
                raiseDockOf(window, window.sharedProjectFeatures()->regionsPanel());
                shoot(window, QStringLiteral("example-city") + suffix, size);
            }
            if (guangxi) {
                // The province view: every city on its own plan.
                MainWindow window(std::make_unique<StoreProjectRepository>());
                window.controller()->setProject(StoreProjectRepository::fromStore(*guangxi), QString());
                window.controller()->setIndicator(core::Indicator::IndustrialReuseRate);
                window.controller()->setYear(2020);
                raiseDockOf(window, window.sharedProjectFeatures()->provincePanel());
                shoot(window, QStringLiteral("province") + suffix, size);
            }
        }
        // The dialogs.
        NewFromBoundariesDialog boundaries;
        boundaries.fileEdit()->setText(QStringLiteral("/data/boundaries/guangxi_counties.shp"));
        boundaries.rootEdit()->setText(QStringLiteral("450200"));
        boundaries.rootNameEdit()->setText(QStringLiteral("柳州市"));
        boundaries.targetEdit()->setText(QStringLiteral("/data/projects/liuzhou.gpkg"));
        boundaries.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&boundaries));
        EXPECT_TRUE(
            boundaries.grab().save(output(QStringLiteral("new-from-boundaries-%1.png").arg(language))));
        OpenServerProjectDialog server;
        server.setAddress(QStringLiteral("postgresql://gis.bureau.local/water?user=alice&schema=qinzhou"));
        server.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&server));
        EXPECT_TRUE(server.grab().save(output(QStringLiteral("open-server-project-%1.png").arg(language))));
        // A file the rule refuses: the dialog says why and stays open.
        QString json = QStringLiteral(R"({"type":"FeatureCollection","features":[)");
        for (int i = 1; i <= 8; ++i)
            json +=
                QStringLiteral(
                    R"(%1{"type":"Feature","properties":{"adcode":"99%2%3","name":"示例%2县"},)"
                    R"("geometry":{"type":"Polygon","coordinates":[[[%4,23],[%5,23],[%5,23.2],[%4,23.2],[%4,23]]]}})")
                    .arg(i == 1 ? QString() : QStringLiteral(","))
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .arg(i == 8 ? QStringLiteral("00") : QStringLiteral("21"))
                    .arg(113.0 + 0.2 * i)
                    .arg(113.2 + 0.2 * i);
        json += QStringLiteral("]}");
        const QString unnamed = dir.filePath(QStringLiteral("unnamed-cities.geojson"));
        {
            QFile f(unnamed);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(
                json.replace(QStringLiteral("\"adcode\":\"990800\""), QStringLiteral("\"adcode\":\"990000\""))
                    .toUtf8());
        }
        NewFromBoundariesDialog refused;
        refused.fileEdit()->setText(unnamed);
        refused.targetEdit()->setText(dir.filePath(QStringLiteral("refused.gpkg")));
        refused.show();
        refused.accept();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&refused));
        EXPECT_TRUE(
            refused.grab().save(output(QStringLiteral("new-from-boundaries-refused-%1.png").arg(language))));
        // Cities the file names nowhere: counted in the report, listed in its details.
        {
            QFile f(unnamed);
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
            f.write(
                json.replace(QStringLiteral("\"adcode\":\"990000\""), QStringLiteral("\"adcode\":\"990821\""))
                    .toUtf8());
        }
        MainWindow window(std::make_unique<StoreProjectRepository>());
        window.projectActions()->setQuiet(true);
        ModalScript script({[&](QWidget* modal) {
                                auto* dialog = qobject_cast<NewFromBoundariesDialog*>(modal);
                                ASSERT_NE(dialog, nullptr);
                                dialog->fileEdit()->setText(unnamed);
                                dialog->targetEdit()->setText(
                                    dir.filePath(QStringLiteral("unnamed-%1").arg(language)));
                                dialog->accept();
                            },
                            [&](QWidget* modal) {
                                auto* box = qobject_cast<QMessageBox*>(modal);
                                ASSERT_NE(box, nullptr);
                                for (QAbstractButton* b : box->buttons())
                                    if (box->buttonRole(b) == QMessageBox::ActionRole)
                                        b->click(); // Show Details…
                                QTest::qWait(200);
                                EXPECT_TRUE(box->grab().save(
                                    output(QStringLiteral("new-from-boundaries-made-%1.png").arg(language))));
                                box->accept();
                            }});
        EXPECT_TRUE(window.sharedProjectFeatures()->createFromBoundaries());
        EXPECT_TRUE(script.finished());
    }
    // A shared project with its change log, when a cluster can run here.
    if (auto* cluster = server::test::TestCluster::shared()) {
        useLanguage(QStringLiteral("zh"));
        auto address =
            server::ServerAddress::parse(QString::fromStdString(cluster->address("jieshui_admin", "shot")));
        ASSERT_TRUE(server::ProjectTransfer::push(example.toStdString(), address.value()).isOk());
        MainWindow window(std::make_unique<StoreProjectRepository>());
        window.projectActions()->setQuiet(true);
        ASSERT_TRUE(window.projectActions()->openFile(
            QString::fromStdString(cluster->address("jieshui_admin", "shot"))));
        window.controller()->setYear(2025);
        raiseDockOf(window, window.sharedProjectFeatures()->changeLogPanel());
        shoot(window, QStringLiteral("shared-zh-1920.png"), QSize(1920, 1080));
    }
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
