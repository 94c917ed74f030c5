// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: any bytes give a table or a located error.
#include "io/CsvReader.h"
#include "io/LoadReport.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    jieshui::core::LoadReport report;
    auto table = jieshui::core::CsvReader::parse(text, "fuzz.csv", report);
    (void)table;
    (void)jieshui::core::CsvReader::firstInvalidUtf8Line(text);
    return 0;
}
