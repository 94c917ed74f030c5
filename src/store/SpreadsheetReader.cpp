// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetReader.h"

#include "geo/GdalEnvironment.h"
#include "geo/InputFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

namespace jieshui::store {

namespace {

std::string csvField(const char* text) {
    std::string s = text != nullptr ? text : "";
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace

bool SpreadsheetReader::isXlsx(const QString& path) {
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

core::Result<std::string> SpreadsheetReader::xlsxToCsv(const QString& path) {
    const std::string file = path.toStdString();
    if (auto st = geo::InputFile::check(path); st.hasError())
        return st.error();
    geo::GdalEnvironment::ensureRegistered();
    // Header row always; every cell as text so that "0.37" or "450702" is never turned into a float.
    // The XLSX driver takes these as configuration options only; set for this thread, then restored.
    struct ConfigGuard {
        const char* key;
        std::string previous;
        bool hadPrevious;
        ConfigGuard(const char* k, const char* value) : key(k) {
            const char* old = CPLGetThreadLocalConfigOption(k, nullptr);
            hadPrevious = old != nullptr;
            previous = hadPrevious ? old : "";
            CPLSetThreadLocalConfigOption(k, value);
        }
        ~ConfigGuard() { CPLSetThreadLocalConfigOption(key, hadPrevious ? previous.c_str() : nullptr); }
    };
    const ConfigGuard headers("OGR_XLSX_HEADERS", "FORCE");
    const ConfigGuard types("OGR_XLSX_FIELD_TYPES", "STRING");
    const char* drivers[] = {"XLSX", nullptr};
    GDALDatasetH ds = GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    if (ds == nullptr)
        return core::Error(core::ErrorCode::UnsupportedFormat,
                           QCoreApplication::translate("store", "not a readable XLSX workbook").toStdString(),
                           {.file = file});
    struct Closer {
        GDALDatasetH ds;
        ~Closer() { GDALClose(ds); }
    } closer{ds};
    if (GDALDatasetGetLayerCount(ds) < 1)
        return core::Error(core::ErrorCode::ParseError, "the workbook has no sheet", {.file = file});
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int columns = OGR_FD_GetFieldCount(defn);
    std::string csv;
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            csv += ',';
        csv += csvField(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    }
    csv += '\n';
    OGR_L_ResetReading(layer);
    long long expectedRow = 2;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        // The driver numbers features by sheet row; keep CSV lines aligned with spreadsheet rows.
        const long long row = OGR_F_GetFID(feature);
        while (row > expectedRow && row - expectedRow < 100000) {
            csv += '\n';
            ++expectedRow;
        }
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                csv += ',';
            if (OGR_F_IsFieldSetAndNotNull(feature, i))
                csv += csvField(OGR_F_GetFieldAsString(feature, i));
        }
        csv += '\n';
        ++expectedRow;
        OGR_F_Destroy(feature);
    }
    return csv;
}

} // namespace jieshui::store
