// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace jieshui::geo {

/**
 * Strict byte-to-text decoding for the encodings Chinese GIS and statistics files come in.
 * Qt 6.4's QStringDecoder knows only UTF encodings and Latin-1, so GBK/GB18030/Big5 go through glibc iconv.
 */
class TextDecoding {
public:
    /** True when @p bytes is well-formed UTF-8 (an empty array is). */
    static bool isValidUtf8(const QByteArray& bytes);

    /** True when every byte is below 0x80. */
    static bool isAscii(const QByteArray& bytes);

    /**
     * Decodes @p bytes from @p encoding ("UTF-8", "CP936", "GBK", "GB18030", "BIG5", "ISO-8859-1", ...);
     * std::nullopt when a byte sequence is invalid in that encoding or the encoding is unknown.
     */
    static std::optional<QString> decode(const QByteArray& bytes, const QString& encoding);

    /** Canonical name GDAL and iconv both accept: "936"/"GBK"/"GB2312" -> "CP936", "65001"/"UTF8" -> "UTF-8".
     */
    static QString canonicalEncoding(const QString& name);
};

} // namespace jieshui::geo
