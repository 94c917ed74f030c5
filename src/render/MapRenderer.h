// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRect>
#include <atomic>
#include <optional>

class QPainter;

namespace jieshui::render {

struct RenderOptions {
    bool antialiasing = true;
    bool labels = true;                           ///< labels of layers whose style has labelsVisible
    QColor background = QColor(0xea, 0xf2, 0xf8); ///< sea/background colour
    /** Label font (family; sizes come from the layer styles); unset = FontResolver::cjkFont(). */
    std::optional<QFont> labelFont;
    /** Labels are drawn this many times the size their layer style gives (a stage seen across a room). */
    double labelScale = 1.0;
    /** Features whose bounds are smaller than this (logical px) on both axes are skipped. */
    double minimumFeatureSize = 0.5;

    bool operator==(const RenderOptions&) const = default;
};

/** Statistics of one render, for the status bar and benchmarks. */
struct RenderStatistics {
    int featuresDrawn = 0;
    int featuresSkipped = 0; ///< culled or sub-pixel
    qsizetype verticesDrawn = 0;
    int labelsPlaced = 0;
    bool cancelled = false;
    /** What was drawn anew (logical px): the whole output, only what changed (renderOver), or nothing. */
    QRect redrawn;
};

/** A rendered map and what it shows: the document, viewport and options it was drawn with. */
struct RenderedMap {
    QImage image;
    MapDocument document;
    MapViewport viewport;
    RenderOptions options;
};

/**
 * Draws a MapDocument for a MapViewport with QPainter. Thread-safe: const, no QPixmap or widgets, so it
 * runs on worker threads (a QGuiApplication must exist for fonts). Per feature it picks the level of
 * detail for the scale, culls by bounds, skips sub-pixel features, transforms vertices to device pixels
 * itself (dropping points that fall on the same pixel), then fills and strokes. Estimates are hatched.
 */
class MapRenderer {
public:
    explicit MapRenderer(RenderOptions options = {});

    const RenderOptions& options() const { return m_options; }

    /**
     * Renders into a new image of outputSize × devicePixelRatio pixels (ARGB32_Premultiplied, with the
     * device pixel ratio set). @p cancel, when set to true by another thread, stops early.
     */
    QImage render(const MapDocument& document, const MapViewport& viewport,
                  const std::atomic_bool* cancel = nullptr, RenderStatistics* statistics = nullptr) const;
    /**
     * As render(), but draws into @p reuse when nothing else shares it and it has the output's size and
     * format (RenderJob recycles the images the canvas has let go: a fresh 1920×1080 image costs 8 MB of
     * page faults a frame). The result is the same as render()'s.
     */
    QImage renderInto(QImage reuse, const MapDocument& document, const MapViewport& viewport,
                      const std::atomic_bool* cancel = nullptr, RenderStatistics* statistics = nullptr) const;

    /**
     * As renderInto(), drawing over @p previous: when it shows the same viewport (whole device pixels) with
     * the same options, layers, geometries and layer-wide styles, and only some polygons' fills differ (a
     * quota edit recolours a county), only the rectangle around those polygons is cleared and drawn again,
     * every layer and label clipped to it — pixel for pixel what render() draws. Anything else is drawn
     * whole, as by renderInto(). The image must be held nowhere else (see renderInto()).
     */
    QImage renderOver(RenderedMap previous, const MapDocument& document, const MapViewport& viewport,
                      const std::atomic_bool* cancel = nullptr, RenderStatistics* statistics = nullptr) const;
    /**
     * The rectangle (logical px, inside the output) that differs between @p before and @p after drawn for
     * @p viewport: empty when they draw the same; nullopt when more than polygon fills changed (layers,
     * geometries, visibility, a layer-wide style or a label's text), so that everything must be drawn.
     */
    std::optional<QRect> changedArea(const MapDocument& before, const MapDocument& after,
                                     const MapViewport& viewport) const;

    /**
     * Paints onto @p painter, whose coordinate system must be logical pixels with (0,0) at the
     * viewport's top-left (an image, or an SVG/PDF page with a window set). Fills the background.
     */
    void render(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                const std::atomic_bool* cancel = nullptr, RenderStatistics* statistics = nullptr) const;

private:
    QFont labelFont() const;
    /** Draws everything, clipped to @p area (logical px) when it is set. */
    void paint(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
               const std::atomic_bool* cancel, RenderStatistics* statistics, bool fillBackground,
               const QRect* area = nullptr) const;

    RenderOptions m_options;
};

} // namespace jieshui::render
