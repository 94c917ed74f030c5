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
 * converted for display, e.g. 亿m³ or %) at full precision, each with the decimals it is shown with, or text.
 * Headers and units are in the reader's language.
 */
struct ReportTable {
    /**
     * A number cell: the value at full precision (a spreadsheet computes with it) and the decimals every
     * writer shows it with (XLSX: the cell's number format; CSV, PDF, clipboard: the text); -1 = the
     * column's.
     */
    struct Number {
        double value = 0.0;
        int decimals = -1;
        Number(double v = 0.0, int places = -1)
            : value(v), decimals(places) {} // NOLINT: implicit from double
        bool operator==(const Number&) const = default;
    };
    struct Column {
        std::string header;  ///< e.g. "数值"
        std::string unit;    ///< shown in the header, e.g. "亿m³"; empty for none
        int decimals = -1;   ///< number format of the column's numbers without their own; -1 = as needed
        bool isText = false; ///< a column of words (names, statuses)
    };
    using Cell = std::variant<std::monostate, Number, std::string>; ///< empty, number, or text

    /** The decimals @p number is shown with in @p column (its own, else the column's; -1 = as needed). */
    static int decimalsOf(const Column& column, const Number& number) {
        return number.decimals >= 0 ? number.decimals : column.decimals;
    }

    std::string title;     ///< sheet or caption, e.g. "评价结果 2020"
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows; ///< each row has columns.size() cells
    std::vector<std::string> notes;      ///< footnotes: sources, 估算 flags, scenario
};

} // namespace jieshui::core
