// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace jieshui::core {

/**
 * A table as a reader receives it — the scorecard, region details, key tasks, an allocation, a scenario
 * comparison — independent of where it is written: XLSX (numbers as numbers with their format), CSV with
 * a UTF-8 BOM, a PDF report's table, the clipboard. Cells hold numbers in the column's unit (already
 * converted for display, e.g. 亿m³ or %), or text. Headers and units are in the reader's language.
 */
struct ReportTable {
    struct Column {
        std::string header;  ///< e.g. "数值"
        std::string unit;    ///< shown in the header, e.g. "亿m³"; empty for none
        int decimals = -1;   ///< number format of the column's numbers; -1 = as many as needed
        bool isText = false; ///< a column of words (names, statuses)
    };
    using Cell = std::variant<std::monostate, double, std::string>; ///< empty, number, or text

    std::string title;     ///< sheet or caption, e.g. "评价结果 2020"
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows; ///< each row has columns.size() cells
    std::vector<std::string> notes;      ///< footnotes: sources, 估算 flags, scenario
};

} // namespace jieshui::core
