// SPDX-License-Identifier: GPL-3.0-or-later
// SpreadsheetReader::xlsxToCsv (GDAL's XLSX driver, then our conversion): CSV text or a clear error.
#include "FuzzTempFile.h"
#include "store/SpreadsheetReader.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    static const bool quiet = [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return true;
    }();
    (void)quiet;
    const std::string path = fuzz::writeTemp("table.xlsx", data, size);
    (void)store::SpreadsheetReader::xlsxToCsv(QString::fromStdString(path));
    return 0;
}
