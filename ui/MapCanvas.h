// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MapOverlay.h"
#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QPointF>
#include <QWidget>
#include <functional>

class QVariantAnimation;

namespace jieshui::render {
class RenderJob;
}

namespace jieshui::ui {

/**
 * The map view. Shows the image a render::RenderJob draws off the UI thread and, until the next image
 * arrives, the previous one moved and scaled to the current viewport, so panning and zooming never wait.
 * Navigation: drag to pan, wheel to zoom around the cursor, Shift+drag (or box-zoom mode) to zoom to a
 * box, zoomToFullExtent(); a click identifies the region under the cursor, hovering highlights it.
 * Map coordinates are in the document's display CRS (EPSG:4545 metres by default, x = easting).
 * Over the map it draws its MapOverlay (legend, scale bar, schematic note; the legend can be dragged), and
 * hovering a region shows the tooltip the region tool-tip provider writes. With easing on (presentation)
 * a new map of the same view fades in over the previous one instead of replacing it at once.
 */
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    /** Replaces what is drawn; keeps the viewport unless @p fitExtent or there was none yet. */
    void setDocument(render::MapDocument document, bool fitExtent = false);
    const render::MapDocument& document() const { return m_document; }

    const render::MapViewport& viewport() const { return m_viewport; }
    void setViewport(const render::MapViewport& viewport);
    /** As setViewport() without announcing viewportChanged() (a synchronised map following another). */
    void followViewport(const render::MapViewport& viewport);

    /** Region code of the feature under @p screenPoint (logical pixels) on the identify layer, or empty. */
    QString regionAt(QPointF screenPoint) const;
    /** Outlines the region @p regionCode (empty clears). */
    void setSelectedRegion(const QString& regionCode);
    QString hoveredRegion() const { return m_hoveredRegion; }

    /** The legend, scale bar and schematic note drawn over the map; call update() after changing them. */
    MapOverlay& overlay() { return m_overlay; }
    const MapOverlay& overlay() const { return m_overlay; }
    /** Where the legend lies now (canvas px), empty when hidden. */
    QRectF legendRect() const;
    /** Writes the tooltip of a hovered region (its code); an empty text shows none. */
    void setRegionToolTipProvider(std::function<QString(const QString&)> provider) {
        m_toolTipProvider = std::move(provider);
    }
    /** The tooltip shown over @p screenPoint (empty outside every region). */
    QString toolTipAt(QPointF screenPoint) const;

    /** Fades each new map of the same view in over the previous one (presentation mode). */
    void setEasing(bool on) { m_easing = on; }
    /** Draws the map's labels @p scale times their size (the stage); redraws when it changes. */
    void setLabelScale(double scale);
    double labelScale() const;
    bool isEasing() const { return m_easing; }
    /** Duration of the fade (ms). */
    static constexpr int easingDuration = 450;
    /** True while a fade is running. */
    bool isFading() const;

    /** When on, a plain left drag draws a zoom box instead of panning. */
    void setBoxZoomMode(bool on) { m_boxZoomMode = on; }
    bool isBoxZoomMode() const { return m_boxZoomMode; }

    /** The last image finished by the render job (null before the first). */
    const QImage& renderedImage() const { return m_image; }
    bool isRendering() const;
    /** Blocks until the running render has finished and been shown (tests, screenshots). */
    void waitForRender();

public slots:
    void zoomToFullExtent();
    void zoomIn();
    void zoomOut();
    /** Starts a render of the current document and viewport (the previous one is cancelled). */
    void refresh();

signals:
    /** The cursor is at @p mapPoint (display CRS map units). */
    void cursorMoved(QPointF mapPoint);
    /** The user clicked on @p regionCode (empty: clicked outside every region). */
    void regionIdentified(const QString& regionCode);
    void hoveredRegionChanged(const QString& regionCode);
    /** The viewport changed by the user (pan, zoom): synchronised maps follow. */
    void viewportChanged(const jieshui::render::MapViewport& viewport);
    /** A render started (true) or finished (false): for a busy indicator. */
    void renderingChanged(bool rendering);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class DragMode { None, Pan, Box, Legend };

    int identifyLayerIndex() const;
    int featureIndexOf(int layerIndex, const QString& regionCode) const;
    void drawFeatureOutline(QPainter& painter, int layerIndex, int featureIndex, const QPen& pen) const;
    void onRenderFinished(const QImage& image, const render::MapViewport& viewport);

    render::MapDocument m_document;
    render::MapViewport m_viewport;
    render::RenderJob* m_job = nullptr;
    QImage m_image;
    render::MapViewport m_imageViewport;
    bool m_renderPending = false;
    bool m_fitOnResize = true; ///< showing the full extent untouched: a resize fits again

    DragMode m_dragMode = DragMode::None;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_boxZoomMode = false;
    QString m_hoveredRegion;
    QString m_selectedRegion;

    MapOverlay m_overlay;
    std::function<QString(const QString&)> m_toolTipProvider;
    bool m_easing = false;
    QImage m_previousImage; ///< faded out while a new map fades in
    QVariantAnimation* m_fade = nullptr;
    double m_fadeProgress = 1.0;
    bool m_syncing = false; ///< setViewport() from a synchronised map: do not echo it
};

} // namespace jieshui::ui
