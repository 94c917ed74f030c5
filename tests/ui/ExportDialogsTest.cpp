// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's File-menu dialogs, offscreen: Export Map (preview, paper, pixels, PDF text), Print, Export
// Table (XLSX read back with GDAL, CSV), Export Report (PDF text), Import Statistics (dry run, located
// report, all or nothing, one undo step).
#include "ExportActions.h"
#include "ExportMapDialog.h"
#include "ExportReportDialog.h"
#include "ExportTableDialog.h"
#include "ImportStatisticsDialog.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "StoreProjectRepository.h"
#include "UncertaintyController.h"
#include "i18n/Translators.h"
#include "output/MapComposer.h"
#include "render/MapDecorations.h"
#include "store/ProjectSchema.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

QString pdfText(const QString& path) {
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ExportDialogs : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings().clear();
        controller = std::make_unique<ProjectController>(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(controller->openEmbedded().isOk());
    }
    /** The window's compliance map of the irrigation coefficient in 2020, as MapComposer builds it. */
    render::MapDocument complianceMap() const {
        const store::ProjectData data = StoreProjectRepository::toStore(controller->project());
        output::MapRequest request;
        request.indicator = core::Indicator::IrrigationCoefficient;
        request.year = 2020;
        auto map = output::MapComposer(data).compose(request, *controller->result());
        EXPECT_TRUE(map.isOk());
        return map.value().document;
    }
    std::unique_ptr<ProjectController> controller;
    QTemporaryDir dir;
};

} // namespace

TEST_F(ExportDialogs, exportMapPreviewsThePageAndWritesPaperOrPixelSizes) {
    ExportMapDialog dialog(complianceMap(), QRectF(), QStringLiteral("钦州市 灌溉系数 2020年 达标评价"),
                           QStringLiteral("情景：基准情景"), QStringLiteral("zh"));
    // Given the dialog as it opens: A4 landscape, the prefilled title; the preview is that page in small
    const QImage preview = dialog.preview();
    ASSERT_FALSE(preview.isNull());
    EXPECT_NEAR(static_cast<double>(preview.width()) / preview.height(), 297.0 / 210.0, 0.02);
    EXPECT_EQ(dialog.options().decorations.title, QStringLiteral("钦州市 灌溉系数 2020年 达标评价"));
    // And it is the whole page made small, not a corner of it: close to the full page scaled down
    render::ExportOptions full = dialog.options();
    full.pixelRatio = 1.0;
    const QImage page = render::MapExporter::renderPage(complianceMap(), full)
                            .value()
                            .scaled(preview.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_RGB32);
    const QImage small = preview.convertToFormat(QImage::Format_RGB32);
    double difference = 0.0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            difference += std::abs(qGray(small.pixel(x, y)) - qGray(page.pixel(x, y)));
    EXPECT_LT(difference / (small.width() * small.height()), 12.0);
    // When a portrait page is chosen the preview follows
    dialog.setPage(0);
    EXPECT_NEAR(static_cast<double>(dialog.preview().width()) / dialog.preview().height(), 210.0 / 297.0,
                0.02);

    // When written as PDF: the edited title, the counties and the notes are text
    dialog.setTitle(QStringLiteral("灌溉水有效利用系数达标图"));
    dialog.setPath(dir.filePath(QStringLiteral("map.pdf")));
    ASSERT_TRUE(dialog.exportMap().isOk());
    const QString text = pdfText(dialog.path());
    for (const char* expected :
         {"灌溉水有效利用系数达标图", "情景：基准情景", "灵山县", "钦南区", "EPSG:4545", "图例"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << text.toStdString();
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) << "Kangxi radical";

    // And a PNG of an A4 page at 150 dpi, and one of an exact pixel size
    dialog.setDpi(150);
    dialog.setPath(dir.filePath(QStringLiteral("map.png")));
    ASSERT_TRUE(dialog.exportMap().isOk());
    EXPECT_NEAR(QImage(dialog.path()).width(), 1240, 3);
    EXPECT_TRUE(dialog.dpiBox()->isEnabled());
    dialog.setPage(4);
    dialog.setPixelSize(900, 700);
    // (the resolution does not apply to a pixel size, as the CLI's --size refuses --dpi)
    EXPECT_FALSE(dialog.dpiBox()->isEnabled());
    ASSERT_TRUE(dialog.exportMap().isOk());
    EXPECT_EQ(QImage(dialog.path()).size(), QSize(900, 700));
    // And an unwritable path is a located error
    dialog.setPath(QStringLiteral("/nonexistent/map.svg"));
    EXPECT_FALSE(dialog.exportMap().isOk());
}

TEST_F(ExportDialogs, printPaintsTheSamePageOnAPrinter) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    printer.setPageSize(QPageSize(QPageSize::A4));
    render::ExportOptions options;
    options.decorations.title = QStringLiteral("打印的达标图");
    ExportActions::printMap(printer, complianceMap(), options);
    const QString text = pdfText(printer.outputFileName());
    EXPECT_TRUE(text.contains(QStringLiteral("打印的达标图"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("浦北县")));
}

TEST_F(ExportDialogs, exportTableWritesTheTickedTablesAsSheetsOrOneCsv) {
    controller->setYear(2022);
    controller->setSelectedRegion(QStringLiteral("450721"));
    ExportTableDialog dialog(controller.get(), QStringLiteral("zh"));
    dialog.choose({ExportTableDialog::Scorecard, ExportTableDialog::RegionDetails,
                   ExportTableDialog::KeyTasks, ExportTableDialog::Comparison});
    ASSERT_EQ(dialog.tables().size(), 4u);
    const QString xlsx = dir.filePath(QStringLiteral("tables.xlsx"));
    dialog.setPath(xlsx);
    ASSERT_TRUE(dialog.exportTables().isOk());
    GDALAllRegister();
    const char* open[] = {"HEADERS=FORCE", nullptr};
    GDALDatasetH ds = GDALOpenEx(xlsx.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, open, nullptr);
    ASSERT_NE(ds, nullptr);
    ASSERT_EQ(GDALDatasetGetLayerCount(ds), 4);
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(ds, 0)), "达标评价 2022");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(ds, 1)), "灵山县 2022");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(ds, 2)), "重点任务");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(ds, 3)), "情景比较 2022");
    OGRFeatureDefnH scorecard = OGR_L_GetLayerDefn(GDALDatasetGetLayer(ds, 0));
    const int value = OGR_FD_GetFieldIndex(scorecard, "数值");
    ASSERT_GE(value, 0);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(scorecard, value)), OFTReal);
    GDALClose(ds);
    // Several tables do not go into one CSV; one does, with a BOM
    dialog.setPath(dir.filePath(QStringLiteral("t.csv")));
    EXPECT_FALSE(dialog.exportTables().isOk());
    dialog.choose({ExportTableDialog::KeyTasks});
    ASSERT_TRUE(dialog.exportTables().isOk());
    QFile csv(dir.filePath(QStringLiteral("t.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().startsWith("\xEF\xBB\xBF"));
}

TEST_F(ExportDialogs, exportReportWritesTheChosenYearsInTheChosenLanguage) {
    ExportReportDialog dialog(controller.get(), QStringLiteral("zh"));
    dialog.chooseYears({2022});
    dialog.setLanguage(QStringLiteral("en"));
    dialog.setPath(dir.filePath(QStringLiteral("report.pdf")));
    EXPECT_EQ(dialog.options().years, std::vector<int>{2022});
    auto written = dialog.exportReport();
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    EXPECT_EQ(written.value().counties, 4);
    const QString text = pdfText(dir.filePath(QStringLiteral("report.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Compliance report")));
    EXPECT_TRUE(text.contains(QStringLiteral("Lingshan County")));
    // No year ticked: a message, no file
    dialog.chooseYears({});
    dialog.setPath(dir.filePath(QStringLiteral("none.pdf")));
    EXPECT_FALSE(dialog.exportReport().isOk());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
}

TEST_F(ExportDialogs, exportReportWithProbabilitiesUsesTheWindowsDrawsAndSeed) {
    // Given the probability window set to 300 draws and seed 9
    controller->uncertainty()->setDraws(300);
    controller->uncertainty()->setSeed(9);
    ExportReportDialog dialog(controller.get(), QStringLiteral("zh"));
    dialog.chooseYears({2035});
    dialog.setPath(dir.filePath(QStringLiteral("p.pdf")));
    EXPECT_FALSE(dialog.options().uncertainty.has_value()); // off unless ticked
    // When "Probability of meeting each target" is ticked
    dialog.setProbabilities(true);
    ASSERT_TRUE(dialog.options().uncertainty.has_value());
    EXPECT_EQ(dialog.options().uncertainty->draws, 300U);
    EXPECT_EQ(dialog.options().uncertainty->seed, 9U);
    auto written = dialog.exportReport();
    ASSERT_TRUE(written.isOk()) << written.error().toString();
    // Then the report has the section, with the window's draws and seed, and the 2035 cap's map
    const QString text = pdfText(dir.filePath(QStringLiteral("p.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("五、达标概率"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("蒙特卡洛300次抽样（拉丁超立方，种子9）")));
    EXPECT_EQ(written.value().probabilityMaps, 1);
}

TEST_F(ExportDialogs, importStatisticsPreviewsReportsByLineAndAppliesAllOrNothingAsOneUndoStep) {
    // Given a statistic of the project, and a file that changes it by 10 % beside a row of an unknown region
    const core::Dataset& dataset = controller->project().dataset;
    const core::Statistic* s = nullptr;
    for (const core::Statistic* candidate : dataset.statistics())
        if (candidate->unit == "万m³" && !s)
            s = candidate;
    ASSERT_NE(s, nullptr);
    const core::Statistic original = *s;
    const double own = *store::ProjectSchema::inOwnUnit(original.value, original.unit) * 1.1;
    const QString header = QStringLiteral("region_code,year,variable,value,unit,source,estimate\n");
    const QString good = QStringLiteral("%1,%2,%3,%4,万m³,测试来源,0\n")
                             .arg(QString::fromStdString(original.regionCode))
                             .arg(original.year)
                             .arg(QString::fromStdString(original.variable))
                             .arg(own, 0, 'g', 12);
    const QString bad =
        QStringLiteral("999999,2020,%1,1,万m³,x,0\n").arg(QString::fromStdString(original.variable));
    const QString path = dir.filePath(QStringLiteral("stats.csv"));
    auto write = [&path](const QString& text) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    };
    write(header + good + bad);
    ImportStatisticsDialog dialog(controller.get());
    dialog.setFile(path);
    // When previewed: the bad row is reported with its file, line and region; nothing may be imported
    EXPECT_FALSE(dialog.preview());
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("stats.csv"))) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("3"))) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("999999"))) << dialog.report().toStdString();
    EXPECT_FALSE(dialog.import());
    EXPECT_EQ(dataset.statistic(original.regionCode, original.variable, original.year)->value,
              original.value);

    // When the file is fixed: one replacement previewed, imported as one undo step, the evaluation follows
    write(header + good);
    dialog.setFile(QString());
    dialog.setFile(path);
    ASSERT_TRUE(dialog.preview()) << dialog.report().toStdString();
    EXPECT_TRUE(dialog.report().contains(QStringLiteral("0 to add, 1 to replace")) ||
                dialog.report().contains(QStringLiteral("替换 1 条")))
        << dialog.report().toStdString();
    const int before = controller->undoStack()->count();
    ASSERT_TRUE(dialog.import());
    EXPECT_EQ(controller->undoStack()->count(), before + 1);
    EXPECT_NEAR(dataset.statistic(original.regionCode, original.variable, original.year)->value,
                original.value * 1.1, original.value * 1e-9);
    // And undo puts the old value back
    controller->undoStack()->undo();
    EXPECT_EQ(dataset.statistic(original.regionCode, original.variable, original.year)->value,
              original.value);
}

TEST(ExportMenu, theFileMenuOffersEveryExportAndTheImport) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    QStringList texts;
    for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
        texts << action->text();
    for (const char* expected :
         {"Export &Map…", "&Print Map…", "Export &Table…", "E&xport Report…", "Import Statisti&cs…"}) {
        const QString translated = QCoreApplication::translate("jieshui::ui::ExportActions", expected);
        EXPECT_TRUE(texts.contains(translated))
            << expected << ": " << texts.join(QLatin1Char('|')).toStdString();
    }
}

TEST(ExportDialogsScreenshot, writesTheDialogImages) {
    if (qEnvironmentVariableIsEmpty("JIESHUI_SCREENSHOT_DIR"))
        GTEST_SKIP() << "set JIESHUI_SCREENSHOT_DIR to write the screenshots";
    const QDir out(qEnvironmentVariable("JIESHUI_SCREENSHOT_DIR"));
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        // The window's language as main() sets it: the locale and the translators together.
        QLocale::setDefault(
            QLocale(language == QLatin1String("zh") ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
        i18n::removeTranslators(*QCoreApplication::instance());
        i18n::installTranslators(*QCoreApplication::instance(), language);
        QSettings().clear();
        MainWindow window(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window.controller()->openEmbedded().isOk());
        window.resize(1366, 768);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.mapCanvas()->waitForRender();
        ExportActions actions(window.controller(), window.mapCanvas(), &window);
        std::unique_ptr<ExportMapDialog> map(actions.createExportMapDialog());
        map->show();
        QTest::qWait(100);
        EXPECT_TRUE(map->grab().save(out.filePath(QStringLiteral("export-map-dialog-%1.png").arg(language))));
        window.controller()->setSelectedRegion(QStringLiteral("450721"));
        ExportTableDialog table(window.controller(), language);
        table.show();
        EXPECT_TRUE(
            table.grab().save(out.filePath(QStringLiteral("export-table-dialog-%1.png").arg(language))));
        ExportReportDialog report(window.controller(), language);
        report.show();
        EXPECT_TRUE(
            report.grab().save(out.filePath(QStringLiteral("export-report-dialog-%1.png").arg(language))));
        ImportStatisticsDialog import(window.controller());
        import.setFile(QStringLiteral(JIESHUI_SOURCE_DIR "/data/qinzhou/statistics.csv"));
        import.preview();
        import.show();
        EXPECT_TRUE(import.grab().save(
            out.filePath(QStringLiteral("import-statistics-dialog-%1.png").arg(language))));
    }
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST(ExportMapPreview, followsTheWindowsLanguageInItsLegendAndCrsNote) {
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        // Given the window in Chinese (or English), as main() sets it up
        const bool zh = language == QLatin1String("zh");
        QLocale::setDefault(QLocale(zh ? QStringLiteral("zh_CN") : QStringLiteral("en_GB")));
        i18n::removeTranslators(*QCoreApplication::instance());
        i18n::installTranslators(*QCoreApplication::instance(), language);
        QSettings().clear();
        MainWindow window(std::make_unique<StoreProjectRepository>());
        ASSERT_TRUE(window.controller()->openEmbedded().isOk());
        window.mapCanvas()->waitForRender();
        ExportActions actions(window.controller(), window.mapCanvas(), &window);
        std::unique_ptr<ExportMapDialog> dialog(actions.createExportMapDialog());
        // Then the page the preview draws is in the window's language: decorations, legend, CRS note
        const render::ExportOptions options = dialog->options();
        EXPECT_EQ(options.decorations.language, language);
        const render::MapDecorations decorations(options.decorations, QFont());
        QStringList legend;
        for (const render::LegendEntry& entry : decorations.legendEntries(dialog->document()))
            legend << entry.label;
        ASSERT_FALSE(legend.isEmpty());
        const QString crs =
            render::MapDecorations::crsNote(dialog->document().crs(), options.decorations.language);
        const QRegularExpression englishWords(QStringLiteral("[A-Za-z]{3,} [A-Za-z]{3,}"));
        if (zh) {
            for (const QString& label : legend)
                EXPECT_FALSE(englishWords.match(label).hasMatch()) << label.toStdString();
            EXPECT_TRUE(legend.join(QLatin1Char('|')).contains(QStringLiteral("达标")))
                << legend.join(QLatin1Char('|')).toStdString();
            EXPECT_FALSE(englishWords.match(crs).hasMatch()) << crs.toStdString();
            EXPECT_TRUE(options.decorations.title.contains(QStringLiteral("达标评价")))
                << options.decorations.title.toStdString();
        } else {
            EXPECT_TRUE(legend.contains(QStringLiteral("Met")))
                << legend.join(QLatin1Char('|')).toStdString();
        }
    }
    i18n::removeTranslators(*QCoreApplication::instance());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
