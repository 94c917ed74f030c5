// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/MapDocument.h"
#include "render/MapViewport.h"

#include <QImage>
#include <QPointF>
#include <QWidget>

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

    /** Region code of the feature under @p screenPoint (logical pixels) on the identify layer, or empty. */
    QString regionAt(QPointF screenPoint) const;
    /** Outlines the region @p regionCode (empty clears). */
    void setSelectedRegion(const QString& regionCode);
    QString hoveredRegion() const { return m_hoveredRegion; }

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

private:
    enum class DragMode { None, Pan, Box };

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
};

} // namespace jieshui::ui
