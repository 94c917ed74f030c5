// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace jieshui::geo {

/** Where a shapefile's text encoding came from, in the order the detection tries them. */
enum class EncodingSource {
    UserOverride,       ///< the user named it (ReadOptions::encoding, --encoding)
    CpgFile,            ///< the .cpg side file
    LanguageDriverByte, ///< the DBF language driver id (LDID, byte 29), e.g. 77 = CP936
    ByteCheck,          ///< the DBF's text bytes decode as UTF-8, else as GBK
    Default             ///< nothing to go by (no text or undecodable): UTF-8 assumed
};

/** The outcome of detecting a shapefile's DBF encoding. */
struct EncodingDetection {
    QString encoding; ///< name GDAL's ENCODING open option takes: "UTF-8", "CP936", ...
    EncodingSource source = EncodingSource::Default;
    int languageDriverId = 0; ///< DBF byte 29 as read
    QString cpgText;          ///< the .cpg content, trimmed, when there is one
    bool asciiOnly = false;   ///< the text fields hold only ASCII: any encoding reads them
    QString detail;           ///< a translated sentence for the import report
};

/**
 * Detects the text encoding of a shapefile's DBF: the .cpg first, then the language driver byte,
 * then a check of the raw bytes of the text fields (valid UTF-8, else valid GBK/GB18030).
 * Reads the DBF directly (no GDAL), so the bytes are the file's own.
 */
class ShapefileEncoding {
public:
    /** Detects the encoding of the shapefile at @p path (.shp or .dbf; case of the extension free). */
    static core::Result<EncodingDetection> detect(const QString& path);

    /**
     * Decodes up to @p count values of the name-like text field (name_zh, name, NAME, else the first
     * text field) with @p encoding, for the user to check before import. Undecodable values come back
     * with U+FFFD replacement characters in place of the bad bytes.
     */
    static core::Result<QStringList> previewNames(const QString& path, const QString& encoding,
                                                  int count = 5);

    /** The encoding a .cpg text names ("UTF-8", "936", "GBK", ...), or empty when unknown. */
    static QString encodingFromCpg(const QString& cpgText);

    /** The encoding a DBF language driver id names (77 -> CP936), or empty when none or ambiguous (0, 87). */
    static QString encodingFromLanguageDriver(int languageDriverId);

    /** The file with suffix @p suffix next to @p path (same base name, either extension case), or empty when
     * there is none. */
    static QString siblingFile(const QString& path, const QString& suffix);

    /** True when @p path names a shapefile (.shp/.dbf/.shx, any case). */
    static bool isShapefile(const QString& path);
};

} // namespace jieshui::geo
