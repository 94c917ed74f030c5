// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/TableText.h"

#include <QLocale>
#include <cmath>

namespace jieshui::output {

namespace {

bool hasCjk(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80)
            return true;
    return false;
}

} // namespace

QString TableText::header(const core::ReportTable::Column& column) {
    const QString header = QString::fromStdString(column.header);
    if (column.unit.empty())
        return header;
    const QString unit = QString::fromStdString(column.unit);
    return hasCjk(header) ? QStringLiteral("%1（%2）").arg(header, unit)
                          : QStringLiteral("%1 (%2)").arg(header, unit);
}

QString TableText::cell(const core::ReportTable::Column& column, const core::ReportTable::Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return QString::fromStdString(*text);
    if (const auto* number = std::get_if<core::ReportTable::Number>(&cell)) {
        const double value = number->value;
        if (!std::isfinite(value))
            return {};
        const int decimals = core::ReportTable::decimalsOf(column, *number);
        if (decimals < 0)
            return QString::number(value, 'g', QLocale::FloatingPointShortest);
        const double half = 0.5 * std::pow(10.0, -decimals);
        return QString::number(std::abs(value) < half ? 0.0 : value, 'f', decimals);
    }
    return {};
}

int TableText::displayWidth(const QString& text) {
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

} // namespace jieshui::output
