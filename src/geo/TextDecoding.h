// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

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

    /**
     * The one encoding rule for text tables a user imports (docs/data-formats.md, "Encoding"): UTF-8 (a BOM
     * is dropped), or — as Excel on Chinese Windows saves CSV — GBK/GB18030 for the whole file. A file
     * mixing the two (UTF-8 lines and lines that are not UTF-8) is refused naming a line of each, since
     * decoding it either way turns part of it into mojibake; text valid in neither is refused at its first
     * bad line. Returns the text and the encoding used ("UTF-8" or "GB18030").
     */
    struct DecodedText {
        QString text;
        QString encoding;
    };
    static core::Result<DecodedText> decodeTextFile(const QByteArray& bytes, const std::string& displayName);

    /**
     * Refuses an encoding a user named for a shapefile's DBF that cannot be one: empty, unknown to iconv,
     * or not ASCII-compatible (UTF-16, UTF-32: a DBF's field names and numbers are single bytes).
     */
    static core::Status checkShapefileEncoding(const QString& name);
};

} // namespace jieshui::geo
