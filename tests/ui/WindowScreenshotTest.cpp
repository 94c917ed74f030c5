// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: renders the window on the embedded Qinzhou project for docs/images when
// JIESHUI_SCREENSHOT_DIR is set. Run it under xvfb-run with a 1920x1080 and again with a 1366x768 screen:
// the window is shown maximised (normal) and full screen (presentation) on that screen, and the files are
// named after the screen's width.
#include "DockLayout.h"
#include "LessonPlayer.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapStage.h"
#include "PresentationMode.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "i18n/Translators.h"

#include <QDir>
#include <QDockWidget>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

enum class Mode { Normal, Probability, Presentation, Lesson };

void settle(MainWindow& window) {
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(250);
        window.mapCanvas()->waitForRender();
        if (window.mapStage()->compareCanvas()->isVisible())
            window.mapStage()->compareCanvas()->waitForRender();
    }
    QTest::qWait(MapCanvas::easingDuration + 200);
}

void shoot(const QString& language, Mode mode, core::Indicator indicator, int year, const QString& region,
           int lessonStep = 0) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    window.setLanguage(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    const QSize screen = QGuiApplication::primaryScreen()->size();
    window.showAtStartup();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    if (window.size() != screen) { // no window manager to maximise it
        window.setGeometry(QRect(QPoint(0, 0), screen));
        QTest::qWait(100);
    }
    window.resetLayout();
    window.controller()->setIndicator(indicator);
    window.controller()->setYear(year);
    window.controller()->setSelectedRegion(region);
    QString name;
    switch (mode) {
    case Mode::Normal:
        name = QStringLiteral("workbench");
        break;
    case Mode::Probability: // the lower docks' other chart (not in docs/images: for looking at)
        for (QDockWidget* dock : window.dockLayout()->docks())
            if (dock->objectName() == QLatin1String("ProbabilityDock"))
                dock->raise();
        name = QStringLiteral("probability");
        break;
    case Mode::Presentation:
        window.presentationMode()->setActive(true);
        name = QStringLiteral("presentation");
        break;
    case Mode::Lesson:
        window.presentationMode()->setActive(true);
        ASSERT_TRUE(window.lessonPlayer()->start(0));
        window.lessonPlayer()->goTo(lessonStep);
        name = QStringLiteral("lesson-step%1").arg(lessonStep + 1);
        break;
    }
    settle(window);
    const QString file = QStringLiteral("%1-%2-%3.png").arg(name).arg(screen.width()).arg(language);
    const QString path = QDir(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR")).filePath(file);
    EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
    if (mode != Mode::Normal)
        window.presentationMode()->setActive(false);
    window.controller()->setReadOnly(true); // close without asking
}

} // namespace

TEST(WindowScreenshot, writesTheDocumentationImages) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        shoot(language, Mode::Normal, core::Indicator::WaterPerGdpReduction, 2020, QStringLiteral("450721"));
        shoot(language, Mode::Presentation, core::Indicator::TotalWaterUse, 2022, QString());
        if (qEnvironmentVariableIsSet("JIESHUI_SCREENSHOT_ALL"))
            shoot(language, Mode::Probability, core::Indicator::TotalWaterUse, 2022, QString());
        shoot(language, Mode::Lesson, core::Indicator::TotalWaterUse, 2022, QString(), 11);
    }
    // Leave the process as the other tests expect it: English, no catalogue.
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
