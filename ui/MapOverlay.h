// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDecorations.h"
#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <vector>

class QPainter;

namespace jieshui::ui {

/**
 * What the map canvas draws over the map: the legend (render::MapDecorations, the very legend the exports
 * draw: verdict or graduated classes, "no quota allocated" apart from "no data", the estimate hatching), a
 * scale bar and the schematic (示意图) note. The legend can be dragged anywhere on the map and each part
 * hidden; large() letters everything for presentation mode. Positions are in canvas logical pixels.
 */
class MapOverlay {
public:
    bool isLegendVisible() const { return m_legendVisible; }
    void setLegendVisible(bool visible) { m_legendVisible = visible; }
    bool isScaleBarVisible() const { return m_scaleBarVisible; }
    void setScaleBarVisible(bool visible) { m_scaleBarVisible = visible; }
    bool isSchematicNoteVisible() const { return m_schematicVisible; }
    void setSchematicNoteVisible(bool visible) { m_schematicVisible = visible; }
    bool isLarge() const { return m_large; }
    void setLarge(bool large) { m_large = large; }
    /**
     * How many times the desktop size the large overlay is drawn: the stage sets it from its height, so a
     * 1366×768 projector letters as large, for its size, as a 1920×1080 one.
     */
    double largeScale() const { return m_largeScale; }
    void setLargeScale(double scale) { m_largeScale = scale; }

    /** Offset of the legend's lower-left corner from the canvas's lower-left corner (px, y up). */
    QPointF legendOffset() const { return m_legendOffset; }
    void setLegendOffset(QPointF offset) { m_legendOffset = offset; }
    /** Moves the legend by @p delta (screen px), kept inside a canvas of @p canvasSize. */
    void moveLegend(QPointF delta, QSizeF canvasSize);

    /** Where the legend lies on a canvas of @p canvasSize for @p document (empty when hidden or empty). */
    QRectF legendRect(const render::MapDocument& document, QSizeF canvasSize, const QFont& font) const;
    /** The legend's rows for @p document in the program's language (tests, accessibility). */
    std::vector<render::LegendEntry> legendEntries(const render::MapDocument& document,
                                                   const QFont& font) const;

    /** Paints the visible parts over a map drawn for @p viewport on a canvas of @p canvasSize. */
    void paint(QPainter& painter, const render::MapDocument& document, const render::MapViewport& viewport,
               QSizeF canvasSize, const QFont& font) const;

private:
    render::MapDecorations decorations(const QFont& font) const;
    /**
     * The legend of @p document measured for the desktop lettering. Measuring the text is what a repaint
     * spent its time on, so the last layout is kept while the legend's rows (styles, classes, titles,
     * visibility), the font and the language's heading stay the same: a quota edit that only recolours
     * counties reuses it; any change to what the legend says measures it again.
     */
    const render::LegendLayout& legendLayout(const render::MapDecorations& decorations,
                                             const render::MapDocument& document, const QFont& font) const;
    /** Where a legend of @p base size (px, desktop lettering) lies on a canvas of @p canvasSize. */
    QRectF placeLegend(QSizeF base, QSizeF canvasSize) const;
    /** How many times the desktop size everything is drawn (1 on the desktop). */
    double scale() const;

    bool m_legendVisible = true;
    bool m_scaleBarVisible = true;
    bool m_schematicVisible = true;
    bool m_large = false;
    double m_largeScale = 1.7;
    QPointF m_legendOffset{10.0, 10.0};
    // The last measured legend and the font it was measured with (the rows and heading are in it).
    mutable render::LegendLayout m_legendLayout;
    mutable QFont m_legendFont;
    mutable bool m_legendLayoutValid = false;
};

} // namespace jieshui::ui
