// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/TableExporter.h"

#include "output/CsvWriter.h"
#include "output/XlsxWriter.h"

namespace jieshui::output {

core::Status TableExporter::write(const std::vector<core::ReportTable>& tables, const QString& path) {
    const core::ErrorLocation where{.file = path.toStdString()};
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return XlsxWriter::write(tables, path);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (tables.size() != 1)
            return core::Error(core::ErrorCode::UnsupportedFormat,
                               "a CSV file holds one table; choose .xlsx to write " +
                                   std::to_string(tables.size()) + " tables as sheets of one workbook",
                               where);
        return CsvWriter::write(tables.front(), path);
    }
    return core::Error(core::ErrorCode::UnsupportedFormat,
                       "tables are written as .xlsx or .csv, not '" + path.toStdString() + "'", where);
}

} // namespace jieshui::output
