// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/WideTableMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;
using core::ErrorLocation;

bool isEmptyCell(const QString& cell) {
    const QString t = cell.trimmed();
    return t.isEmpty() || t == QLatin1String("-") || t == QStringLiteral("—") || t == QStringLiteral("－") ||
           t == QStringLiteral("/") || t == QStringLiteral("…");
}

QString csvCell(const QString& cell) {
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')))
        return cell;
    QString q = cell;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

int WideTableMapping::yearFromText(const QString& text) {
    static const QRegularExpression re(QStringLiteral("(?<!\\d)(\\d{4})(?!\\d)"));
    auto it = re.globalMatch(text.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const int y = it.next().captured(1).toInt();
        if (y >= 1949 && y <= 2100)
            return y;
    }
    return 0;
}

std::optional<double> WideTableMapping::parseNumber(const QString& text) {
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

core::Result<LongTableConversion> WideTableMapping::toLongCsv(const QVector<Table>& tables,
                                                              const QVector<RegionKey>& regions) const {
    LongTableConversion out;
    QStringList lines{QStringLiteral("region_code,year,variable,value,unit,source,estimate")};
    QHash<QString, QString> byCode;
    QHash<QString, QStringList> byName;
    for (const RegionKey& r : regions) {
        byCode.insert(r.code, r.code);
        byName[RegionMatcher::normalizeName(r.nameZh)].append(r.code);
    }
    for (const Table& table : tables) {
        const std::string sheet = table.name.toStdString();
        const int regionIndex = static_cast<int>(table.header.indexOf(regionColumn));
        if (regionIndex < 0)
            return Error(
                ErrorCode::ParseError,
                QCoreApplication::translate("geo", "no column \"%1\"").arg(regionColumn).toStdString(),
                ErrorLocation{sheet, 1, regionColumn.toStdString()});
        const int yearIndex = yearColumn.isEmpty() ? -1 : static_cast<int>(table.header.indexOf(yearColumn));
        if (!yearColumn.isEmpty() && yearIndex < 0)
            return Error(ErrorCode::ParseError,
                         QCoreApplication::translate("geo", "no column \"%1\"").arg(yearColumn).toStdString(),
                         ErrorLocation{sheet, 1, yearColumn.toStdString()});
        QVector<int> valueIndexes;
        for (const WideColumn& c : columns) {
            const int i = static_cast<int>(table.header.indexOf(c.column));
            if (i < 0)
                return Error(
                    ErrorCode::ParseError,
                    QCoreApplication::translate("geo", "no column \"%1\"").arg(c.column).toStdString(),
                    ErrorLocation{sheet, 1, c.column.toStdString()});
            valueIndexes.append(i);
        }
        const int tableYear = year != 0 ? year : yearFromText(table.name);
        if (yearIndex < 0 && tableYear == 0)
            return Error(ErrorCode::MissingData,
                         QCoreApplication::translate(
                             "geo", "no year: give one, or a year column, or name the sheet by its year")
                             .toStdString(),
                         ErrorLocation{sheet});
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList& row = table.rows[r];
            const int line = r + 2; // header is line 1
            const QString regionText = row.value(regionIndex).trimmed();
            QString code = byCode.value(regionText);
            if (code.isEmpty()) {
                const QStringList codes = byName.value(RegionMatcher::normalizeName(regionText));
                if (codes.size() == 1)
                    code = codes.front();
            }
            if (code.isEmpty()) {
                out.skipped.append(
                    QCoreApplication::translate("geo", "%1 row %2: \"%3\" is not a project region")
                        .arg(table.name)
                        .arg(line)
                        .arg(regionText));
                continue;
            }
            const int rowYear = yearIndex >= 0 ? yearFromText(row.value(yearIndex)) : tableYear;
            if (rowYear == 0)
                return Error(ErrorCode::ParseError,
                             QCoreApplication::translate("geo", "not a year: \"%1\"")
                                 .arg(row.value(yearIndex))
                                 .toStdString(),
                             ErrorLocation{sheet, line, yearColumn.toStdString()});
            for (int c = 0; c < columns.size(); ++c) {
                const QString cell = row.value(valueIndexes[c]);
                if (isEmptyCell(cell)) {
                    out.skipped.append(QCoreApplication::translate("geo", "%1 row %2: no value for %3")
                                           .arg(table.name)
                                           .arg(line)
                                           .arg(columns[c].column));
                    continue;
                }
                const auto value = parseNumber(cell);
                if (!value)
                    return Error(
                        ErrorCode::ParseError,
                        QCoreApplication::translate("geo", "not a number: \"%1\"").arg(cell).toStdString(),
                        ErrorLocation{sheet, line, columns[c].column.toStdString(), code.toStdString(),
                                      rowYear});
                lines.append(QStringList{csvCell(code), QString::number(rowYear),
                                         csvCell(columns[c].variable), QString::number(*value, 'g', 15),
                                         csvCell(columns[c].unit), csvCell(source),
                                         estimate ? QStringLiteral("1") : QStringLiteral("0")}
                                 .join(QLatin1Char(',')));
                ++out.valueCount;
            }
        }
    }
    out.csv = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return out;
}

} // namespace jieshui::geo
