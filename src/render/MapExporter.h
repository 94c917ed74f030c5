// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "render/MapDecorations.h"
#include "render/MapDocument.h"
#include "render/MapRenderer.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <optional>

class QPainter;

namespace jieshui::render {

enum class ExportFormat { Png, Svg, Pdf };

struct ExportOptions {
    QSize size = QSize(1600, 1200); ///< page size in logical pixels (PDF/SVG: 1 px = 1/96 inch)
    DecorationOptions decorations;
    RenderOptions render;
    std::optional<QRectF> extent; ///< map extent to show; the document extent when unset
    /** PNG only: image pixels per logical px, dpi / 96 (a 300-dpi A4 page: 3.125). PDF/SVG are vectors. */
    double pixelRatio = 1.0;
};

/**
 * Print-ready map pages: the same MapRenderer as the screen, plus MapDecorations, into PNG (QImage),
 * SVG (QSvgGenerator; text stays <text> in the CJK font's family) or PDF (QPdfWriter; the font subset
 * is embedded). Fails (core::Error) when no CJK font is installed rather than exporting tofu.
 */
class MapExporter {
public:
    /** From the file suffix (.png, .svg, .pdf, case-insensitive); UnsupportedFormat otherwise. */
    static core::Result<ExportFormat> formatFromPath(const QString& path);

    /** Writes the page to @p path in the format of its suffix. IoError when the file cannot be written. */
    static core::Status exportMap(const MapDocument& document, const ExportOptions& options,
                                  const QString& path);

    /** The page as an image (PNG export, previews). */
    static core::Result<QImage> renderPage(const MapDocument& document, const ExportOptions& options);

    /** Paints the whole page (background, map, decorations) on a painter in page logical pixels. */
    static void paintPage(QPainter& painter, const MapDocument& document, const ExportOptions& options,
                          const QFont& font);
};

} // namespace jieshui::render
