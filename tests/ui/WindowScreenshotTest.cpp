// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the window on the embedded Qinzhou project for docs/images when
// JIESHUI_SCREENSHOT_DIR is set (run under xvfb-run for the platform's fonts and style).
#include "MainWindow.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "i18n/Translators.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {
void shoot(const QString& language, const QString& file, core::Indicator indicator, int year,
           const QString& region) {
    i18n::removeTranslators(*QCoreApplication::instance());
    i18n::installTranslators(*QCoreApplication::instance(), language);
    QLocale::setDefault(
        QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.controller()->setIndicator(indicator);
    window.controller()->setYear(year);
    window.controller()->setSelectedRegion(region);
    QTest::qWait(300);
    window.mapCanvas()->waitForRender();
    QTest::qWait(200);
    const QString path = QDir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR")).filePath(file);
    EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
}
} // namespace

TEST(WindowScreenshot, writesTheDocumentationImages) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    shoot(QStringLiteral("zh"), QStringLiteral("workbench-zh.png"), core::Indicator::WaterPerGdpReduction,
          2020, QStringLiteral("450721"));
    shoot(QStringLiteral("en"), QStringLiteral("workbench-en.png"), core::Indicator::IrrigationCoefficient,
          2022, QStringLiteral("450702"));
    // Leave the process as the other tests expect it: English, no catalogue.
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
