// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/ShapefileEncoding.h"

#include "geo/TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <vector>

namespace jieshui::geo {

namespace {

using core::Error;
using core::ErrorCode;
using core::ErrorLocation;

struct DbfField {
    QByteArray name;
    char type = 'C';
    int offset = 0; ///< from the record start (after the deletion flag byte)
    int length = 0;
};

struct DbfTable {
    int languageDriverId = 0;
    std::vector<DbfField> fields;
    std::vector<QByteArray> records; ///< raw records, deletion flag stripped
};

int le16(const QByteArray& b, int at) {
    return static_cast<unsigned char>(b[at]) | (static_cast<unsigned char>(b[at + 1]) << 8);
}

quint32 le32(const QByteArray& b, int at) {
    return static_cast<quint32>(le16(b, at)) | (static_cast<quint32>(le16(b, at + 2)) << 16);
}

/** Reads the DBF header and up to @p maxRecords records; enough to judge the encoding. */
core::Result<DbfTable> readDbf(const QString& dbfPath, int maxRecords) {
    QFile file(dbfPath);
    const std::string where = QDir::toNativeSeparators(dbfPath).toStdString();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "cannot open the DBF file").toStdString(),
                     ErrorLocation{where});
    const QByteArray head = file.read(32);
    if (head.size() < 32)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("geo", "the DBF file is too short").toStdString(),
                     ErrorLocation{where});
    DbfTable table;
    table.languageDriverId = static_cast<unsigned char>(head[29]);
    const quint32 recordCount = le32(head, 4);
    const int headerLength = le16(head, 8);
    const int recordLength = le16(head, 10);
    if (headerLength < 33 || recordLength < 1)
        return Error(ErrorCode::UnsupportedFormat,
                     QCoreApplication::translate("geo", "the DBF header is damaged").toStdString(),
                     ErrorLocation{where});
    const QByteArray descriptors = file.read(headerLength - 32);
    int offset = 1; // byte 0 of a record is the deletion flag
    for (int at = 0; at + 32 <= descriptors.size() && descriptors[at] != '\x0D'; at += 32) {
        DbfField field;
        field.name = descriptors.mid(at, 11);
        field.name.truncate(field.name.indexOf('\0') >= 0 ? field.name.indexOf('\0') : field.name.size());
        field.type = descriptors[at + 11];
        field.length = static_cast<unsigned char>(descriptors[at + 16]);
        field.offset = offset - 1;
        offset += field.length;
        table.fields.push_back(field);
    }
    file.seek(headerLength);
    const quint32 toRead = std::min<quint32>(recordCount, static_cast<quint32>(maxRecords));
    for (quint32 i = 0; i < toRead; ++i) {
        QByteArray record = file.read(recordLength);
        if (record.size() < recordLength)
            break;
        table.records.push_back(record.mid(1));
    }
    return table;
}

QByteArray fieldBytes(const QByteArray& record, const DbfField& field) {
    QByteArray value = record.mid(field.offset, field.length);
    // DBF text is space-padded on the right; some writers pad with NUL.
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\0'))
        value.chop(1);
    return value;
}

QString readCpg(const QString& path) {
    const QString cpg = ShapefileEncoding::siblingFile(path, QStringLiteral("cpg"));
    if (cpg.isEmpty())
        return {};
    QFile file(cpg);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(256)).trimmed();
}

} // namespace

bool ShapefileEncoding::isShapefile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf") || suffix == QLatin1String("shx");
}

QString ShapefileEncoding::siblingFile(const QString& path, const QString& suffix) {
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QDir dir = info.dir();
    for (const QString& candidate : {suffix.toLower(), suffix.toUpper()}) {
        const QString p = dir.filePath(base + QLatin1Char('.') + candidate);
        if (QFileInfo::exists(p))
            return p;
    }
    return {};
}

QString ShapefileEncoding::encodingFromCpg(const QString& cpgText) {
    const QString canonical = TextDecoding::canonicalEncoding(cpgText);
    if (canonical.isEmpty())
        return {};
    // Accept only names we can name to GDAL; anything else is reported and falls through.
    static const QStringList known{QStringLiteral("UTF-8"),      QStringLiteral("CP936"),
                                   QStringLiteral("GB18030"),    QStringLiteral("CP950"),
                                   QStringLiteral("ISO-8859-1"), QStringLiteral("CP1252")};
    return known.contains(canonical) ? canonical : QString();
}

QString ShapefileEncoding::encodingFromLanguageDriver(int languageDriverId) {
    switch (languageDriverId) {
    case 0x4D: // 77: Chinese GBK (PRC), code page 936
    case 0x7A: // 122: PRC GBK, code page 936
        return QStringLiteral("CP936");
    case 0x4F: // 79: Big5 (Taiwan), code page 950
    case 0x78: // 120: Taiwan Big5, code page 950
        return QStringLiteral("CP950");
    case 0x03: // 3: Windows ANSI (Latin-1)
        return QStringLiteral("CP1252");
    default:
        // 0 = not set; 0x57 (87) = "current ANSI code page" of the writer's machine (GBK on Chinese
        // Windows, CP1252 elsewhere): neither tells us anything, so the bytes decide.
        return {};
    }
}

core::Result<EncodingDetection> ShapefileEncoding::detect(const QString& path) {
    const QString dbf = siblingFile(path, QStringLiteral("dbf"));
    if (dbf.isEmpty())
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "the shapefile has no .dbf file").toStdString(),
                     ErrorLocation{QDir::toNativeSeparators(path).toStdString()});
    auto table = readDbf(dbf, 2000);
    if (table.hasError())
        return table.error();
    EncodingDetection result;
    result.languageDriverId = table.value().languageDriverId;
    result.cpgText = readCpg(path);

    if (!result.cpgText.isEmpty()) {
        const QString fromCpg = encodingFromCpg(result.cpgText);
        if (!fromCpg.isEmpty()) {
            result.encoding = fromCpg;
            result.source = EncodingSource::CpgFile;
            result.detail = QCoreApplication::translate("geo", "encoding %1 from the .cpg file").arg(fromCpg);
            return result;
        }
    }
    const QString fromLdid = encodingFromLanguageDriver(result.languageDriverId);
    if (!fromLdid.isEmpty()) {
        result.encoding = fromLdid;
        result.source = EncodingSource::LanguageDriverByte;
        result.detail = QCoreApplication::translate("geo", "encoding %1 from the DBF language byte (%2)")
                            .arg(fromLdid)
                            .arg(result.languageDriverId);
        return result;
    }

    QByteArray text;
    for (const QByteArray& record : table.value().records)
        for (const DbfField& field : table.value().fields)
            if (field.type == 'C')
                text += fieldBytes(record, field) + '\n';
    result.source = EncodingSource::ByteCheck;
    if (TextDecoding::isAscii(text)) {
        result.encoding = QStringLiteral("UTF-8");
        result.asciiOnly = true;
        result.detail = QCoreApplication::translate("geo", "text fields are plain ASCII; read as UTF-8");
    } else if (TextDecoding::isValidUtf8(text)) {
        result.encoding = QStringLiteral("UTF-8");
        result.detail =
            QCoreApplication::translate("geo", "no .cpg and no language byte; the text is valid UTF-8");
    } else if (TextDecoding::decode(text, QStringLiteral("CP936"))) {
        result.encoding = QStringLiteral("CP936");
        result.detail = QCoreApplication::translate(
            "geo", "no .cpg and no language byte; the text is not UTF-8 but valid GBK (CP936)");
    } else if (TextDecoding::decode(text, QStringLiteral("GB18030"))) {
        result.encoding = QStringLiteral("GB18030");
        result.detail =
            QCoreApplication::translate("geo", "no .cpg and no language byte; the text is valid GB18030");
    } else {
        result.encoding = QStringLiteral("UTF-8");
        result.source = EncodingSource::Default;
        result.detail = QCoreApplication::translate(
            "geo", "the text is neither UTF-8 nor GBK; choose the encoding by hand (--encoding)");
    }
    return result;
}

core::Result<QStringList> ShapefileEncoding::previewNames(const QString& path, const QString& encoding,
                                                          int count) {
    const QString dbf = siblingFile(path, QStringLiteral("dbf"));
    if (dbf.isEmpty())
        return Error(ErrorCode::IoError,
                     QCoreApplication::translate("geo", "the shapefile has no .dbf file").toStdString(),
                     ErrorLocation{QDir::toNativeSeparators(path).toStdString()});
    auto table = readDbf(dbf, std::max(count, 0));
    if (table.hasError())
        return table.error();
    const std::vector<DbfField>& fields = table.value().fields;
    const DbfField* nameField = nullptr;
    for (const char* wanted : {"name_zh", "name", "mc", "xzqmc"}) {
        for (const DbfField& f : fields)
            if (f.type == 'C' &&
                QString::fromLatin1(f.name).compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0)
                nameField = &f;
        if (nameField)
            break;
    }
    if (!nameField)
        for (const DbfField& f : fields)
            if (f.type == 'C') {
                nameField = &f;
                break;
            }
    QStringList names;
    if (!nameField)
        return names;
    for (const QByteArray& record : table.value().records) {
        const QByteArray bytes = fieldBytes(record, *nameField);
        if (auto decoded = TextDecoding::decode(bytes, encoding))
            names.append(*decoded);
        else
            names.append(QString::fromUtf8(bytes)); // shows U+FFFD where the bytes do not fit
    }
    return names;
}

} // namespace jieshui::geo
