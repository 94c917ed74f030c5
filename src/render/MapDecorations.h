// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <vector>

class QPainter;

namespace jieshui::render {

/** What a print-ready map carries around the map itself. Empty texts are left out. */
struct DecorationOptions {
    QString title;
    QString subtitle;                        ///< e.g. "2020 · 基准情景"
    QString language = QStringLiteral("zh"); ///< "zh" or "en": legend class names and fixed notes
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    /** CRS note; empty = MapDecorations::crsNote(document.crs(), language). */
    QString crsNote;
    /** Source note; empty = document.sourceNote(). */
    QString sourceNote;
    QDate date = QDate::currentDate();
};

/** One row of a legend, as MapDecorations draws it. */
struct LegendEntry {
    enum class Kind { Heading, Fill, Line, Point, Note } kind = Kind::Fill;
    QString label;
    QBrush brush;
    QColor stroke;
    bool hatched = false; ///< drawn with the estimate hatching
    bool dotted = false;  ///< drawn with the no-data dots
    bool plain = false;   ///< a heading-like line in the normal weight (a legend note)

    bool operator==(const LegendEntry&) const = default;
};

/**
 * A legend measured for one page width: its rows, fonts and box size (px). The map canvas keeps one while
 * the rows, font and language stay the same, instead of measuring the text again on every repaint.
 */
struct LegendLayout {
    std::vector<LegendEntry> entries;
    /** Each entry's label as drawn: one line, or a long heading wrapped onto several (a row each). */
    std::vector<QStringList> lines;
    QString heading; ///< "图例" / "Legend"
    QFont font;
    QFont headingFont;
    double swatch = 0.0;
    double pad = 0.0;
    double rowHeight = 0.0;
    QSizeF size; ///< empty when there is nothing to show
};

/** A scale bar: a nice round length and its length on screen. */
struct ScaleBarGeometry {
    double lengthMetres = 0.0;
    double lengthPixels = 0.0;
    QString label; ///< "20 km", "500 m"
};

/**
 * Title, legend (for the styles of the visible layers, class names in the chosen language), scale bar
 * (metres in projected CRSs such as EPSG:4545; degrees converted at the viewport's latitude for
 * geographic ones), north arrow, CRS and source notes, date, and a prominent "示意图 schematic — not for
 * official use" note when a visible layer is schematic. Paints in page logical pixels.
 */
class MapDecorations {
public:
    MapDecorations(DecorationOptions options, QFont baseFont);

    /** Height (px) of the title band above the map for a page @p pageWidth wide; 0 without title. */
    double titleBandHeight(double pageWidth) const;
    /** @p text broken into lines no wider than @p width px in @p font (a word longer than that stays whole).
     */
    static QStringList wrapped(const QString& text, const QFont& font, double width);
    /** The page margin (px) around the map of a page @p pageWidth wide; the footer's notes start there. */
    static double pageMargin(double pageWidth);
    /**
     * Height (px) of the footer band below the map: one line of notes (CRS, source) when they fit beside
     * the date, else a line each, wrapped where one alone is wider than the page.
     */
    double footerBandHeight(const MapDocument& document, double pageWidth) const;

    /**
     * Paints everything on a page of @p pageSize where the map (drawn for @p viewport) occupies
     * @p mapRect. The legend goes to the bottom of @p legendPanel when it is valid (a side panel beside
     * the map), else inside the map's lower-left corner. The painter is in page logical pixels.
     */
    void paint(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
               const QRectF& mapRect, const QSizeF& pageSize, const QRectF& legendPanel = QRectF()) const;

    /** Size (px) of the legend box for a page @p pageWidth wide; empty when there is nothing to show. */
    QSizeF legendSize(const MapDocument& document, double pageWidth) const;
    /**
     * The legend's rows for the visible layers of @p document (without the "Legend" heading): verdict
     * classes or graduated classes per thematic layer, "no quota allocated" where a split cap leaves a
     * county out, the estimate hatching when a value is an estimate. The map canvas draws the same legend.
     */
    std::vector<LegendEntry> legendEntries(const MapDocument& document) const;
    /** The footer's notes as painted: one line, or a line per note when one line would not fit. */
    QString footerNotes(const MapDocument& document, double pageWidth) const;
    /** Paints the legend box at @p topLeft, sized as for a page @p pageWidth wide; returns its size. */
    QSizeF paintLegend(QPainter& painter, const MapDocument& document, QPointF topLeft,
                       double pageWidth) const;
    /** The legend of rows @p entries (legendEntries()) measured for a page @p pageWidth wide. */
    LegendLayout legendLayout(std::vector<LegendEntry> entries, double pageWidth) const;
    /** Paints a legend measured by legendLayout() at @p topLeft (nothing when it is empty). */
    void paintLegend(QPainter& painter, const LegendLayout& layout, QPointF topLeft) const;
    /** The legend box's heading in the legend's language ("图例" / "Legend"). */
    QString legendHeading() const;
    /** Paints the scale bar in the lower right corner of @p mapRect. */
    void paintScaleBar(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                       const QRectF& mapRect) const;
    /**
     * Paints the schematic note (示意图) in the upper left corner of @p mapRect when a visible layer is
     * schematic, lettered as for a page @p pageWidth wide; returns the note's box (empty when none).
     */
    QRectF paintSchematicNote(QPainter& painter, const MapDocument& document, const QRectF& mapRect,
                              double pageWidth) const;

    /** The largest 1-2-5 × 10ⁿ number not above @p maximum (> 0). */
    static double niceLength(double maximum);
    /**
     * The scale bar for @p viewport in @p crs not longer than @p maxPixels logical pixels. Projected CRS
     * units are taken as metres; "EPSG:4326"/"EPSG:4490" degrees are converted at the centre latitude.
     */
    static ScaleBarGeometry scaleBar(const MapViewport& viewport, const QString& crs, double maxPixels);
    /**
     * "CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)" for EPSG:4545 ("…3度带高斯-克吕格投影…" with
     * @p language "zh"), the code itself otherwise.
     */
    static QString crsNote(const QString& crs, const QString& language = QStringLiteral("en"));
    /** The translated schematic note ("示意图 — 不作为正式用图" / "Schematic — not for official use"). */
    QString schematicNote() const;

private:
    QString text(const char* english, const char* chinese) const;
    /** The legend's name of @p layer: the role's name in the legend's language for an unrenamed layer. */
    QString layerLabel(const MapLayer& layer) const;
    /** Draws the legend box of @p layout at @p topLeft (the painter's hints already set). */
    void drawLegend(QPainter& painter, const LegendLayout& layout, QPointF topLeft) const;
    void paintNorthArrow(QPainter& painter, const QRectF& mapRect) const;
    /** "Date: 2026-12-06" in the legend's language; empty without a date. */
    QString dateNote() const;
    /** Width (px) the footer's notes may take: the page inside its margins, less the date. */
    double footerTextWidth(double pageWidth) const;
    /** footerBandHeight() of notes already laid out by footerNotes(). */
    double footerHeight(const QString& notes, double pageWidth) const;

    DecorationOptions m_options;
    QFont m_font;
};

} // namespace jieshui::render
