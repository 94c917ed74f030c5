// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapRenderer.h"

#include "render/FontResolver.h"
#include "render/LabelPlacer.h"
#include "render/StatusPalette.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace jieshui::render {

namespace {

/** Map → logical pixel transform, inlined (QTransform::map per point is slower for a million points). */
struct ScreenTransform {
    double scale;
    double offsetX;
    double offsetY;
    QPointF map(const QPointF& p) const { return QPointF(p.x() * scale + offsetX, offsetY - p.y() * scale); }
};

ScreenTransform screenTransform(const MapViewport& viewport) {
    const double scale = 1.0 / viewport.mapUnitsPerPixel();
    return {scale, viewport.outputSize().width() / 2.0 - viewport.center().x() * scale,
            viewport.outputSize().height() / 2.0 + viewport.center().y() * scale};
}

/** Appends the rings in logical pixels, dropping vertices closer than @p minStep px to the last kept. */
qsizetype appendRings(QPainterPath& path, const QVector<QPolygonF>& rings, const ScreenTransform& t,
                      double minStep, bool closeRings) {
    qsizetype vertices = 0;
    QPolygonF screen;
    for (const QPolygonF& ring : rings) {
        if (ring.isEmpty())
            continue;
        screen.clear();
        screen.reserve(ring.size());
        QPointF last = t.map(ring.front());
        screen.append(last);
        for (qsizetype i = 1; i < ring.size(); ++i) {
            const QPointF p = t.map(ring[i]);
            if (std::abs(p.x() - last.x()) < minStep && std::abs(p.y() - last.y()) < minStep)
                continue;
            screen.append(p);
            last = p;
        }
        if (closeRings && screen.size() < 3)
            continue; // collapsed to a point at this scale
        vertices += screen.size();
        path.addPolygon(screen);
        if (closeRings)
            path.closeSubpath();
    }
    return vertices;
}

struct FeatureFill {
    QBrush brush;
    bool estimate = false;
    bool noData = false;

    bool operator==(const FeatureFill&) const = default;
};

/**
 * What paint() reads from a layer's style that is the same for every feature. paint() reads the style only
 * through this, fillFor() and labelText(), so MapRenderer::changedArea(), comparing exactly these, cannot
 * miss a change that shows.
 */
struct LayerLook {
    QColor fillColor; ///< points
    QColor strokeColor;
    double strokeWidth = 0.0;
    double pointSize = 0.0;
    double opacity = 1.0;
    bool hatchEstimates = false;
    bool labelsVisible = false;
    double labelPointSize = 0.0;
    QColor labelColor;
    QColor haloColor;
    double haloWidth = 0.0;
    int labelPriority = 0;

    bool operator==(const LayerLook&) const = default;
};

LayerLook lookOf(const LayerStyle& style) {
    return {style.fillColor,  style.strokeColor,    style.strokeWidth,   style.pointSize,
            style.opacity,    style.hatchEstimates, style.labelsVisible, style.labelPointSize,
            style.labelColor, style.haloColor,      style.haloWidth,     style.labelPriority};
}

FeatureFill fillFor(const LayerStyle& style, const geo::Feature& feature) {
    switch (style.fillMode) {
    case FillMode::Single:
        return {style.fillColor.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(style.fillColor), false, false};
    case FillMode::Compliance: {
        const RegionResult* r = style.compliance.result(feature.regionCode);
        const core::VerdictStatus status = r ? r->status : core::VerdictStatus::NoData;
        const bool judged = status != core::VerdictStatus::NoData && status != core::VerdictStatus::NoQuota;
        return {StatusPalette::brush(status), r && r->estimate && judged, StatusPalette::isDotted(status)};
    }
    case FillMode::Graduated: {
        const std::optional<QColor> color = style.graduated.colorFor(feature.regionCode);
        const RegionResult* r = style.graduated.result(feature.regionCode);
        if (!color)
            return {StatusPalette::brush(core::VerdictStatus::NoData), false, true};
        return {QBrush(*color), r && r->estimate, false};
    }
    }
    return {};
}

QString labelText(const LayerStyle& style, const geo::Feature& feature) {
    const QString name = style.regionNames.value(feature.regionCode, feature.name);
    if (!style.valueLabels)
        return name;
    const RegionResult* r = nullptr;
    if (style.fillMode == FillMode::Compliance)
        r = style.compliance.result(feature.regionCode);
    else if (style.fillMode == FillMode::Graduated)
        r = style.graduated.result(feature.regionCode);
    if (!r || !r->value)
        return name;
    if (style.fillMode == FillMode::Graduated && style.graduated.isDiverging())
        return name + QLatin1Char(' ') + style.graduated.formatBound(*r->value);
    // "-0.00" would read as a change that is not there.
    const bool roundsToZero = std::abs(*r->value) < 0.5 * std::pow(10.0, -style.valueDecimals);
    return name + QLatin1Char(' ') +
           QString::number(roundsToZero ? 0.0 : *r->value, 'f', style.valueDecimals) + style.valueSuffix;
}

} // namespace

MapRenderer::MapRenderer(RenderOptions options) : m_options(std::move(options)) {}

QFont MapRenderer::labelFont() const {
    if (m_options.labelFont)
        return *m_options.labelFont;
    core::Result<QFont> cjk = FontResolver::cjkFont();
    return cjk.isOk() ? cjk.value() : QFont();
}

QImage MapRenderer::render(const MapDocument& document, const MapViewport& viewport,
                           const std::atomic_bool* cancel, RenderStatistics* statistics) const {
    return renderInto(QImage(), document, viewport, cancel, statistics);
}

namespace {

QSize devicePixels(const MapViewport& viewport) {
    const double dpr = viewport.devicePixelRatio();
    return {static_cast<int>(std::ceil(viewport.outputSize().width() * dpr)),
            static_cast<int>(std::ceil(viewport.outputSize().height() * dpr))};
}

/** Only an image nobody else holds: drawing into a shared one would detach (copy) it anyway. */
bool reusable(const QImage& image, const MapViewport& viewport) {
    return !image.isNull() && image.size() == devicePixels(viewport) &&
           image.format() == QImage::Format_ARGB32_Premultiplied && image.isDetached();
}

} // namespace

QImage MapRenderer::renderInto(QImage reuse, const MapDocument& document, const MapViewport& viewport,
                               const std::atomic_bool* cancel, RenderStatistics* statistics) const {
    const double dpr = viewport.devicePixelRatio();
    QImage image = reusable(reuse, viewport)
                       ? std::move(reuse)
                       : QImage(devicePixels(viewport), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    // QImage::fill is a plain memory fill, several times faster than an antialiased fillRect.
    image.fill(m_options.background);
    QPainter painter(&image);
    paint(painter, document, viewport, cancel, statistics, false);
    return image;
}

QImage MapRenderer::renderOver(RenderedMap previous, const MapDocument& document, const MapViewport& viewport,
                               const std::atomic_bool* cancel, RenderStatistics* statistics) const {
    // Clipping to whole device pixels keeps every pixel inside exactly as a full render draws it.
    const double dpr = viewport.devicePixelRatio();
    const bool sameView = viewport.isValid() && previous.viewport == viewport &&
                          previous.options == m_options && dpr == std::round(dpr) &&
                          reusable(previous.image, viewport);
    const std::optional<QRect> area =
        sameView ? changedArea(previous.document, document, viewport) : std::nullopt;
    if (!area)
        return renderInto(std::move(previous.image), document, viewport, cancel, statistics);
    QImage image = std::move(previous.image);
    if (area->isEmpty()) {
        if (statistics)
            *statistics = {};
        return image;
    }
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(*area, m_options.background);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    paint(painter, document, viewport, cancel, statistics, false, &*area);
    return image;
}

std::optional<QRect> MapRenderer::changedArea(const MapDocument& before, const MapDocument& after,
                                              const MapViewport& viewport) const {
    if (before.layerCount() != after.layerCount())
        return std::nullopt;
    const ScreenTransform transform = screenTransform(viewport);
    QRectF changed;
    for (int i = 0; i < after.layerCount(); ++i) {
        const MapLayer& was = before.layer(i);
        const MapLayer& is = after.layer(i);
        if (was.sharedGeometry() != is.sharedGeometry() || was.isVisible() != is.isVisible())
            return std::nullopt;
        if (!is.isVisible())
            continue;
        if (!(lookOf(was.style()) == lookOf(is.style())))
            return std::nullopt;
        const geo::FeatureLayer& features = is.featureLayer();
        // A label of new text may be placed elsewhere and move others: everything is drawn again.
        if (m_options.labels && is.style().labelsVisible)
            for (const geo::Feature& feature : features.features)
                if (!feature.name.isEmpty() &&
                    labelText(was.style(), feature) != labelText(is.style(), feature))
                    return std::nullopt;
        if (features.geometryKind != geo::GeometryKind::Polygon)
            continue; // lines and points are drawn from the layer-wide style alone
        // Antialiased edges and the outline reach a little past the bounds.
        const double grow = std::max(is.style().strokeWidth, 1.0) + 2.0;
        for (qsizetype f = 0; f < features.features.size(); ++f) {
            const geo::Feature& feature = features.features[f];
            if (fillFor(was.style(), feature) == fillFor(is.style(), feature))
                continue;
            const QRectF& bounds = is.geometry().shapes()[static_cast<std::size_t>(f)].bounds;
            changed |= QRectF(transform.map(bounds.topLeft()), transform.map(bounds.bottomRight()))
                           .normalized()
                           .adjusted(-grow, -grow, grow, grow);
        }
    }
    return changed.toAlignedRect() & QRect(QPoint(0, 0), viewport.outputSize());
}

void MapRenderer::render(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                         const std::atomic_bool* cancel, RenderStatistics* statistics) const {
    paint(painter, document, viewport, cancel, statistics, true);
}

void MapRenderer::paint(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                        const std::atomic_bool* cancel, RenderStatistics* statistics, bool fillBackground,
                        const QRect* area) const {
    RenderStatistics local;
    RenderStatistics& stats = statistics ? *statistics : local;
    stats = {};
    if (!viewport.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, m_options.antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing, m_options.antialiasing);
    const QRectF screenRect(QPointF(0.0, 0.0), QSizeF(viewport.outputSize()));
    if (fillBackground)
        painter.fillRect(screenRect, m_options.background);
    stats.redrawn = area ? *area & screenRect.toRect() : screenRect.toRect();
    painter.setClipRect(area ? QRectF(stats.redrawn) : screenRect);

    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    const ScreenTransform transform = screenTransform(viewport);
    const double minStep = 0.5 / viewport.devicePixelRatio();
    const QRectF visibleExtent = viewport.extent();
    const double mapUnitsPerPixel = viewport.mapUnitsPerPixel();
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    struct LayerLabels {
        LayerLook look;
        std::vector<LabelCandidate> candidates;
    };
    std::vector<LayerLabels> labels;

    for (const MapLayer& layer : document.layers()) {
        if (!layer.isVisible())
            continue;
        const LayerGeometry& geometry = layer.geometry();
        const LayerStyle& style = layer.style(); // per feature, through fillFor() and labelText() only
        const LayerLook look = lookOf(style);
        const geo::FeatureLayer& features = geometry.layer();
        const int level = geometry.levelFor(mapUnitsPerPixel);
        const bool polygons = features.geometryKind == geo::GeometryKind::Polygon;
        const bool points = features.geometryKind == geo::GeometryKind::Point;
        // Points and line widths reach outside the feature bounds: grow the cull rect by the symbol size.
        const double grow = (std::max(look.pointSize, look.strokeWidth) + 2.0) * mapUnitsPerPixel;
        const std::vector<int> visible =
            geometry.index().candidatesIn(visibleExtent.adjusted(-grow, -grow, grow, grow));

        painter.setOpacity(look.opacity);
        // On screen and in images a stroke of at most 1.25 device pixels is drawn as a 1-pixel antialiased
        // hairline by Qt's cosmetic stroker. Wider pens Qt rasterises as filled outlines: the six 1.2 px
        // basin outlines of Qinzhou cost 5 ms a redraw that way, 0.15 ms as hairlines (docs/benchmarks.md).
        // PDF and SVG keep the styled width (a hairline there is the printer's thinnest dot).
        const bool hairline =
            raster && look.strokeWidth * viewport.devicePixelRatio() <= 1.25 && look.strokeWidth > 0.0;
        QPen pen(look.strokeColor, hairline ? 0.0 : look.strokeWidth);
        pen.setCosmetic(hairline);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setCapStyle(Qt::RoundCap);
        const QPen strokePen = look.strokeWidth > 0.0 && look.strokeColor.alpha() > 0 ? pen : QPen(Qt::NoPen);
        LayerLabels layerLabels{look, {}};
        int counter = 0;
        for (const int index : visible) {
            if ((++counter & 63) == 0 && cancelled()) {
                stats.cancelled = true;
                painter.restore();
                return;
            }
            const LayerGeometry::FeatureShape& shape = geometry.shapes()[static_cast<std::size_t>(index)];
            const geo::Feature& feature = features.features[index];
            const double widthPx = shape.bounds.width() / mapUnitsPerPixel;
            const double heightPx = shape.bounds.height() / mapUnitsPerPixel;
            if (!points && widthPx < m_options.minimumFeatureSize &&
                heightPx < m_options.minimumFeatureSize) {
                ++stats.featuresSkipped;
                continue;
            }
            if (points) {
                painter.setPen(strokePen);
                painter.setBrush(look.fillColor);
                for (const QPolygonF& part : feature.rings) {
                    for (const QPointF& p : part) {
                        painter.drawEllipse(transform.map(p), look.pointSize / 2.0, look.pointSize / 2.0);
                        ++stats.verticesDrawn;
                    }
                }
            } else {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                stats.verticesDrawn += appendRings(path, shape.levels[static_cast<std::size_t>(level)],
                                                   transform, minStep, polygons);
                if (path.isEmpty()) {
                    ++stats.featuresSkipped;
                    continue;
                }
                if (polygons) {
                    const FeatureFill fill = fillFor(style, feature);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(fill.brush);
                    if (fill.brush.style() != Qt::NoBrush)
                        painter.drawPath(path);
                    // Dots and hatching are pixel patterns: filled without antialiasing, at half the cost.
                    const bool patterned = fill.noData || (fill.estimate && look.hatchEstimates);
                    if (patterned)
                        painter.setRenderHint(QPainter::Antialiasing, false);
                    if (fill.noData)
                        painter.fillPath(path, QBrush(QColor(0x80, 0x80, 0x80), Qt::Dense6Pattern));
                    if (fill.estimate && look.hatchEstimates)
                        painter.fillPath(path, QBrush(QColor(0x30, 0x30, 0x30, 130), Qt::BDiagPattern));
                    if (patterned)
                        painter.setRenderHint(QPainter::Antialiasing, m_options.antialiasing);
                    painter.strokePath(path, strokePen);
                } else {
                    painter.strokePath(path, strokePen);
                }
            }
            ++stats.featuresDrawn;
            if (m_options.labels && look.labelsVisible && !feature.name.isEmpty()) {
                const QPointF anchor = transform.map(shape.labelPoint);
                if (screenRect.contains(anchor))
                    layerLabels.candidates.push_back({labelText(style, feature), anchor, look.labelPriority,
                                                      widthPx * heightPx,
                                                      points ? look.pointSize / 2.0 + 2.0 : 0.0});
            }
        }
        if (!layerLabels.candidates.empty())
            labels.push_back(std::move(layerLabels));
    }
    painter.setOpacity(1.0);

    if (!labels.empty()) {
        // Higher-priority layers place their labels first; later ones avoid them.
        std::stable_sort(labels.begin(), labels.end(), [](const LayerLabels& a, const LayerLabels& b) {
            return a.look.labelPriority > b.look.labelPriority;
        });
        const QFont baseFont = labelFont();
        std::vector<QRectF> taken;
        for (const LayerLabels& layerLabels : labels) {
            const LayerLook& look = layerLabels.look;
            QFont font = baseFont;
            // Points at 96 dpi in logical px: a point size would grow with the device (a 1200-dpi printer, a
            // 300-dpi PDF) while the painter already scales logical px to it.
            font.setPixelSize(std::max(
                1, static_cast<int>(std::lround(look.labelPointSize * m_options.labelScale * 96.0 / 72.0))));
            const LabelPlacer placer(font);
            const std::vector<PlacedLabel> placed = placer.place(layerLabels.candidates, screenRect, taken);
            painter.setFont(font);
            for (const PlacedLabel& label : placed) {
                taken.push_back(label.box);
                if (raster) {
                    // On images the halo is the text drawn around itself: glyphs are cached, so this is
                    // far cheaper than stroking outlines. The text is shaped once for its nine drawings
                    // (drawText would shape it each time): the same glyphs at the same places.
                    QTextLayout layout(label.text, font);
                    layout.beginLayout();
                    const QTextLine line = layout.createLine();
                    layout.endLayout();
                    const QList<QGlyphRun> runs = layout.glyphRuns();
                    const QPointF topLeft = label.baseline - QPointF(0.0, line.ascent());
                    const auto draw = [&](QPointF at) {
                        for (const QGlyphRun& run : runs)
                            painter.drawGlyphRun(at, run);
                    };
                    if (look.haloWidth > 0.0) {
                        painter.setPen(look.haloColor);
                        const double w = look.haloWidth * 0.8;
                        for (const QPointF& offset :
                             {QPointF(-w, 0), QPointF(w, 0), QPointF(0, -w), QPointF(0, w), QPointF(-w, -w),
                              QPointF(w, w), QPointF(-w, w), QPointF(w, -w)})
                            draw(topLeft + offset);
                    }
                    painter.setPen(look.labelColor);
                    draw(topLeft);
                    continue;
                }
                if (look.haloWidth > 0.0) {
                    // In PDF/SVG the halo is the stroked outline, so the label stays one searchable text.
                    QPainterPath outline;
                    outline.addText(label.baseline, font, label.text);
                    QPen haloPen(look.haloColor, look.haloWidth * 2.0);
                    haloPen.setJoinStyle(Qt::RoundJoin);
                    painter.strokePath(outline, haloPen);
                }
                painter.setPen(look.labelColor);
                painter.drawText(label.baseline, label.text);
            }
            stats.labelsPlaced += static_cast<int>(placed.size());
        }
    }
    painter.restore();
}

} // namespace jieshui::render
