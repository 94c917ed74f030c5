// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportTable.h"

#include <QString>
#include <vector>

namespace jieshui::output {

/**
 * Writes tables in the format of the file's suffix: .xlsx, every table on its own sheet (XlsxWriter);
 * .csv, one table (CsvWriter). The one entry point of File → Export Table and of the planner's comparison
 * and allocation exports.
 */
class TableExporter {
public:
    /**
     * UnsupportedFormat for another suffix, and for several tables in one CSV (a CSV holds one table);
     * IoError when the file cannot be written.
     */
    static core::Status write(const std::vector<core::ReportTable>& tables, const QString& path);
};

} // namespace jieshui::output
