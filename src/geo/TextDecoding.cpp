// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TextDecoding.h"

#include <QCoreApplication>
#include <cerrno>
#include <iconv.h>
#include <vector>

namespace jieshui::geo {

bool TextDecoding::isValidUtf8(const QByteArray& bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

bool TextDecoding::isAscii(const QByteArray& bytes) {
    for (char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QString TextDecoding::canonicalEncoding(const QString& name) {
    const QString n = name.trimmed().toUpper().remove(QLatin1Char('_'));
    if (n.isEmpty())
        return {};
    if (n == QLatin1String("UTF-8") || n == QLatin1String("UTF8") || n == QLatin1String("65001"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("936") || n == QLatin1String("CP936") || n == QLatin1String("GBK") ||
        n == QLatin1String("GB2312") || n == QLatin1String("ANSI936") || n == QLatin1String("MS936") ||
        n == QLatin1String("WINDOWS-936"))
        return QStringLiteral("CP936");
    if (n == QLatin1String("GB18030") || n == QLatin1String("54936"))
        return QStringLiteral("GB18030");
    if (n == QLatin1String("950") || n == QLatin1String("CP950") || n == QLatin1String("BIG5"))
        return QStringLiteral("CP950");
    if (n == QLatin1String("LATIN1") || n == QLatin1String("ISO-8859-1") || n == QLatin1String("ISO8859-1") ||
        n == QLatin1String("28591"))
        return QStringLiteral("ISO-8859-1");
    if (n == QLatin1String("1252") || n == QLatin1String("CP1252") || n == QLatin1String("WINDOWS-1252"))
        return QStringLiteral("CP1252");
    return name.trimmed();
}

core::Result<TextDecoding::DecodedText> TextDecoding::decodeTextFile(const QByteArray& bytes,
                                                                     const std::string& displayName) {
    auto error = [&displayName](const QString& message, int line) {
        return core::Error(core::ErrorCode::ParseError, message.toStdString(),
                           {.file = displayName, .line = line});
    };
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    if (isValidUtf8(body))
        return DecodedText{QString::fromUtf8(body), QStringLiteral("UTF-8")};
    // Not UTF-8 as a whole: look line by line (no GBK or GB18030 byte is a line feed).
    int firstUtf8Line = 0;  // a line with non-ASCII text that is valid UTF-8
    int firstOtherLine = 0; // a line that is not valid UTF-8
    int firstBadGbLine = 0; // a line that is not valid GB18030 either
    const QList<QByteArray> lines = body.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (isAscii(line))
            continue;
        const int number = static_cast<int>(i) + 1;
        if (isValidUtf8(line)) {
            if (firstUtf8Line == 0)
                firstUtf8Line = number;
        } else {
            if (firstOtherLine == 0)
                firstOtherLine = number;
            if (firstBadGbLine == 0 && !decode(line, QStringLiteral("GB18030")))
                firstBadGbLine = number;
        }
    }
    if (bom || (firstUtf8Line != 0 && firstOtherLine != 0))
        return error(QCoreApplication::translate(
                         "geo", "the file mixes encodings: line %1 is UTF-8 but line %2 is not "
                                "(GBK?); save the whole file once as \"CSV UTF-8\"")
                         .arg(firstUtf8Line != 0 ? firstUtf8Line : 1)
                         .arg(firstOtherLine),
                     firstOtherLine);
    if (firstBadGbLine != 0)
        return error(QCoreApplication::translate("geo",
                                                 "line %1 is neither UTF-8 nor GBK/GB18030 text; save the "
                                                 "file as \"CSV UTF-8\"")
                         .arg(firstBadGbLine),
                     firstBadGbLine);
    auto text = decode(body, QStringLiteral("GB18030"));
    if (!text)
        return error(QCoreApplication::translate("geo", "the file is neither UTF-8 nor GBK/GB18030 text"), 1);
    return DecodedText{*text, QStringLiteral("GB18030")};
}

core::Status TextDecoding::checkShapefileEncoding(const QString& name) {
    const QString enc = canonicalEncoding(name);
    auto refuse = [&name](const char* why) {
        return core::Error(core::ErrorCode::InvalidValue,
                           QCoreApplication::translate("geo", why).arg(name).toStdString(),
                           {.field = "encoding"});
    };
    if (enc.trimmed().isEmpty())
        return refuse(QT_TRANSLATE_NOOP("geo", "the encoding \"%1\" is empty; name one (UTF-8, GBK, GB18030, "
                                               "BIG5) or leave it out to detect it"));
    if (enc.toUpper().startsWith(QLatin1String("UTF-16")) ||
        enc.toUpper().startsWith(QLatin1String("UTF-32")) || enc.toUpper().startsWith(QLatin1String("UCS")))
        return refuse(QT_TRANSLATE_NOOP("geo", "the encoding \"%1\" cannot be a shapefile's: a DBF holds "
                                               "single-byte or multi-byte ASCII-compatible text (UTF-8, GBK, "
                                               "GB18030, BIG5)"));
    iconv_t cd = iconv_open("UTF-8", enc.toLatin1().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return refuse(QT_TRANSLATE_NOOP("geo", "unknown encoding \"%1\" (try UTF-8, GBK, GB18030 or BIG5)"));
    iconv_close(cd);
    return core::okStatus();
}

std::optional<QString> TextDecoding::decode(const QByteArray& bytes, const QString& encoding) {
    const QString enc = canonicalEncoding(encoding);
    if (enc == QLatin1String("UTF-8")) {
        if (!isValidUtf8(bytes))
            return std::nullopt;
        return QString::fromUtf8(bytes);
    }
    if (enc == QLatin1String("ISO-8859-1"))
        return QString::fromLatin1(bytes);
    if (bytes.isEmpty())
        return QString();
    // glibc iconv is strict: an invalid multi-byte sequence stops it with EILSEQ.
    iconv_t cd = iconv_open("UTF-8", enc.toLatin1().constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    QByteArray input = bytes;
    std::vector<char> output(static_cast<size_t>(bytes.size()) * 4 + 16);
    char* in = input.data();
    size_t inLeft = static_cast<size_t>(input.size());
    char* out = output.data();
    size_t outLeft = output.size();
    const size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
    const bool ok = rc != static_cast<size_t>(-1) && inLeft == 0;
    iconv_close(cd);
    if (!ok)
        return std::nullopt;
    return QString::fromUtf8(output.data(), static_cast<qsizetype>(output.size() - outLeft));
}

} // namespace jieshui::geo
