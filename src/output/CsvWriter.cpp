// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/CsvWriter.h"

#include "output/TableText.h"

#include <QSaveFile>
#include <QStringList>

namespace jieshui::output {

QString CsvWriter::field(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::toCsv(const core::ReportTable& table) {
    QString out;
    const QString end = QStringLiteral("\r\n");
    QStringList header;
    for (const core::ReportTable::Column& column : table.columns)
        header << field(TableText::header(column));
    out += header.join(QLatin1Char(',')) + end;
    for (const std::vector<core::ReportTable::Cell>& row : table.rows) {
        QStringList fields;
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            fields << (c < row.size() ? field(TableText::cell(table.columns[c], row[c])) : QString());
        out += fields.join(QLatin1Char(',')) + end;
    }
    if (!table.notes.empty()) {
        out += end;
        for (const std::string& note : table.notes)
            out += field(QString::fromStdString(note)) + end;
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

core::Status CsvWriter::write(const core::ReportTable& table, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(table)) < 0 || !file.commit())
        return core::Error(core::ErrorCode::IoError,
                           "cannot write '" + path.toStdString() + "': " + file.errorString().toStdString(),
                           core::ErrorLocation{.file = path.toStdString()});
    return core::okStatus();
}

} // namespace jieshui::output
