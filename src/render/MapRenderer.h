// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QColor>
#include <QFont>
#include <QImage>
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
};

/** Statistics of one render, for the status bar and benchmarks. */
struct RenderStatistics {
    int featuresDrawn = 0;
    int featuresSkipped = 0; ///< culled or sub-pixel
    qsizetype verticesDrawn = 0;
    int labelsPlaced = 0;
    bool cancelled = false;
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
     * Paints onto @p painter, whose coordinate system must be logical pixels with (0,0) at the
     * viewport's top-left (an image, or an SVG/PDF page with a window set). Fills the background.
     */
    void render(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                const std::atomic_bool* cancel = nullptr, RenderStatistics* statistics = nullptr) const;

private:
    QFont labelFont() const;
    void paint(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
               const std::atomic_bool* cancel, RenderStatistics* statistics, bool fillBackground) const;

    RenderOptions m_options;
};

} // namespace jieshui::render
