// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectImporter.h"

#include "SampleProject.h"
#include "TestFiles.h"
#include "geo/TextDecoding.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace jieshui;
using store::ProjectFile;
using store::ProjectImporter;
using store::test::fileHash;
using store::test::ScratchDir;

namespace {

std::string writeText(const ScratchDir& dir, const char* name, const char* text) {
    const auto path = dir.path(name);
    QFile f(QString::fromStdString(path));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

std::string sampleFile(const ScratchDir& dir) {
    const auto path = dir.path("project.gpkg");
    store::test::check(ProjectFile::create(path, store::test::sampleProject(1)));
    return path;
}

constexpr const char* kHeader = "region_code,year,variable,value,unit,source,estimate\n";

} // namespace

TEST(ProjectImporter, importStatisticsAddsAndReplacesInOneSave) {
    // Given the sample project (21 statistics; 450702 water.industry 2000 = 1 m³)
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const std::string csv = std::string(kHeader) + "450702,2000,water.industry,7,万m³,公报,0\n"
                                                   "450703,2020,water.residential,5,万m³,公报,1\n";
    const auto input = writeText(dir, "stats.csv", csv.c_str());
    // When the file is imported
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(input));
    // Then one row is added and one replaced, and the project holds the new values in m³
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 1);
    EXPECT_EQ(outcome.value().replaced, 1);
    EXPECT_EQ(outcome.value().rejected, 0);
    EXPECT_TRUE(outcome.value().applied);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    EXPECT_EQ(data.value().dataset.statisticCount(), 22u);
    EXPECT_EQ(data.value().dataset.statistic("450702", "water.industry", 2000)->value, 7e4);
    EXPECT_TRUE(data.value().dataset.statistic("450703", "water.residential", 2020)->provenance.isEstimate());
    EXPECT_EQ(file.value().metadata("save_counter"), "2");
}

TEST(ProjectImporter, importStatisticsReadsGbkCsvAsExcelSavesIt) {
    // Given a CSV saved by Excel on Chinese Windows: GBK bytes, a Chinese source and unit
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const std::string utf8 =
        std::string(kHeader) + "450702,2021,water.industry,7,万立方米,钦州市水资源公报,0\n";
    QByteArray bytes;
    {
        // iconv (glibc) writes the GBK bytes, as Excel would.
        QProcess iconv;
        iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-t"), QStringLiteral("GBK")});
        ASSERT_TRUE(iconv.waitForStarted());
        iconv.write(QByteArray::fromStdString(utf8));
        iconv.closeWriteChannel();
        ASSERT_TRUE(iconv.waitForFinished());
        bytes = iconv.readAllStandardOutput();
    }
    ASSERT_FALSE(geo::TextDecoding::isValidUtf8(bytes));
    const auto input = dir.path("gbk.csv");
    QFile f(QString::fromStdString(input));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    // When it is imported
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(input));
    // Then the row is added with its Chinese source intact
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 1);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    EXPECT_EQ(data.value().dataset.statistic("450702", "water.industry", 2021)->provenance.source,
              "钦州市水资源公报");
}

TEST(ProjectImporter, badStatisticsRowsChangeNothing) {
    // Given a file with one good row, an unknown region (line 3) and a negative volume (line 4)
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const std::string csv = std::string(kHeader) + "450702,2021,water.industry,7,万m³,公报,0\n"
                                                   "999999,2021,water.industry,7,万m³,公报,0\n"
                                                   "450703,2021,water.industry,-3,万m³,公报,0\n";
    const auto input = writeText(dir, "bad.csv", csv.c_str());
    const auto before = fileHash(path);
    // When it is imported
    std::optional<store::ImportOutcome> result;
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(input));
        ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
        result = outcome.value();
    }
    // Then two rows are rejected with located reasons, nothing is applied and the file is byte-identical
    EXPECT_EQ(result->rejected, 2);
    EXPECT_EQ(result->added, 1);
    EXPECT_FALSE(result->applied);
    ASSERT_GE(result->rejectionLines.size(), 2u);
    EXPECT_EQ(result->rejectionLines[0].rfind("bad.csv:3:", 0), 0u) << result->rejectionLines[0];
    EXPECT_NE(result->rejectionLines[0].find("999999"), std::string::npos);
    EXPECT_EQ(result->rejectionLines.back().rfind("bad.csv:4:", 0), 0u) << result->rejectionLines.back();
    EXPECT_EQ(fileHash(path), before);
}

TEST(ProjectImporter, unreadableStatisticsFileIsAnError) {
    // Given a file missing the unit column
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto input =
        writeText(dir, "cols.csv", "region_code,year,variable,value\n450702,2021,water.industry,7\n");
    const auto before = fileHash(path);
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    // When imported; Then an error naming the missing column, and no change
    auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(input));
    ASSERT_TRUE(outcome.hasError());
    EXPECT_NE(outcome.error().toString().find("unit"), std::string::npos) << outcome.error().toString();
    EXPECT_EQ(file.value().metadata("save_counter"), "1");
}

TEST(ProjectImporter, importPlanReplacesByIdAndAddsNewTargets) {
    // Given the sample project with targets QZ-2020-TOTAL (16.53 亿m³) and QZ-2020-GDP
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto input = writeText(dir, "plan.csv",
                                 "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_"
                                 "year,variable,task_number,source,"
                                 "clause\n"
                                 "QZ-2020-TOTAL,total-water-use,450700,2020,<=,16.2,亿m³,,,,,新方案,二\n"
                                 "QZ-2035-TOTAL,total-water-use,450700,2035,<=,16.95,亿m³,,,,,新方案,二\n");
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    // When imported
    auto outcome = ProjectImporter::importPlan(file.value(), QString::fromStdString(input));
    // Then one replaced, one added; the replaced target holds 1.62e9 m³
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 1);
    EXPECT_EQ(outcome.value().replaced, 1);
    EXPECT_TRUE(outcome.value().applied);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    ASSERT_EQ(data.value().dataset.targets().size(), 3u);
    EXPECT_DOUBLE_EQ(data.value().dataset.targets()[0].value, 16.2e8);
    EXPECT_EQ(data.value().dataset.targets()[2].id, "QZ-2035-TOTAL");
}

TEST(ProjectImporter, badPlanRowChangesNothing) {
    // Given a plan file whose second row names an unknown indicator
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto input = writeText(dir, "plan.csv",
                                 "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_"
                                 "year,variable,task_number,source,"
                                 "clause\n"
                                 "QZ-2035-TOTAL,total-water-use,450700,2035,<=,16.95,亿m³,,,,,新方案,二\n"
                                 "QZ-X,water-per-everything,450700,2035,<=,1,%,,,,,新方案,二\n");
    const auto before = fileHash(path);
    std::optional<store::ImportOutcome> result;
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        // When imported
        auto outcome = ProjectImporter::importPlan(file.value(), QString::fromStdString(input));
        ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
        result = outcome.value();
    }
    // Then one row is rejected at line 3 and the file is unchanged
    EXPECT_EQ(result->rejected, 1);
    EXPECT_FALSE(result->applied);
    ASSERT_FALSE(result->rejectionLines.empty());
    EXPECT_EQ(result->rejectionLines[0].rfind("plan.csv:3:", 0), 0u) << result->rejectionLines[0];
    EXPECT_EQ(fileHash(path), before);
}

TEST(ProjectImporter, readsXlsxWithSpreadsheetRowNumbers) {
    if (QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")).isEmpty())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    // Given an XLSX made from a CSV whose row 3 has an unknown region
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const std::string csv = std::string(kHeader) + "450702,2021,water.industry,7,万m³,公报,0\n"
                                                   "999999,2021,water.industry,7,万m³,公报,0\n";
    const auto source = writeText(dir, "sheet.csv", csv.c_str());
    const auto xlsx = dir.path("sheet.xlsx");
    QProcess p;
    p.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-f"), QStringLiteral("XLSX"),
                                        QString::fromStdString(xlsx), QString::fromStdString(source)});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    // When imported
    auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(xlsx));
    // Then the XLSX reads like the CSV: one row accepted, row 3 rejected by its spreadsheet row number
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 1);
    EXPECT_EQ(outcome.value().rejected, 1);
    ASSERT_FALSE(outcome.value().rejectionLines.empty());
    EXPECT_EQ(outcome.value().rejectionLines[0].rfind("sheet.xlsx:3:", 0), 0u)
        << outcome.value().rejectionLines[0];
}

namespace {

// A bulletin sheet: regions as rows (a total row that is no project region), values in 万m³.
constexpr const char* kWideSheet = "地区,农业用水量,工业用水量\n"
                                   "钦南区,\"1,234.5\",56\n"
                                   "钦北区,800,-\n"
                                   "合计,\"2,034.5\",56\n";

constexpr const char* kWideMapping = "column,variable,unit\n"
                                     "region_column,地区\n"
                                     "year,2021\n"
                                     "source,钦州市水资源公报 2021\n"
                                     "estimate,0\n"
                                     "农业用水量,water.farmland_irrigation,万m³\n"
                                     "工业用水量,water.industry,万m³\n";

} // namespace

TEST(ProjectImporter, importWideStatisticsAddsTheMappedValues) {
    // Given the sample project (21 statistics) and a 2021 bulletin sheet with three values of project regions
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto sheet = writeText(dir, "bulletin.csv", kWideSheet);
    const auto mappingPath = writeText(dir, "mapping.csv", kWideMapping);
    auto mapping = ProjectImporter::readWideMapping(QString::fromStdString(mappingPath));
    ASSERT_TRUE(mapping.isOk()) << mapping.error().toString();
    EXPECT_EQ(mapping.value().regionColumn, QStringLiteral("地区"));
    EXPECT_EQ(mapping.value().year, 2021);
    ASSERT_EQ(mapping.value().columns.size(), 2);
    // When it is imported through the mapping
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    auto outcome =
        ProjectImporter::importWideStatistics(file.value(), QString::fromStdString(sheet), mapping.value());
    // Then 钦南区 gets both values and 钦北区 the one that is not "-"; 合计 is skipped; 1,234.5 万m³ = 12 345
    // 000 m³
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 3);
    EXPECT_EQ(outcome.value().rejected, 0);
    EXPECT_TRUE(outcome.value().applied);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    EXPECT_EQ(data.value().dataset.statisticCount(), 24u);
    const auto* farmland = data.value().dataset.statistic("450702", "water.farmland_irrigation", 2021);
    ASSERT_NE(farmland, nullptr);
    EXPECT_DOUBLE_EQ(farmland->value, 12345000.0);
    EXPECT_EQ(farmland->provenance.source, "钦州市水资源公报 2021");
    EXPECT_EQ(data.value().dataset.statistic("450703", "water.industry", 2021), nullptr);
}

TEST(ProjectImporter, wideCellThatIsNoNumberIsLocatedAndChangesNothing) {
    // Given a bulletin sheet whose 钦北区 industry cell (line 3) reads "约60"
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto sheet =
        writeText(dir, "bulletin.csv", "地区,农业用水量,工业用水量\n钦南区,1234.5,56\n钦北区,800,约60\n");
    const auto mappingPath = writeText(dir, "mapping.csv", kWideMapping);
    auto mapping = ProjectImporter::readWideMapping(QString::fromStdString(mappingPath));
    ASSERT_TRUE(mapping.isOk()) << mapping.error().toString();
    const auto before = fileHash(path);
    // When it is imported
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        auto outcome = ProjectImporter::importWideStatistics(file.value(), QString::fromStdString(sheet),
                                                             mapping.value());
        // Then the error names the file, the row, the column and the cell, and the project is untouched
        ASSERT_TRUE(outcome.hasError());
        const auto& location = outcome.error().location();
        EXPECT_EQ(location.file, "bulletin.csv");
        EXPECT_EQ(location.line, 3);
        EXPECT_EQ(location.field, "工业用水量");
        EXPECT_EQ(location.region, "450703");
        EXPECT_NE(outcome.error().message().find("约60"), std::string::npos) << outcome.error().toString();
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(ProjectImporter, wideMappingWithAnUnknownVariableIsLocated) {
    // Given a mapping whose line 3 names a variable that does not exist
    ScratchDir dir;
    const auto mappingPath = writeText(
        dir, "mapping.csv", "column,variable,unit\nregion_column,地区\n农业用水量,water.farming,万m³\n");
    // When it is read; Then the error names the mapping file, line 3 and the variable column
    auto mapping = ProjectImporter::readWideMapping(QString::fromStdString(mappingPath));
    ASSERT_TRUE(mapping.hasError());
    EXPECT_EQ(mapping.error().location().file, "mapping.csv");
    EXPECT_EQ(mapping.error().location().line, 3);
    EXPECT_EQ(mapping.error().location().field, "variable");
    EXPECT_NE(mapping.error().message().find("water.farming"), std::string::npos);
}

TEST(ProjectImporter, wideXlsxTakesEachSheetsYearFromItsName) {
    if (QStandardPaths::findExecutable(QStringLiteral("ogr2ogr")).isEmpty())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    // Given a workbook with one bulletin sheet per year ("2020年", "2021年") and a mapping without a year
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto y2020 = writeText(dir, "a.csv", "地区,农业用水量\n钦南区,100\n合计,100\n");
    const auto y2021 = writeText(dir, "b.csv", "地区,农业用水量\n钦南区,\"1,200\"\n");
    const auto xlsx = QString::fromStdString(dir.path("bulletin.xlsx"));
    for (const auto& [csv, sheet] : {std::pair{y2020, "2020年"}, std::pair{y2021, "2021年"}}) {
        QStringList args{QStringLiteral("-f"), QStringLiteral("XLSX"), QStringLiteral("-nln"),
                         QString::fromUtf8(sheet)};
        if (QFile::exists(xlsx))
            args << QStringLiteral("-update");
        args << xlsx << QString::fromStdString(csv);
        QProcess p;
        p.start(QStringLiteral("ogr2ogr"), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    const auto mappingPath = writeText(dir, "mapping.csv",
                                       "column,variable,unit\nregion_column,地区\nsource,公报\n"
                                       "农业用水量,water.farmland_irrigation,万m³\n");
    auto mapping = ProjectImporter::readWideMapping(QString::fromStdString(mappingPath));
    ASSERT_TRUE(mapping.isOk()) << mapping.error().toString();
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    // When it is imported
    auto outcome = ProjectImporter::importWideStatistics(file.value(), xlsx, mapping.value());
    // Then each sheet's value lands in its year: 100 万m³ = 1e6 m³ in 2020, 1,200 万m³ = 1.2e7 m³ in 2021
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 2);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk());
    const auto* v2020 = data.value().dataset.statistic("450702", "water.farmland_irrigation", 2020);
    const auto* v2021 = data.value().dataset.statistic("450702", "water.farmland_irrigation", 2021);
    ASSERT_NE(v2020, nullptr);
    ASSERT_NE(v2021, nullptr);
    EXPECT_DOUBLE_EQ(v2020->value, 1e6);
    EXPECT_DOUBLE_EQ(v2021->value, 1.2e7);
}

// Issue 13: a UTF-8 file with one GBK line was decoded as GBK whole and stored as mojibake
// ("钦州" → "閽﹀窞"). One rule: UTF-8, or GBK/GB18030 for the whole file; a mix is refused.
TEST(ProjectImporter, aFileMixingUtf8AndGbkLinesIsRefusedAndChangesNothing) {
    ScratchDir dir;
    const auto path = sampleFile(dir);
    QByteArray bytes = QByteArray(kHeader) + "450702,2021,water.industry,7,万m³,钦州市水资源公报,0\n";
    bytes += "450703,2021,water.industry,8,";
    bytes += QByteArray("\xCD\xF2m\xB3", 4); // "万m" in GBK, then a lone byte: not UTF-8
    bytes += ",gbk,0\n";
    const auto input = dir.path("mixed.csv");
    {
        QFile f(QString::fromStdString(input));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const auto before = fileHash(path);
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        auto outcome = ProjectImporter::importStatistics(file.value(), QString::fromStdString(input));
        ASSERT_TRUE(outcome.hasError()) << "a mixed-encoding file was imported";
        const std::string m = outcome.error().toString();
        EXPECT_NE(m.find("mixes encodings"), std::string::npos) << m;
        EXPECT_EQ(outcome.error().location().line, 3) << m;
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST(ProjectImporter, aPlanIdWithAByteOrderMarkIsRefused) {
    ScratchDir dir;
    const auto path = sampleFile(dir);
    const auto input =
        writeText(dir, "plan.csv",
                  "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_"
                  "year,variable,task_number,source,clause\n"
                  "\xEF\xBB\xBFQZ-2020-TOTAL,total-water-use,450700,2020,<=,16.2,亿m³,,,,,新方案,二\n");
    const auto before = fileHash(path);
    {
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk());
        auto outcome = ProjectImporter::importPlan(file.value(), QString::fromStdString(input));
        ASSERT_TRUE(outcome.hasError() || !outcome.value().applied);
    }
    EXPECT_EQ(fileHash(path), before);
}

// Issue 13: import-plan was quadratic (a linear search per row; 100k rows took 182 s). Speed is measured
// in bench/, not here; this checks that a large plan file imports correctly with replacements.
TEST(ProjectImporter, aLargePlanFileImportsAndReplacesById) {
    ScratchDir dir;
    const auto path = sampleFile(dir);
    std::string text =
        "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_year,variable,"
        "task_number,source,clause\n";
    for (int i = 0; i < 5000; ++i)
        text += "T-" + std::to_string(i) + ",total-water-use,450700," + std::to_string(2021 + i % 30) +
                ",<=,16.2,亿m³,,,,,plan,二\n";
    text += "QZ-2020-TOTAL,total-water-use,450700,2020,<=,16.1,亿m³,,,,,plan,二\n";
    const auto input = writeText(dir, "big-plan.csv", text.c_str());
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    auto outcome = ProjectImporter::importPlan(file.value(), QString::fromStdString(input));
    ASSERT_TRUE(outcome.isOk()) << outcome.error().toString();
    EXPECT_EQ(outcome.value().added, 5000);
    EXPECT_EQ(outcome.value().replaced, 1);
}
