// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapExporter.h"

#include "render/FontResolver.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>

namespace jieshui::render {

namespace {

constexpr int kDotsPerInch = 96; // 1 logical px = 1/96 in, as on screen

core::Error ioError(const QString& path, const QString& what) {
    return core::Error(core::ErrorCode::IoError, what.toStdString(), core::ErrorLocation{path.toStdString()});
}

} // namespace

core::Result<ExportFormat> MapExporter::formatFromPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return core::Error(core::ErrorCode::UnsupportedFormat,
                       "unknown map format '" + suffix.toStdString() + "' (use .png, .svg or .pdf)",
                       core::ErrorLocation{path.toStdString()});
}

void MapExporter::paintPage(QPainter& painter, const MapDocument& document, const ExportOptions& options,
                            const QFont& font) {
    const QSizeF page(options.size);
    const MapDecorations decorations(options.decorations, font);
    const double margin = MapDecorations::pageMargin(page.width());
    const double top = decorations.titleBandHeight(page.width());
    const double bottom = decorations.footerBandHeight(document, page.width());
    QRectF mapRect(margin, std::max(margin, top), page.width() - 2.0 * margin,
                   page.height() - std::max(margin, top) - bottom);
    // Landscape pages get the legend in a side panel so it hides no part of the map.
    QRectF legendPanel;
    if (options.decorations.legend && page.width() > page.height() * 1.1) {
        const QSizeF legend = decorations.legendSize(document, page.width());
        if (!legend.isEmpty() && legend.width() < mapRect.width() * 0.35 &&
            legend.height() < mapRect.height()) {
            mapRect.setWidth(mapRect.width() - legend.width() - margin);
            legendPanel = QRectF(mapRect.right() + margin, mapRect.top(), legend.width(), mapRect.height());
        }
    }
    painter.fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    if (mapRect.width() < 10.0 || mapRect.height() < 10.0)
        return;

    const QRectF extent = options.extent.value_or(document.extent());
    const MapViewport viewport = MapViewport::fitting(extent, mapRect.size().toSize(), 0.04);
    RenderOptions renderOptions = options.render;
    if (!renderOptions.labelFont)
        renderOptions.labelFont = font;
    const MapRenderer renderer(renderOptions);
    painter.save();
    painter.translate(mapRect.topLeft());
    renderer.render(painter, document, viewport);
    painter.restore();
    decorations.paint(painter, document, viewport, mapRect, page, legendPanel);
}

core::Result<QImage> MapExporter::renderPage(const MapDocument& document, const ExportOptions& options) {
    core::Result<QFont> font = FontResolver::cjkFont();
    if (font.hasError())
        return font.error();
    if (options.size.isEmpty())
        return core::Error(core::ErrorCode::InvalidValue, "map size must be positive");
    const double ratio = std::clamp(options.pixelRatio, 0.25, 16.0);
    QImage image((QSizeF(options.size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    // The painter works in logical px, scaled to the image's ratio × as many pixels (its dpi says so). An
    // explicit scale rather than the image's devicePixelRatio, which QPainter ignores below 1 (previews).
    image.setDotsPerMeterX(static_cast<int>(kDotsPerInch * ratio / 0.0254 + 0.5));
    image.setDotsPerMeterY(static_cast<int>(kDotsPerInch * ratio / 0.0254 + 0.5));
    QPainter painter(&image);
    painter.scale(ratio, ratio);
    paintPage(painter, document, options, font.value());
    painter.end();
    return image;
}

core::Status MapExporter::exportMap(const MapDocument& document, const ExportOptions& options,
                                    const QString& path) {
    core::Result<ExportFormat> format = formatFromPath(path);
    if (format.hasError())
        return format.error();
    // PDF text must extract as the right code points (see FontResolver::pdfFont).
    core::Result<QFont> font =
        format.value() == ExportFormat::Pdf ? FontResolver::pdfFont() : FontResolver::cjkFont();
    if (font.hasError())
        return font.error();
    if (options.size.isEmpty())
        return core::Error(core::ErrorCode::InvalidValue, "map size must be positive");

    // Everything is written to memory first, then saved atomically: no half-written file on failure.
    QByteArray bytes;
    switch (format.value()) {
    case ExportFormat::Png: {
        core::Result<QImage> image = renderPage(document, options);
        if (image.hasError())
            return image.error();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.value().save(&buffer, "PNG"))
            return ioError(path, QStringLiteral("PNG encoding failed"));
        break;
    }
    case ExportFormat::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(options.size);
        generator.setViewBox(QRect(QPoint(0, 0), options.size));
        generator.setResolution(kDotsPerInch);
        generator.setTitle(options.decorations.title);
        generator.setDescription(QStringLiteral("Jieshui Workbench map export"));
        QPainter painter;
        if (!painter.begin(&generator))
            return ioError(path, QStringLiteral("cannot start the SVG generator"));
        paintPage(painter, document, options, font.value());
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDotsPerInch);
        writer.setPageSize(QPageSize(
            QSizeF(options.size.width() * 72.0 / kDotsPerInch, options.size.height() * 72.0 / kDotsPerInch),
            QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(options.decorations.title);
        writer.setCreator(QStringLiteral("Jieshui Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            return ioError(path, QStringLiteral("cannot start the PDF writer"));
        // The page is painted in logical px: scale device units (at kDotsPerInch) to them exactly.
        const double sx = writer.width() / static_cast<double>(options.size.width());
        const double sy = writer.height() / static_cast<double>(options.size.height());
        painter.scale(sx, sy);
        paintPage(painter, document, options, font.value());
        painter.end();
        break;
    }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return ioError(path, QStringLiteral("cannot write: %1").arg(file.errorString()));
    return core::okStatus();
}

} // namespace jieshui::render
