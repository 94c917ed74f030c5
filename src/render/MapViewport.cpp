// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapViewport.h"

#include <algorithm>

namespace jieshui::render {

MapViewport::MapViewport(QPointF center, double mapUnitsPerPixel, QSize outputSize, double devicePixelRatio)
    : m_center(center), m_mapUnitsPerPixel(mapUnitsPerPixel), m_outputSize(outputSize),
      m_devicePixelRatio(devicePixelRatio > 0.0 ? devicePixelRatio : 1.0) {}

MapViewport MapViewport::fitting(const QRectF& extent, QSize outputSize, double marginFraction,
                                 double devicePixelRatio) {
    const QRectF box = extent.normalized();
    const double usableWidth = outputSize.width() * (1.0 - 2.0 * marginFraction);
    const double usableHeight = outputSize.height() * (1.0 - 2.0 * marginFraction);
    if (usableWidth <= 0.0 || usableHeight <= 0.0)
        return MapViewport(box.center(), 0.0, outputSize, devicePixelRatio);
    // An empty extent (one point) still gets a usable scale.
    const double width = box.width() > 0.0 ? box.width() : 1.0;
    const double height = box.height() > 0.0 ? box.height() : 1.0;
    const double scale = std::max(width / usableWidth, height / usableHeight);
    return MapViewport(box.center(), scale, outputSize, devicePixelRatio);
}

QRectF MapViewport::extent() const {
    const double width = m_outputSize.width() * m_mapUnitsPerPixel;
    const double height = m_outputSize.height() * m_mapUnitsPerPixel;
    return QRectF(m_center.x() - width / 2.0, m_center.y() - height / 2.0, width, height);
}

QPointF MapViewport::mapToScreen(QPointF mapPoint) const {
    return QPointF((mapPoint.x() - m_center.x()) / m_mapUnitsPerPixel + m_outputSize.width() / 2.0,
                   (m_center.y() - mapPoint.y()) / m_mapUnitsPerPixel + m_outputSize.height() / 2.0);
}

QPointF MapViewport::screenToMap(QPointF screenPoint) const {
    return QPointF(m_center.x() + (screenPoint.x() - m_outputSize.width() / 2.0) * m_mapUnitsPerPixel,
                   m_center.y() - (screenPoint.y() - m_outputSize.height() / 2.0) * m_mapUnitsPerPixel);
}

QRectF MapViewport::mapToScreen(const QRectF& mapRect) const {
    return QRectF(mapToScreen(mapRect.topLeft()), mapToScreen(mapRect.bottomRight())).normalized();
}

QTransform MapViewport::mapToScreenTransform() const {
    const double s = 1.0 / m_mapUnitsPerPixel;
    return QTransform(s, 0.0, 0.0, -s, m_outputSize.width() / 2.0 - m_center.x() * s,
                      m_outputSize.height() / 2.0 + m_center.y() * s);
}

MapViewport MapViewport::zoomedBy(double factor, QPointF screenAnchor) const {
    if (factor <= 0.0)
        return *this;
    const QPointF anchor = screenToMap(screenAnchor);
    MapViewport zoomed = *this;
    zoomed.m_mapUnitsPerPixel = m_mapUnitsPerPixel / factor;
    // Keep the anchor's map point under the same pixel.
    const QPointF moved = zoomed.screenToMap(screenAnchor);
    zoomed.m_center += anchor - moved;
    return zoomed;
}

MapViewport MapViewport::pannedBy(QPointF screenDelta) const {
    MapViewport panned = *this;
    panned.m_center -= QPointF(screenDelta.x() * m_mapUnitsPerPixel, -screenDelta.y() * m_mapUnitsPerPixel);
    return panned;
}

MapViewport MapViewport::resized(QSize outputSize) const {
    MapViewport copy = *this;
    copy.m_outputSize = outputSize;
    return copy;
}

} // namespace jieshui::render
