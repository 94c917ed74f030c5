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
     * A CJK font safe for PDF text extraction. Qt writes a PDF's ToUnicode map from the font's glyphs,
     * taking the lowest code point of each glyph; fonts such as Noto Sans CJK draw 山 (U+5C71) and the
     * Kangxi radical ⼭ (U+2F2D) with one glyph, so pdftotext and search would see "灵⼭县". This prefers
     * the first default family whose radicals have their own glyphs (e.g. Droid Sans Fallback), and falls
     * back to cjkFont() when there is none.
     */
    static core::Result<QFont> pdfFont(double pointSize = 10.0);

    /** True when @p font draws a Kangxi radical and its unified ideograph with the same glyph. */
    static bool aliasesKangxiRadicals(const QFont& font);
};

} // namespace jieshui::render
