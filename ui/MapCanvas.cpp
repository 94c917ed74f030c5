// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapCanvas.h"

#include "render/RenderJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>
#include <QToolTip>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <cmath>

namespace jieshui::ui {

namespace {
// A press that moves less than this (logical px) is a click, not a drag.
constexpr double clickTolerance = 4.0;
// Zoom factor of one wheel notch (120 units) and of the zoom buttons.
constexpr double wheelZoomStep = 1.25;
} // namespace

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent), m_job(new render::RenderJob(this)), m_fade(new QVariantAnimation(this)) {
    m_fade->setStartValue(0.0);
    m_fade->setEndValue(1.0);
    m_fade->setDuration(easingDuration);
    m_fade->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_fade, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_fadeProgress = value.toDouble();
        update();
    });
    connect(m_fade, &QVariantAnimation::finished, this, [this] {
        m_fadeProgress = 1.0;
        m_previousImage = QImage();
        update();
    });
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    connect(m_job, &render::RenderJob::finished, this, &MapCanvas::onRenderFinished);
}

MapCanvas::~MapCanvas() {
    m_job->cancel();
}

void MapCanvas::setDocument(render::MapDocument document, bool fitExtent) {
    const bool hadDocument = m_document.layerCount() > 0;
    m_document = std::move(document);
    if (fitExtent || !hadDocument || !m_viewport.isValid())
        zoomToFullExtent();
    else
        refresh();
}

void MapCanvas::setViewport(const render::MapViewport& viewport) {
    if (!viewport.isValid())
        return;
    m_fitOnResize = false;
    m_viewport = viewport;
    update();
    refresh();
    if (!m_syncing)
        emit viewportChanged(m_viewport);
}

void MapCanvas::followViewport(const render::MapViewport& viewport) {
    m_syncing = true;
    setViewport(viewport.resized(size()));
    m_syncing = false;
}

QRectF MapCanvas::legendRect() const {
    return m_overlay.legendRect(m_document, size(), font());
}

QString MapCanvas::toolTipAt(QPointF screenPoint) const {
    const QString region = regionAt(screenPoint);
    if (region.isEmpty() || !m_toolTipProvider)
        return {};
    return m_toolTipProvider(region);
}

bool MapCanvas::isFading() const {
    return m_fade->state() == QAbstractAnimation::Running;
}

bool MapCanvas::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = legendRect().contains(help->pos()) ? QString() : toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::zoomToFullExtent() {
    m_fitOnResize = true;
    const QRectF extent = m_document.extent();
    if (extent.isEmpty() || width() <= 0 || height() <= 0)
        return;
    // The full extent fits beside the legend (lower left) rather than under it, when there is room.
    const QRectF legend = legendRect();
    const int beside = legend.isEmpty() ? 0 : int(std::ceil(legend.right()));
    if (beside > 0 && width() - beside >= width() / 2) {
        const QSize rest(width() - beside, height());
        m_viewport = render::MapViewport::fitting(extent, rest, 0.04, devicePixelRatioF())
                         .resized(size())
                         .pannedBy(QPointF(beside / 2.0, 0.0));
    } else {
        m_viewport = render::MapViewport::fitting(extent, size(), 0.04, devicePixelRatioF());
    }
    update();
    refresh();
}

void MapCanvas::zoomIn() {
    setViewport(m_viewport.zoomedBy(wheelZoomStep, rect().center()));
}

void MapCanvas::zoomOut() {
    setViewport(m_viewport.zoomedBy(1.0 / wheelZoomStep, rect().center()));
}

void MapCanvas::setLabelScale(double scale) {
    render::RenderOptions options = m_job->options();
    if (qFuzzyCompare(options.labelScale, scale))
        return;
    options.labelScale = scale;
    m_job->setOptions(options);
    refresh();
}

double MapCanvas::labelScale() const {
    return m_job->options().labelScale;
}

void MapCanvas::refresh() {
    if (!m_viewport.isValid() || m_document.layerCount() == 0)
        return;
    m_renderPending = true;
    m_job->start(m_document, m_viewport);
    emit renderingChanged(true);
}

bool MapCanvas::isRendering() const {
    return m_renderPending;
}

void MapCanvas::waitForRender() {
    m_job->waitForFinished();
    // finished() is queued to this thread: let it arrive.
    QElapsedTimer timer;
    timer.start();
    while (m_renderPending && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void MapCanvas::onRenderFinished(const QImage& image, const render::MapViewport& viewport) {
    // The same view drawn anew (another year, indicator or scenario): fade the new map in.
    const bool fade = m_easing && !m_image.isNull() && m_imageViewport.isValid() &&
                      m_imageViewport.extent() == viewport.extent() && m_image.size() == image.size();
    m_fade->stop();
    if (fade) {
        m_previousImage = m_image;
        m_fadeProgress = 0.0;
        m_fade->start();
    } else {
        m_previousImage = QImage();
        m_fadeProgress = 1.0;
    }
    m_image = image;
    m_imageViewport = viewport;
    // RenderJob reports only its latest job, so nothing else is on its way.
    m_renderPending = false;
    emit renderingChanged(false);
    update();
}

int MapCanvas::identifyLayerIndex() const {
    const int counties = m_document.indexOfRole(geo::LayerRole::Counties);
    if (counties >= 0 && m_document.layer(counties).isVisible())
        return counties;
    // Otherwise the topmost visible polygon layer whose features are linked to regions.
    for (int i = m_document.layerCount() - 1; i >= 0; --i) {
        const render::MapLayer& layer = m_document.layer(i);
        if (layer.isVisible() && layer.featureLayer().geometryKind == geo::GeometryKind::Polygon)
            return i;
    }
    return -1;
}

QString MapCanvas::regionAt(QPointF screenPoint) const {
    const int layerIndex = identifyLayerIndex();
    if (layerIndex < 0 || !m_viewport.isValid())
        return {};
    const render::MapLayer& layer = m_document.layer(layerIndex);
    const int feature =
        layer.featureAt(m_viewport.screenToMap(screenPoint), m_viewport.mapUnitsPerPixel() * 3);
    if (feature < 0)
        return {};
    return layer.featureLayer().features.at(feature).regionCode;
}

int MapCanvas::featureIndexOf(int layerIndex, const QString& regionCode) const {
    if (layerIndex < 0 || regionCode.isEmpty())
        return -1;
    const auto& features = m_document.layer(layerIndex).featureLayer().features;
    for (int i = 0; i < features.size(); ++i)
        if (features[i].regionCode == regionCode)
            return i;
    return -1;
}

void MapCanvas::setSelectedRegion(const QString& regionCode) {
    if (regionCode == m_selectedRegion)
        return;
    m_selectedRegion = regionCode;
    update();
}

void MapCanvas::drawFeatureOutline(QPainter& painter, int layerIndex, int featureIndex,
                                   const QPen& pen) const {
    const render::LayerGeometry& geometry = m_document.layer(layerIndex).geometry();
    const auto& shape = geometry.shapes().at(std::size_t(featureIndex));
    const int level = geometry.levelFor(m_viewport.mapUnitsPerPixel());
    const QTransform toScreen = m_viewport.mapToScreenTransform();
    QPainterPath path;
    for (const QPolygonF& ring : shape.levels[std::size_t(level)])
        path.addPolygon(toScreen.map(ring));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    QRegion background(rect());
    const bool showImage = !m_image.isNull() && m_imageViewport.isValid() && m_viewport.isValid();
    const QRectF target =
        showImage ? m_viewport.mapToScreen(m_imageViewport.extent()).normalized() : QRectF();
    // The map image is opaque (drawn on an opaque background): the background is filled only where the
    // image leaves the canvas bare — filling all of it first cost as much as the rest of the repaint.
    // Whole logical pixels at a whole device pixel ratio only, so no edge pixel changes.
    const double dpr = devicePixelRatioF();
    if (showImage && m_job->options().background.alpha() == 255 && dpr == std::floor(dpr)) {
        const QPoint topLeft(int(std::ceil(target.left())), int(std::ceil(target.top())));
        const QPoint bottomRight(int(std::floor(target.right())) - 1, int(std::floor(target.bottom())) - 1);
        if (bottomRight.x() >= topLeft.x() && bottomRight.y() >= topLeft.y())
            background -= QRegion(QRect(topLeft, bottomRight));
    }
    for (const QRect& bare : background)
        painter.fillRect(bare, QColor(0xea, 0xf2, 0xf8));
    if (showImage) {
        // The last image, placed where its extent lies in the current viewport (a preview while panning).
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_dragMode == DragMode::None);
        if (!m_previousImage.isNull() && m_fadeProgress < 1.0) {
            painter.drawImage(target, m_previousImage);
            painter.setOpacity(m_fadeProgress);
        }
        painter.drawImage(target, m_image);
        painter.setOpacity(1.0);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int layerIndex = identifyLayerIndex();
    if (const int hovered = featureIndexOf(layerIndex, m_hoveredRegion); hovered >= 0)
        drawFeatureOutline(painter, layerIndex, hovered, QPen(QColor(0x15, 0x65, 0xc0, 200), 2.0));
    if (const int selected = featureIndexOf(layerIndex, m_selectedRegion); selected >= 0)
        drawFeatureOutline(painter, layerIndex, selected, QPen(QColor(0x0d, 0x47, 0xa1), 3.5));
    if (m_dragMode == DragMode::Box) {
        painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.0, Qt::DashLine));
        painter.setBrush(QColor(0x15, 0x65, 0xc0, 40));
        painter.drawRect(QRectF(m_pressPosition, m_lastPosition).normalized());
    }
    m_overlay.paint(painter, m_document, m_viewport, size(), font());
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (!m_viewport.isValid() || m_fitOnResize) {
        zoomToFullExtent();
        return;
    }
    m_viewport = m_viewport.resized(size());
    refresh();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPosition = event->position();
    m_lastPosition = event->position();
    if (legendRect().contains(event->position())) {
        m_dragMode = DragMode::Legend; // the legend moves out of the way of the counties
        setCursor(Qt::SizeAllCursor);
        return;
    }
    const bool box = m_boxZoomMode || (event->modifiers() & Qt::ShiftModifier);
    m_dragMode = box ? DragMode::Box : DragMode::Pan;
    if (!box)
        setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPointF position = event->position();
    if (m_viewport.isValid())
        emit cursorMoved(m_viewport.screenToMap(position));
    if (m_dragMode == DragMode::Pan) {
        m_fitOnResize = false;
        m_viewport = m_viewport.pannedBy(position - m_lastPosition);
        m_lastPosition = position;
        update(); // the old image follows the cursor; the new one renders on release
        return;
    }
    if (m_dragMode == DragMode::Box) {
        m_lastPosition = position;
        update();
        return;
    }
    if (m_dragMode == DragMode::Legend) {
        m_overlay.moveLegend(position - m_lastPosition, size());
        m_lastPosition = position;
        update();
        return;
    }
    setCursor(legendRect().contains(position) ? Qt::SizeAllCursor : Qt::OpenHandCursor);
    const QString hovered = regionAt(position);
    if (hovered != m_hoveredRegion) {
        m_hoveredRegion = hovered;
        emit hoveredRegionChanged(hovered);
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_dragMode == DragMode::None)
        return;
    const DragMode mode = m_dragMode;
    m_dragMode = DragMode::None;
    setCursor(Qt::OpenHandCursor);
    if (mode == DragMode::Legend)
        return;
    const QPointF moved = event->position() - m_pressPosition;
    const bool isClick = std::hypot(moved.x(), moved.y()) < clickTolerance;
    if (isClick) {
        emit regionIdentified(regionAt(event->position()));
        if (mode == DragMode::Pan)
            refresh();
        update();
        return;
    }
    if (mode == DragMode::Box) {
        const QRectF box = QRectF(m_pressPosition, event->position()).normalized();
        const QRectF mapBox =
            QRectF(m_viewport.screenToMap(box.topLeft()), m_viewport.screenToMap(box.bottomRight()))
                .normalized();
        setViewport(render::MapViewport::fitting(mapBox, size(), 0.0, devicePixelRatioF()));
        return;
    }
    refresh();
    emit viewportChanged(m_viewport);
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || !m_viewport.isValid())
        return;
    setViewport(m_viewport.zoomedBy(std::pow(wheelZoomStep, notches), event->position()));
    event->accept();
}

void MapCanvas::leaveEvent(QEvent*) {
    if (!m_hoveredRegion.isEmpty()) {
        m_hoveredRegion.clear();
        emit hoveredRegionChanged(QString());
        update();
    }
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const double step = 0.2; // of the view size per arrow key
    switch (event->key()) {
    case Qt::Key_Left:
        setViewport(m_viewport.pannedBy(QPointF(width() * step, 0)));
        break;
    case Qt::Key_Right:
        setViewport(m_viewport.pannedBy(QPointF(-width() * step, 0)));
        break;
    case Qt::Key_Up:
        setViewport(m_viewport.pannedBy(QPointF(0, height() * step)));
        break;
    case Qt::Key_Down:
        setViewport(m_viewport.pannedBy(QPointF(0, -height() * step)));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace jieshui::ui
