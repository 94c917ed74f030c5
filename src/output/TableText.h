// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportTable.h"

#include <QString>

namespace jieshui::output {

/** How every table writer (XLSX, CSV, the PDF report) spells a ReportTable's headers and cells. */
class TableText {
public:
    /** "数值（亿m³）" / "Value (hm³)": the unit in the header, brackets matching the header's script. */
    static QString header(const core::ReportTable::Column& column);
    /**
     * A cell as text: numbers with their own decimals, else the column's (-1: the shortest exact form), never
     * "-0.00"; text as is; empty cells empty.
     */
    static QString cell(const core::ReportTable::Column& column, const core::ReportTable::Cell& cell);
    /** Approximate width in Latin character cells (a CJK character counts two), for column widths. */
    static int displayWidth(const QString& text);
};

} // namespace jieshui::output
