// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <optional>

namespace jieshui::output {

/** A map page: paper (A4/A3, portrait/landscape) or a size in pixels, and the PNG resolution. */
class PageSetup {
public:
    /** A paper's size in logical px (1 px = 1/96 in, what render::ExportOptions::size takes). */
    static QSize paperPixels(QPageSize::PageSizeId paper, QPageLayout::Orientation orientation);
    /**
     * Parses "A4", "A3", "A4-landscape", "a3-portrait" (portrait by default); nullopt for anything else.
     */
    static std::optional<QSize> parsePaper(const QString& spec);
    /** render::ExportOptions::pixelRatio for a PNG at @p dpi (96 dpi: 1). */
    static double pixelRatio(int dpi) { return dpi / 96.0; }
};

} // namespace jieshui::output
