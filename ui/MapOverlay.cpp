// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapOverlay.h"

#include "DomainLabels.h"

#include <QPainter>
#include <algorithm>

namespace jieshui::ui {

namespace {
// The page width the decorations letter for on the desktop (13 px legend rows).
constexpr double kLettering = 1000.0;
} // namespace

render::MapDecorations MapOverlay::decorations(const QFont& font) const {
    render::DecorationOptions options;
    options.language = DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
    options.northArrow = false;
    return render::MapDecorations(options, font);
}

double MapOverlay::scale() const {
    // The decorations keep their desktop layout (1000 px lettering: 13 px legend rows) and are magnified on
    // the stage, so their size follows the stage rather than the exports' page rule (which stops at 22 px).
    return m_large ? std::clamp(m_largeScale, 1.0, 4.0) : 1.0;
}

void MapOverlay::moveLegend(QPointF delta, QSizeF canvasSize) {
    m_legendOffset += QPointF(delta.x(), -delta.y());
    m_legendOffset.setX(std::clamp(m_legendOffset.x(), 0.0, std::max(0.0, canvasSize.width() - 40.0)));
    m_legendOffset.setY(std::clamp(m_legendOffset.y(), 0.0, std::max(0.0, canvasSize.height() - 40.0)));
}

const render::LegendLayout& MapOverlay::legendLayout(const render::MapDecorations& decorations,
                                                     const render::MapDocument& document,
                                                     const QFont& font) const {
    std::vector<render::LegendEntry> entries = decorations.legendEntries(document);
    if (!m_legendLayoutValid || entries != m_legendLayout.entries || font != m_legendFont ||
        decorations.legendHeading() != m_legendLayout.heading) {
        m_legendLayout = decorations.legendLayout(std::move(entries), kLettering);
        m_legendFont = font;
        m_legendLayoutValid = true;
    }
    return m_legendLayout;
}

QRectF MapOverlay::placeLegend(QSizeF base, QSizeF canvasSize) const {
    if (base.isEmpty())
        return {};
    // As large as the stage asks, but never covering more than 62 % of the map's height or 45 % of its width
    // (two maps side by side keep theirs near the desktop size).
    const double f = std::max(1.0, std::min({scale(), 0.62 * canvasSize.height() / base.height(),
                                             0.45 * canvasSize.width() / base.width()}));
    const QSizeF size = base * f;
    // Kept inside the canvas however it was dragged or the canvas resized.
    const double x = std::clamp(m_legendOffset.x(), 0.0, std::max(0.0, canvasSize.width() - size.width()));
    const double bottom =
        std::clamp(canvasSize.height() - m_legendOffset.y(), size.height(), canvasSize.height());
    return QRectF(QPointF(x, bottom - size.height()), size);
}

QRectF MapOverlay::legendRect(const render::MapDocument& document, QSizeF canvasSize,
                              const QFont& font) const {
    if (!m_legendVisible)
        return {};
    return placeLegend(legendLayout(decorations(font), document, font).size, canvasSize);
}

std::vector<render::LegendEntry> MapOverlay::legendEntries(const render::MapDocument& document,
                                                           const QFont& font) const {
    return decorations(font).legendEntries(document);
}

void MapOverlay::paint(QPainter& painter, const render::MapDocument& document,
                       const render::MapViewport& viewport, QSizeF canvasSize, const QFont& font) const {
    const render::MapDecorations deco = decorations(font);
    const QRectF mapRect(QPointF(0, 0), canvasSize);
    const double f = scale();
    if (m_schematicVisible) {
        painter.save();
        painter.scale(f, f);
        deco.paintSchematicNote(painter, document, QRectF(QPointF(0, 0), canvasSize / f), kLettering);
        painter.restore();
    }
    if (m_scaleBarVisible && viewport.isValid()) {
        // Drawn unscaled (its length is map pixels); MapDecorations sizes the bar and its figures for the
        // map's width: a large stage gets a large bar.
        const QRectF barRect =
            m_large
                ? mapRect
                : QRectF(mapRect.topLeft(), QSizeF(std::min(900.0, canvasSize.width()), canvasSize.height()))
                      .translated(std::max(0.0, canvasSize.width() - 900.0), 0);
        deco.paintScaleBar(painter, document, viewport, barRect);
    }
    if (!m_legendVisible)
        return;
    const render::LegendLayout& layout = legendLayout(deco, document, font);
    if (const QRectF legend = placeLegend(layout.size, canvasSize); !legend.isEmpty()) {
        painter.save();
        const double legendScale = legend.width() / layout.size.width();
        painter.translate(legend.topLeft());
        painter.scale(legendScale, legendScale);
        deco.paintLegend(painter, layout, QPointF(0, 0));
        painter.restore();
    }
}

} // namespace jieshui::ui
