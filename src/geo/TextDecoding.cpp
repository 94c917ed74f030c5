// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TextDecoding.h"

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
