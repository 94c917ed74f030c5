// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/XlsxWriter.h"

#include "OutputFixtures.h"
#include "output/ReportTables.h"
#include "output/TableExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

using namespace jieshui;

namespace {

/** The workbook as GDAL's XLSX driver reads it (first row as field names), or nullptr. */
GDALDatasetH openWorkbook(const QString& path) {
    GDALAllRegister();
    const char* options[] = {"HEADERS=FORCE", "FIELD_TYPES=AUTO", nullptr};
    return GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options,
                      nullptr);
}

/** A file inside the workbook's zip, e.g. "xl/worksheets/sheet1.xml". */
QString zipEntry(const QString& xlsx, const char* entry) {
    const QByteArray name = "/vsizip/" + xlsx.toUtf8() + "/" + entry;
    VSILFILE* file = VSIFOpenL(name.constData(), "rb");
    if (!file)
        return {};
    QByteArray bytes;
    char buffer[4096];
    size_t n = 0;
    while ((n = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0)
        bytes.append(buffer, static_cast<qsizetype>(n));
    VSIFCloseL(file);
    return QString::fromUtf8(bytes);
}

} // namespace

TEST(XlsxWriter, numbersAreNumberCellsWithTheirFormatUnderAFrozenChineseHeader) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("评价.xlsx"));
    // Given two tables with the same title (sheet names must be unique) and one with an illegal name
    ASSERT_TRUE(output::XlsxWriter::write({output::test::sampleTable(), output::test::sampleTable(),
                                           output::test::sampleTable("分配/指标:2025")},
                                          path)
                    .isOk());
    // Then GDAL reads three sheets, named after the tables, made unique and legal
    GDALDatasetH workbook = openWorkbook(path);
    ASSERT_NE(workbook, nullptr);
    ASSERT_EQ(GDALDatasetGetLayerCount(workbook), 3);
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(workbook, 0)), "评价结果 2020");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(workbook, 1)), "评价结果 2020 (2)");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(workbook, 2)), "分配_指标_2025");
    // And the header row names each column with its unit; numbers are real and integer fields
    OGRLayerH layer = GDALDatasetGetLayer(workbook, 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    ASSERT_EQ(OGR_FD_GetFieldCount(definition), 4);
    EXPECT_STREQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, 1)), "用水总量（亿m³）");
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, 0)), OFTString);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, 1)), OFTReal);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, 2)), OFTInteger);
    // And the values are the numbers themselves, not rounded text; the empty cell is null
    OGR_L_ResetReading(layer);
    OGRFeatureH first = OGR_L_GetNextFeature(layer);
    ASSERT_NE(first, nullptr);
    EXPECT_STREQ(OGR_F_GetFieldAsString(first, 0), "钦南区");
    EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(first, 1), 4.5312);
    EXPECT_EQ(OGR_F_GetFieldAsInteger(first, 2), 2020);
    OGR_F_Destroy(first);
    OGRFeatureH second = OGR_L_GetNextFeature(layer);
    EXPECT_STREQ(OGR_F_GetFieldAsString(second, 0), "灵山县, 东部");
    OGR_F_Destroy(second);
    OGRFeatureH third = OGR_L_GetNextFeature(layer);
    EXPECT_FALSE(OGR_F_IsFieldSetAndNotNull(third, 1));
    OGR_F_Destroy(third);
    GDALClose(workbook);

    // And the sheet freezes its header row, shows two decimals and carries the note under the table
    const QString sheet = zipEntry(path, "xl/worksheets/sheet1.xml");
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\""))) << sheet.left(400).toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<cols>")));
    EXPECT_TRUE(zipEntry(path, "xl/styles.xml").contains(QStringLiteral("formatCode=\"0.00\"")));
    EXPECT_TRUE(zipEntry(path, "xl/sharedStrings.xml").contains(QStringLiteral("数据来源")));
}

TEST(XlsxWriter, aFailedWriteLeavesTheExistingFileAlone) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("old contents");
    }
    // When there is nothing to write, or the folder does not exist
    EXPECT_FALSE(output::XlsxWriter::write({}, path).isOk());
    auto missing =
        output::XlsxWriter::write({output::test::sampleTable()}, QStringLiteral("/nonexistent/a.xlsx"));
    ASSERT_FALSE(missing.isOk());
    EXPECT_EQ(missing.error().code(), core::ErrorCode::IoError);
    // Then the existing file is byte-identical and no temporary file is left behind
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("old contents"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST(XlsxWriter, theQinzhouScorecardReadsBackAsTheNumbersTheWindowShows) {
    auto q = output::test::Qinzhou::load();
    if (!q)
        GTEST_SKIP() << "the embedded Qinzhou project is not available";
    const core::ScenarioResult result = q->evaluate("baseline");
    const output::ReportTables tables(result, q->project.dataset,
                                      output::ReportLanguage(QStringLiteral("zh")));
    const core::ReportTable scorecard = tables.scorecard(0, true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scorecard.xlsx"));
    ASSERT_TRUE(output::TableExporter::write({scorecard, tables.keyTasks(), tables.evidence()}, path).isOk());
    GDALDatasetH workbook = openWorkbook(path);
    ASSERT_NE(workbook, nullptr);
    ASSERT_EQ(GDALDatasetGetLayerCount(workbook), 3);
    OGRLayerH layer = GDALDatasetGetLayer(workbook, 0);
    // (GDAL reads the blank row and the notes under the table as rows of their own)
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE),
              static_cast<GIntBig>(scorecard.rows.size() + 1 + scorecard.notes.size()));
    // The value column is numeric and each row's number equals the table's
    const int valueField = OGR_FD_GetFieldIndex(OGR_L_GetLayerDefn(layer), "数值");
    ASSERT_GE(valueField, 0);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(OGR_L_GetLayerDefn(layer), valueField)), OFTReal);
    OGR_L_ResetReading(layer);
    std::size_t row = 0;
    while (row < scorecard.rows.size()) {
        OGRFeatureH feature = OGR_L_GetNextFeature(layer);
        ASSERT_NE(feature, nullptr);
        const auto& cell = scorecard.rows[row++][4];
        if (const auto* number = std::get_if<double>(&cell)) {
            EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(feature, valueField), *number) << row;
        } else {
            EXPECT_FALSE(OGR_F_IsFieldSetAndNotNull(feature, valueField)) << row;
        }
        OGR_F_Destroy(feature);
    }
    GDALClose(workbook);
}
