// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ReportPage.h"

#include "output/TableText.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <algorithm>
#include <numeric>

namespace jieshui::output {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kHeaderFill(0xe8, 0xee, 0xf4);
constexpr double kMargin = 56.0; // ≈ 15 mm

} // namespace

ReportPage::ReportPage(QPainter& painter, QPagedPaintDevice& device, QFont font, QString runningHeader)
    : m_painter(painter), m_device(device), m_font(std::move(font)),
      m_runningHeader(std::move(runningHeader)) {
    // The painter is scaled so that one unit is a logical px whatever the device's resolution.
    const double scale = device.logicalDpiX() / 96.0;
    m_page = QSizeF(device.width() / scale, device.height() / scale);
    m_painter.scale(scale, scale);
    m_body =
        QRectF(kMargin, kMargin + 14.0, m_page.width() - 2 * kMargin, m_page.height() - 2 * kMargin - 28.0);
    m_y = m_body.top();
    decorate();
}

QFont ReportPage::font(double pixels, bool bold) const {
    QFont f = m_font;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

void ReportPage::decorate() {
    m_painter.save();
    m_painter.setFont(font(8.5));
    m_painter.setPen(QColor(0x60, 0x60, 0x60));
    if (m_pageNumber > 1 && !m_runningHeader.isEmpty()) {
        m_painter.drawText(QRectF(kMargin, kMargin - 22.0, m_body.width(), 16.0),
                           Qt::AlignLeft | Qt::AlignVCenter, m_runningHeader);
        m_painter.setPen(QPen(kRule, 0.6));
        m_painter.drawLine(QPointF(kMargin, kMargin - 4.0), QPointF(kMargin + m_body.width(), kMargin - 4.0));
    }
    m_painter.setPen(QColor(0x60, 0x60, 0x60));
    m_painter.drawText(QRectF(kMargin, m_page.height() - kMargin + 6.0, m_body.width(), 16.0),
                       Qt::AlignHCenter, QStringLiteral("— %1 —").arg(m_pageNumber));
    m_painter.restore();
}

void ReportPage::newPage() {
    m_device.newPage();
    ++m_pageNumber;
    m_y = m_body.top();
    decorate();
}

void ReportPage::ensurePageStart() {
    if (m_y > m_body.top() + 0.5)
        newPage();
}

void ReportPage::skip(double pixels) {
    if (remaining() < pixels)
        newPage();
    else
        m_y += pixels;
}

void ReportPage::title(const QString& text, double pixels) {
    const QFont f = font(pixels, true);
    const QRectF bounds = QFontMetricsF(f).boundingRect(QRectF(m_body.left(), 0, m_body.width(), 1e6),
                                                        Qt::TextWordWrap | Qt::AlignHCenter, text);
    if (remaining() < bounds.height())
        newPage();
    m_painter.setFont(f);
    m_painter.setPen(kInk);
    m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), bounds.height()),
                       Qt::TextWordWrap | Qt::AlignHCenter, text);
    m_y += bounds.height() + pixels * 0.5;
}

void ReportPage::heading(const QString& text, int level) {
    const double pixels = level <= 1 ? 17.0 : 13.5;
    const QFont f = font(pixels, true);
    const double height = QFontMetricsF(f).height();
    // A heading never ends a page: keep room for a few lines under it.
    if (remaining() < height * 4.0)
        newPage();
    else if (m_y > m_body.top())
        m_y += pixels * 0.6;
    m_painter.setFont(f);
    m_painter.setPen(level <= 1 ? QColor(0x0b, 0x3d, 0x6b) : kInk);
    m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), height), Qt::AlignLeft | Qt::AlignVCenter,
                       text);
    m_y += height + pixels * 0.35;
    if (level <= 1) {
        m_painter.setPen(QPen(kRule, 0.8));
        m_painter.drawLine(QPointF(m_body.left(), m_y - pixels * 0.2),
                           QPointF(m_body.right(), m_y - pixels * 0.2));
    }
}

void ReportPage::paragraph(const QString& text, double pixels, const QColor& color) {
    const QFont f = font(pixels);
    const QFontMetricsF metrics(f);
    // Line by line, so that a long paragraph may continue on the next page.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QRectF bounds = metrics.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, line);
        const double height = std::max(bounds.height(), metrics.height());
        if (remaining() < height)
            newPage();
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(m_body.left(), m_y, m_body.width(), height),
                           Qt::TextWordWrap | Qt::AlignLeft, line);
        m_y += height;
    }
    m_y += pixels * 0.5;
}

void ReportPage::table(const core::ReportTable& table, const TableLayout& layout) {
    std::vector<std::size_t> columns = layout.columns;
    if (columns.empty()) {
        columns.resize(table.columns.size());
        std::iota(columns.begin(), columns.end(), std::size_t{0});
    }
    std::vector<double> widths = layout.widths;
    widths.resize(columns.size(), 1.0);
    const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    for (double& w : widths)
        w = w / total * m_body.width();

    const QFont cellFont = font(layout.fontPixels);
    const QFont headerFont = font(layout.fontPixels, true);
    const double pad = 3.0;
    const int flags = Qt::TextWordWrap;
    auto rowHeight = [&](const std::vector<QString>& texts, const QFont& f) {
        const QFontMetricsF metrics(f);
        double height = metrics.height();
        for (std::size_t c = 0; c < texts.size(); ++c)
            height = std::max(
                height,
                metrics.boundingRect(QRectF(0, 0, widths[c] - 2 * pad, 1e6), flags, texts[c]).height());
        return height + 2 * pad;
    };
    std::vector<QString> header;
    for (const std::size_t c : columns)
        header.push_back(TableText::header(table.columns[c]));
    const double headerHeight = rowHeight(header, headerFont);

    auto drawRow = [&](const std::vector<QString>& texts, const QFont& f, bool isHeader, std::size_t row,
                       double height) {
        double x = m_body.left();
        if (isHeader)
            m_painter.fillRect(QRectF(x, m_y, m_body.width(), height), kHeaderFill);
        m_painter.setFont(f);
        for (std::size_t c = 0; c < texts.size(); ++c) {
            const core::ReportTable::Column& column = table.columns[columns[c]];
            QColor color = kInk;
            if (!isHeader && layout.cellColor) {
                const QColor custom = layout.cellColor(row, columns[c]);
                if (custom.isValid())
                    color = custom;
            }
            m_painter.setPen(color);
            const int align = isHeader || column.isText ? Qt::AlignLeft : Qt::AlignRight;
            m_painter.drawText(QRectF(x + pad, m_y + pad, widths[c] - 2 * pad, height - 2 * pad),
                               flags | align | Qt::AlignVCenter, texts[c]);
            x += widths[c];
        }
        m_painter.setPen(QPen(kRule, isHeader ? 0.9 : 0.4));
        m_painter.drawLine(QPointF(m_body.left(), m_y + height), QPointF(m_body.right(), m_y + height));
        m_y += height;
    };

    if (remaining() < headerHeight * 2.5)
        newPage();
    m_painter.setPen(QPen(kRule, 0.9));
    m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
    drawRow(header, headerFont, true, 0, headerHeight);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        std::vector<QString> texts;
        for (const std::size_t c : columns)
            texts.push_back(c < table.rows[r].size() ? TableText::cell(table.columns[c], table.rows[r][c])
                                                     : QString());
        const double height = rowHeight(texts, cellFont);
        if (remaining() < height) {
            newPage();
            m_painter.setPen(QPen(kRule, 0.9));
            m_painter.drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
            drawRow(header, headerFont, true, 0, headerHeight);
        }
        drawRow(texts, cellFont, false, r, height);
    }
    m_y += 6.0;
    for (const std::string& note : table.notes)
        paragraph(QString::fromStdString(note), 8.5, QColor(0x50, 0x50, 0x50));
}

void ReportPage::block(double height, const std::function<void(QPainter&, const QRectF&)>& paint) {
    height = std::min(height, m_body.height());
    if (remaining() < height)
        newPage();
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_painter.save();
    paint(m_painter, rect);
    m_painter.restore();
    m_y += height + 8.0;
}

} // namespace jieshui::output
