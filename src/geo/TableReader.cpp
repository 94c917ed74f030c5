// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TableReader.h"

#include "geo/GdalEnvironment.h"
#include "geo/InputFile.h"
#include "geo/TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;
using core::ErrorLocation;

bool isBlank(const QStringList& row) {
    for (const QString& cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

void finish(Table& table, QVector<QStringList> records) {
    while (!records.isEmpty() && isBlank(records.front()))
        records.removeFirst();
    if (records.isEmpty())
        return;
    for (const QString& h : records.front())
        table.header.append(h.trimmed());
    while (!table.header.isEmpty() && table.header.back().isEmpty())
        table.header.removeLast();
    for (qsizetype i = 1; i < records.size(); ++i) {
        if (isBlank(records[i]))
            continue;
        QStringList row = records[i];
        while (row.size() < table.header.size())
            row.append(QString());
        table.rows.append(row);
    }
}

} // namespace

QString TableReader::detectCsvEncoding(const QByteArray& bytes) {
    auto decoded = TextDecoding::decodeTextFile(bytes, {});
    return decoded.isOk() ? decoded.value().encoding : QString();
}

core::Result<Table> TableReader::readCsv(const QByteArray& bytes, const QString& displayName,
                                         const QString& encoding) {
    const ErrorLocation where{displayName.toStdString()};
    Table table;
    table.name = QFileInfo(displayName).completeBaseName();
    std::optional<QString> decoded;
    if (encoding.isEmpty()) {
        // The one rule for imported tables: UTF-8, or GBK/GB18030 for the whole file; a mix is refused.
        auto detected = TextDecoding::decodeTextFile(bytes, displayName.toStdString());
        if (detected.hasError())
            return detected.error();
        table.encoding = detected.value().encoding;
        decoded = std::move(detected.value().text);
    } else {
        table.encoding = TextDecoding::canonicalEncoding(encoding);
        QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        decoded = TextDecoding::decode(body, table.encoding);
        if (!decoded)
            return Error(ErrorCode::ParseError,
                         QCoreApplication::translate("geo", "the file is not valid %1 text")
                             .arg(table.encoding)
                             .toStdString(),
                         where);
    }
    const QString& text = *decoded;

    // Separator: comma unless the first line has none but has semicolons or tabs (European Excel, TSV).
    const QString firstLine = text.left(text.indexOf(QLatin1Char('\n')));
    QChar separator = QLatin1Char(',');
    if (!firstLine.contains(QLatin1Char(','))) {
        if (firstLine.contains(QLatin1Char('\t')))
            separator = QLatin1Char('\t');
        else if (firstLine.contains(QLatin1Char(';')))
            separator = QLatin1Char(';');
    }

    QVector<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.trimmed().isEmpty())
                return Error(
                    ErrorCode::ParseError,
                    QCoreApplication::translate("geo", "a quote inside an unquoted cell").toStdString(),
                    ErrorLocation{displayName.toStdString(), line});
            cell.clear();
            quoted = true;
            cellWasQuoted = true;
        } else if (c == separator) {
            record.append(cellWasQuoted ? cell : cell.trimmed());
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record.append(cellWasQuoted ? cell : cell.trimmed());
            records.append(record);
            record.clear();
            cell.clear();
            cellWasQuoted = false;
            ++line;
        } else {
            cell.append(c);
        }
    }
    if (quoted)
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("geo", "a quoted cell is not closed").toStdString(),
                     ErrorLocation{displayName.toStdString(), line});
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cellWasQuoted ? cell : cell.trimmed());
        records.append(record);
    }
    finish(table, records);
    return table;
}

core::Result<QVector<Table>> TableReader::read(const QString& path, const QString& encoding) {
    const ErrorLocation where{QDir::toNativeSeparators(path).toStdString()};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt") && suffix != QLatin1String("tsv") &&
        suffix != QLatin1String("xlsx"))
        return Error(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("geo", "tables are read from .csv or .xlsx files").toStdString(),
            where);
    if (auto st = InputFile::check(path); st.hasError())
        return st.error();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::IoError,
                         QCoreApplication::translate("geo", "cannot open the file").toStdString(), where);
        auto table = readCsv(file.readAll(), path, encoding);
        if (table.hasError())
            return table.error();
        return QVector<Table>{table.value()};
    }
    if (suffix != QLatin1String("xlsx"))
        return Error(
            ErrorCode::UnsupportedFormat,
            QCoreApplication::translate("geo", "tables are read from .csv or .xlsx files").toStdString(),
            where);

    GdalEnvironment::ensureRegistered();
    // Raw cells as text: no header guessing and no type guessing, so "450702" stays text and the
    // header row is ours to read.
    CPLStringList openOptions;
    openOptions.SetNameValue("HEADERS", "DISABLE");
    openOptions.SetNameValue("FIELD_TYPES", "STRING");
    const char* const drivers[] = {"XLSX", nullptr};
    std::unique_ptr<GDALDataset> ds;
    {
        GdalEnvironment::QuietErrors quiet;
        ds.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                   openOptions.List()));
    }
    if (!ds)
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "GDAL cannot open the workbook").toStdString(),
                     where);
    QVector<Table> tables;
    for (int l = 0; l < ds->GetLayerCount(); ++l) {
        OGRLayer* layer = ds->GetLayer(l);
        Table table;
        table.name = QString::fromUtf8(layer->GetName());
        table.encoding = QStringLiteral("UTF-8");
        QVector<QStringList> records;
        const int fields = layer->GetLayerDefn()->GetFieldCount();
        // GDAL ignores HEADERS=DISABLE on some workbooks (e.g. ones GDAL wrote itself) and consumes the
        // header row as field names: then the names are the header.
        QStringList names;
        bool generic = true;
        static const QRegularExpression genericName(QStringLiteral("^Field\\d+$"));
        for (int i = 0; i < fields; ++i) {
            names.append(QString::fromUtf8(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef()));
            generic = generic && genericName.match(names.back()).hasMatch();
        }
        if (!generic)
            records.append(names);
        for (auto& feature : *layer) {
            QStringList record;
            for (int i = 0; i < fields; ++i)
                record.append(feature->IsFieldSetAndNotNull(i)
                                  ? QString::fromUtf8(feature->GetFieldAsString(i)).trimmed()
                                  : QString());
            records.append(record);
        }
        finish(table, records);
        tables.append(table);
    }
    return tables;
}

QString TableReader::toCsv(const Table& table) {
    auto quote = [](const QString& cell) {
        if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
            !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
            return cell;
        QString q = cell;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString out;
    auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted.append(quote(c));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    line(table.header);
    for (const QStringList& row : table.rows)
        line(row);
    return out;
}

} // namespace jieshui::geo
