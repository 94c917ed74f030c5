// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace jieshui::render {

/**
 * What part of the map is drawn at what size: a centre in display-CRS map units (EPSG:4545 metres by
 * default; x = easting), a scale in map units per logical pixel, and an output size in logical pixels
 * with a device pixel ratio. Screen y grows downwards, map y (northing) upwards. A value type.
 */
class MapViewport {
public:
    MapViewport() = default;
    MapViewport(QPointF center, double mapUnitsPerPixel, QSize outputSize, double devicePixelRatio = 1.0);

    /**
     * The viewport showing all of @p extent (map units) in @p outputSize logical pixels, with
     * @p marginFraction of the size left free on each side; the aspect ratio is kept (uniform scale).
     */
    static MapViewport fitting(const QRectF& extent, QSize outputSize, double marginFraction = 0.05,
                               double devicePixelRatio = 1.0);

    bool isValid() const { return m_mapUnitsPerPixel > 0.0 && !m_outputSize.isEmpty(); }
    QPointF center() const { return m_center; }
    double mapUnitsPerPixel() const { return m_mapUnitsPerPixel; }
    QSize outputSize() const { return m_outputSize; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    /** The visible map extent, in map units. */
    QRectF extent() const;

    /** Map units → logical pixels (origin top-left). */
    QPointF mapToScreen(QPointF mapPoint) const;
    /** Logical pixels → map units. */
    QPointF screenToMap(QPointF screenPoint) const;
    QRectF mapToScreen(const QRectF& mapRect) const;
    /** The transform of mapToScreen, for a QPainter in logical pixels. */
    QTransform mapToScreenTransform() const;

    /** Zoomed by @p factor (> 1 zooms in) keeping the map point under @p screenAnchor fixed. */
    MapViewport zoomedBy(double factor, QPointF screenAnchor) const;
    /** Moved so that the content follows a drag of @p screenDelta logical pixels. */
    MapViewport pannedBy(QPointF screenDelta) const;
    MapViewport resized(QSize outputSize) const;

    bool operator==(const MapViewport& other) const = default;

private:
    QPointF m_center;
    double m_mapUnitsPerPixel = 0.0;
    QSize m_outputSize;
    double m_devicePixelRatio = 1.0;
};

} // namespace jieshui::render
