// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>

namespace jieshui::cli {

namespace {
bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

int TextTable::displayWidth(const QString& text) {
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void TextTable::setHeader(const QStringList& header) {
    m_header = header;
}

void TextTable::setAlignment(int column, Align align) {
    if (m_align.size() <= column)
        m_align.resize(column + 1, Align::Left);
    m_align[column] = align;
}

void TextTable::addRow(const QStringList& row) {
    m_rows.push_back(row);
}

QString TextTable::toString() const {
    int columns = int(m_header.size());
    for (const auto& row : m_rows)
        columns = std::max(columns, int(row.size()));
    QVector<int> widths(columns, 0);
    auto measure = [&widths](const QStringList& row) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const auto& row : m_rows)
        measure(row);

    auto render = [&](const QStringList& row) {
        QString line;
        for (int i = 0; i < columns; ++i) {
            const QString cell = i < row.size() ? row[i] : QString();
            const QString pad(widths[i] - displayWidth(cell), QLatin1Char(' '));
            const bool right = i < m_align.size() && m_align[i] == Align::Right;
            if (i > 0)
                line += QStringLiteral("  ");
            line += right ? pad + cell : cell + pad;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        return line + QLatin1Char('\n');
    };

    QString out;
    if (!m_header.isEmpty()) {
        out += render(m_header);
        QString rule;
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                rule += QStringLiteral("  ");
            rule += QString(widths[i], QLatin1Char('-'));
        }
        out += rule + QLatin1Char('\n');
    }
    for (const auto& row : m_rows)
        out += render(row);
    return out;
}

} // namespace jieshui::cli
