// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QFont>
#include <QStringList>

namespace jieshui::render {

/**
 * Chooses a font that can draw Chinese text. A headless machine often has none, and Qt then draws tofu
 * boxes silently; this class fails loudly instead (a core::Error), so exports never ship tofu.
 * Needs a QGuiApplication.
 */
class FontResolver {
public:
    /** The families tried by default, in order: Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, ... */
    static QStringList defaultFamilies();

    /**
     * Returns a font of the first installed family of @p families (point size @p pointSize) that has
     * glyphs for "钦州市". Error code UnsupportedFormat, naming the families tried, when none is found.
     */
    static core::Result<QFont> resolve(const QStringList& families = defaultFamilies(),
                                       double pointSize = 10.0);

    /** resolve() with the default families, cached after the first success. */
    static core::Result<QFont> cjkFont(double pointSize = 10.0);

    /**
     * The font of PDF exports: WenQuanYi Micro Hei, loaded from the file that scripts/packages.txt
     * installs (fonts-wqy-microhei), whatever else is installed. Qt writes a PDF's ToUnicode map from the
     * font's glyphs, taking the lowest code point of each glyph; fonts such as Noto Sans CJK draw 山
     * (U+5C71) and the Kangxi radical ⼭ (U+2F2D) with one glyph, so pdftotext and search would see
     * "灵⼭县" and lose digits. An error naming the package when the file is missing or aliases radicals:
     * a PDF whose text cannot be searched is not written.
     */
    static core::Result<QFont> pdfFont(double pointSize = 10.0);

    /** Where pdfFont() loads its font from (Debian's fonts-wqy-microhei). */
    static QString pdfFontFile();

    /** True when @p font draws a Kangxi radical and its unified ideograph with the same glyph. */
    static bool aliasesKangxiRadicals(const QFont& font);
};

} // namespace jieshui::render
