// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/XlsxWriter.h"

#include "OutputFixtures.h"
#include "model/IndicatorDisplay.h"
#include "output/ReportTables.h"
#include "output/TableExporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cmath>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <map>
#include <ogr_api.h>
#include <set>

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
        if (const auto* number = std::get_if<core::ReportTable::Number>(&cell)) {
            EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(feature, valueField), number->value) << row;
        } else {
            EXPECT_FALSE(OGR_F_IsFieldSetAndNotNull(feature, valueField)) << row;
        }
        OGR_F_Destroy(feature);
    }
    GDALClose(workbook);
}

namespace {

/** Every number cell of a worksheet's XML: reference ("E2") → (value text, style index). */
std::map<QString, std::pair<QString, int>> numberCells(const QString& sheetXml) {
    std::map<QString, std::pair<QString, int>> cells;
    QXmlStreamReader xml(sheetXml);
    QString ref;
    int style = 0;
    bool isString = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            style = xml.attributes().value(QLatin1String("s")).toInt();
            isString = xml.attributes().hasAttribute(QLatin1String("t"));
        } else if (xml.isStartElement() && xml.name() == QLatin1String("v") && !isString) {
            cells[ref] = {xml.readElementText(), style};
        }
    }
    return cells;
}

/** The number format code of each cell style index of styles.xml (built-in ids resolved). */
std::vector<QString> styleFormats(const QString& stylesXml) {
    std::map<int, QString> codes{
        {0, QStringLiteral("General")}, {1, QStringLiteral("0")}, {2, QStringLiteral("0.00")}};
    std::vector<QString> formats;
    QXmlStreamReader xml(stylesXml);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            codes[xml.attributes().value(QLatin1String("numFmtId")).toInt()] =
                xml.attributes().value(QLatin1String("formatCode")).toString();
        else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        else if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf"))
            formats.push_back(codes[xml.attributes().value(QLatin1String("numFmtId")).toInt()]);
    }
    return formats;
}

} // namespace

TEST(XlsxWriter, valueCellsHoldTheFullNumberWithTheFormatTheWindowShowsItWith) {
    auto q = output::test::Qinzhou::load();
    if (!q)
        GTEST_SKIP() << "the embedded Qinzhou project is not available";
    const core::ScenarioResult result = q->evaluate("baseline");
    const output::ReportTables tables(result, q->project.dataset,
                                      output::ReportLanguage(QStringLiteral("zh")));
    // Given the scorecard with counties (volumes, intensities, rates and the coefficient in one column)
    const core::ReportTable scorecard = tables.scorecard(0, true);
    std::vector<const core::Verdict*> rows;
    for (std::size_t i = 0; i < result.verdicts().size(); ++i) {
        const core::Verdict& city = result.verdicts()[i];
        if (city.target.indicator == core::Indicator::TaskMilestone)
            continue;
        rows.push_back(&city);
        for (const core::Verdict& county : result.countyVerdicts(i))
            rows.push_back(&county);
    }
    ASSERT_EQ(rows.size(), scorecard.rows.size());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scorecard.xlsx"));
    ASSERT_TRUE(output::XlsxWriter::write({scorecard}, path).isOk());
    const auto cells = numberCells(zipEntry(path, "xl/worksheets/sheet1.xml"));
    const std::vector<QString> formats = styleFormats(zipEntry(path, "xl/styles.xml"));
    const std::map<int, QString> expectedFormat{{0, QStringLiteral("0")},
                                                {1, QStringLiteral("0.0")},
                                                {2, QStringLiteral("0.00")},
                                                {3, QStringLiteral("0.000")}};
    std::set<QString> formatsSeen;
    int moreDigitsThanShown = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const core::Verdict& v = *rows[r];
        if (!v.value || core::IndicatorDisplay::isFlag(v.target))
            continue;
        // Then the value cell (column E) holds the value at full precision …
        const QString ref = QStringLiteral("E%1").arg(r + 2);
        const auto cell = cells.find(ref);
        ASSERT_NE(cell, cells.end()) << ref.toStdString();
        const double full = core::IndicatorDisplay::toTargetUnit(v.target, v.value->value);
        const double written = cell->second.first.toDouble();
        EXPECT_NEAR(written, full, std::abs(full) * 1e-14) << ref.toStdString() << " " << v.target.id;
        const int decimals = core::IndicatorDisplay::decimalsForTarget(v.target, v.value->value);
        if (std::abs(full * std::pow(10.0, decimals) - std::round(full * std::pow(10.0, decimals))) > 1e-6)
            ++moreDigitsThanShown;
        // … and its number format shows the decimals the window shows it with
        ASSERT_LT(static_cast<std::size_t>(cell->second.second), formats.size());
        const QString format = formats[static_cast<std::size_t>(cell->second.second)];
        EXPECT_EQ(format, expectedFormat.at(decimals)) << ref.toStdString() << " " << v.target.id;
        formatsSeen.insert(format);
    }
    // (the test proves something: values are not display-rounded, and the column mixes formats)
    EXPECT_GT(moreDigitsThanShown, 10);
    EXPECT_GE(formatsSeen.size(), 3u);
}
