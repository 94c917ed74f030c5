// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapOverlay.h"

#include "DomainLabels.h"

#include <QPainter>
#include <algorithm>

namespace jieshui::ui {

render::MapDecorations MapOverlay::decorations(const QFont& font) const {
    render::DecorationOptions options;
    options.language = DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
    options.northArrow = false;
    return render::MapDecorations(options, font);
}

double MapOverlay::letteringWidth(QSizeF canvasSize) const {
    // MapDecorations letters in proportion to the page: 1000 px gives 13 px legend rows (desktop), 1650 px
    // its largest, 22 px (a projector seen from the back of a room); a narrow stage map (two side by side)
    // letters in between.
    return m_large ? std::clamp(canvasSize.width() * 1.2, 1000.0, 1650.0) : 1000.0;
}

void MapOverlay::moveLegend(QPointF delta, QSizeF canvasSize) {
    m_legendOffset += QPointF(delta.x(), -delta.y());
    m_legendOffset.setX(std::clamp(m_legendOffset.x(), 0.0, std::max(0.0, canvasSize.width() - 40.0)));
    m_legendOffset.setY(std::clamp(m_legendOffset.y(), 0.0, std::max(0.0, canvasSize.height() - 40.0)));
}

QRectF MapOverlay::legendRect(const render::MapDocument& document, QSizeF canvasSize,
                              const QFont& font) const {
    if (!m_legendVisible)
        return {};
    const QSizeF size = decorations(font).legendSize(document, letteringWidth(canvasSize));
    if (size.isEmpty())
        return {};
    // Kept inside the canvas however it was dragged or the canvas resized.
    const double x = std::clamp(m_legendOffset.x(), 0.0, std::max(0.0, canvasSize.width() - size.width()));
    const double bottom =
        std::clamp(canvasSize.height() - m_legendOffset.y(), size.height(), canvasSize.height());
    return QRectF(QPointF(x, bottom - size.height()), size);
}

std::vector<render::LegendEntry> MapOverlay::legendEntries(const render::MapDocument& document,
                                                           const QFont& font) const {
    return decorations(font).legendEntries(document);
}

void MapOverlay::paint(QPainter& painter, const render::MapDocument& document,
                       const render::MapViewport& viewport, QSizeF canvasSize, const QFont& font) const {
    const render::MapDecorations deco = decorations(font);
    const QRectF mapRect(QPointF(0, 0), canvasSize);
    const double lettering = letteringWidth(canvasSize);
    if (m_schematicVisible)
        deco.paintSchematicNote(painter, document, mapRect, lettering);
    if (m_scaleBarVisible && viewport.isValid()) {
        // MapDecorations sizes the bar for the map's width: a large stage gets a large bar.
        const QRectF barRect =
            m_large
                ? mapRect
                : QRectF(mapRect.topLeft(), QSizeF(std::min(900.0, canvasSize.width()), canvasSize.height()))
                      .translated(std::max(0.0, canvasSize.width() - 900.0), 0);
        deco.paintScaleBar(painter, document, viewport, barRect);
    }
    if (const QRectF legend = legendRect(document, canvasSize, font); !legend.isEmpty())
        deco.paintLegend(painter, document, legend.topLeft(), lettering);
}

} // namespace jieshui::ui
