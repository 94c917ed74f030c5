// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportTable.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

namespace jieshui::output {

/** Which columns of a ReportTable a page shows, and their relative widths. */
struct TableLayout {
    std::vector<std::size_t> columns; ///< indices into ReportTable::columns; empty = all
    std::vector<double> widths;       ///< relative widths, one per shown column; empty = equal
    /** Text colour of a cell (row, column index into ReportTable::columns); invalid = ink. */
    std::function<QColor(std::size_t row, std::size_t column)> cellColor;
    double fontPixels = 9.5;
};

/**
 * The flow of a printed document on A4 pages of logical px (1 px = 1/96 in): a cursor that moves down the
 * page, headings, paragraphs, tables that break across pages with their header row repeated, blocks
 * (maps, charts) that start a new page when they do not fit, and a running header and page number. Text
 * is drawn as text in the font given (embedded by the PDF writer), so it can be searched and copied.
 */
class ReportPage {
public:
    /** Starts painting on @p device (begun by the caller's QPainter) with @p font for every text. */
    ReportPage(QPainter& painter, QPagedPaintDevice& device, QFont font, QString runningHeader);

    /** Width and height of a page in logical px, and the text area inside the margins. */
    QSizeF pageSize() const { return m_page; }
    QRectF body() const { return m_body; }
    /** Room left on the current page below the cursor. */
    double remaining() const { return m_body.bottom() - m_y; }
    int pageNumber() const { return m_pageNumber; }

    /** Ends the page and starts the next (with its header and number). */
    void newPage();
    /** Starts a new page unless the cursor is at the top of one. */
    void ensurePageStart();
    /** Moves the cursor down by @p pixels (a new page when there is no room). */
    void skip(double pixels);

    void title(const QString& text, double pixels = 26.0);
    void heading(const QString& text, int level = 1);
    /** A paragraph wrapped to the body width; @p color for notes. */
    void paragraph(const QString& text, double pixels = 10.5, const QColor& color = QColor(0x20, 0x20, 0x20));
    /** A table; rows that do not fit continue on the next page under a repeated header. */
    void table(const core::ReportTable& table, const TableLayout& layout = {});
    /**
     * Reserves a block @p height px high (a new page first when it does not fit) and calls @p paint with
     * the painter and the block's rectangle in page px.
     */
    void block(double height, const std::function<void(QPainter&, const QRectF&)>& paint);

    QPainter& painter() { return m_painter; }
    QFont font(double pixels, bool bold = false) const;

private:
    void decorate();

    QPainter& m_painter;
    QPagedPaintDevice& m_device;
    QFont m_font;
    QString m_runningHeader;
    QSizeF m_page;
    QRectF m_body;
    double m_y = 0.0;
    int m_pageNumber = 1;
};

} // namespace jieshui::output
