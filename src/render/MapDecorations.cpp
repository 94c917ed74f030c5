// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapDecorations.h"

#include "render/StatusPalette.h"
#include "render/ThematicStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace jieshui::render {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kSchematic(0xA0, 0x28, 0x00);

QFont sized(QFont font, double pixels, bool bold = false) {
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

bool isGeographic(const QString& crs) {
    const QString c = crs.trimmed().toUpper();
    return c == QLatin1String("EPSG:4326") || c == QLatin1String("EPSG:4490") ||
           c == QLatin1String("OGC:CRS84");
}

} // namespace

MapDecorations::MapDecorations(DecorationOptions options, QFont baseFont)
    : m_options(std::move(options)), m_font(std::move(baseFont)) {}

QString MapDecorations::text(const char* english, const char* chinese) const {
    // Fixed bilingual terms: the export language is chosen per call, independent of the UI translator.
    if (m_options.language == QLatin1String("zh"))
        return QString::fromUtf8(chinese);
    return QCoreApplication::translate("render", english);
}

double MapDecorations::titleBandHeight(double pageWidth) const {
    if (m_options.title.isEmpty() && m_options.subtitle.isEmpty())
        return 0.0;
    const double titlePx = std::max(18.0, pageWidth / 45.0);
    return titlePx * (m_options.subtitle.isEmpty() ? 1.9 : 3.0);
}

namespace {

double footerNotePx(double pageWidth) {
    return std::max(10.0, pageWidth / 130.0);
}

} // namespace

QStringList MapDecorations::wrapped(const QString& text, const QFont& font, double width) {
    // Unicode line breaking: at spaces in English, between ideographs in Chinese.
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    lines.removeAll(QString());
    return lines.isEmpty() ? QStringList{text} : lines;
}

double MapDecorations::pageMargin(double pageWidth) {
    return std::max(8.0, pageWidth / 80.0);
}

QString MapDecorations::footerNotes(const MapDocument& document, double pageWidth) const {
    const QString crs =
        m_options.crsNote.isEmpty() ? crsNote(document.crs(), m_options.language) : m_options.crsNote;
    QStringList notes;
    notes << text(QT_TRANSLATE_NOOP("render", "Coordinate system: "), "坐标系：") + crs;
    const QString source = m_options.sourceNote.isEmpty() ? document.sourceNote() : m_options.sourceNote;
    if (!source.isEmpty())
        notes << text(QT_TRANSLATE_NOOP("render", "Source: "), "数据来源：") + source;
    const QString oneLine = notes.join(QStringLiteral("    "));
    const QFontMetricsF metrics(sized(m_font, footerNotePx(pageWidth)));
    return metrics.horizontalAdvance(oneLine) <= footerTextWidth(pageWidth) ? oneLine
                                                                            : notes.join(QLatin1Char('\n'));
}

double MapDecorations::footerBandHeight(const MapDocument& document, double pageWidth) const {
    return footerHeight(footerNotes(document, pageWidth), pageWidth);
}

double MapDecorations::footerHeight(const QString& notes, double pageWidth) const {
    const double notePx = footerNotePx(pageWidth);
    const QFontMetricsF metrics(sized(m_font, notePx));
    const QRectF used = metrics.boundingRect(QRectF(0.0, 0.0, footerTextWidth(pageWidth), 1e6),
                                             Qt::AlignLeft | Qt::TextWordWrap, notes);
    return notePx * 0.8 + std::max(notePx * 1.6, used.height());
}

QString MapDecorations::dateNote() const {
    return m_options.date.isValid() ? text(QT_TRANSLATE_NOOP("render", "Date: "), "制图日期：") +
                                          m_options.date.toString(Qt::ISODate)
                                    : QString();
}

double MapDecorations::footerTextWidth(double pageWidth) const {
    const QFontMetricsF metrics(sized(m_font, footerNotePx(pageWidth)));
    const QString date = dateNote();
    const double dateWidth = date.isEmpty() ? 0.0 : metrics.horizontalAdvance(date) + metrics.height();
    return std::max(1.0, pageWidth - 2.0 * pageMargin(pageWidth) - dateWidth);
}

double MapDecorations::niceLength(double maximum) {
    if (!(maximum > 0.0))
        return 0.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maximum)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maximum * (1.0 + 1e-9))
            return step * magnitude;
    }
    return magnitude;
}

ScaleBarGeometry MapDecorations::scaleBar(const MapViewport& viewport, const QString& crs, double maxPixels) {
    ScaleBarGeometry bar;
    if (!viewport.isValid() || maxPixels <= 0.0)
        return bar;
    double metresPerUnit = 1.0;
    if (isGeographic(crs)) // a degree of longitude at the centre latitude
        metresPerUnit = 111319.49 * std::cos(viewport.center().y() * std::numbers::pi / 180.0);
    const double metresPerPixel = viewport.mapUnitsPerPixel() * metresPerUnit;
    bar.lengthMetres = niceLength(maxPixels * metresPerPixel);
    bar.lengthPixels = bar.lengthMetres / metresPerPixel;
    bar.label = bar.lengthMetres >= 1000.0 ? QStringLiteral("%1 km").arg(bar.lengthMetres / 1000.0)
                                           : QStringLiteral("%1 m").arg(bar.lengthMetres);
    return bar;
}

QString MapDecorations::crsNote(const QString& crs, const QString& language) {
    const QString c = crs.trimmed().toUpper();
    const bool zh = language == QLatin1String("zh");
    if (c == QLatin1String("EPSG:4545"))
        return zh ? QStringLiteral("CGCS2000 / 3度带高斯-克吕格投影，中央经线 108°E（EPSG:4545）")
                  : QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)");
    if (c == QLatin1String("EPSG:4490"))
        return zh ? QStringLiteral("CGCS2000 地理坐标，经纬度（EPSG:4490）")
                  : QStringLiteral("CGCS2000 (EPSG:4490), lon/lat");
    return crs;
}

QString MapDecorations::schematicNote() const {
    return text(QT_TRANSLATE_NOOP("render", "Schematic map — geometry is approximate, not for official use"),
                "示意图 — 边界与位置为示意，不作为正式用图");
}

void MapDecorations::paint(QPainter& painter, const MapDocument& document, const MapViewport& viewport,
                           const QRectF& mapRect, const QSizeF& pageSize, const QRectF& legendPanel) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const double width = pageSize.width();

    // Title band above the map.
    if (!m_options.title.isEmpty() || !m_options.subtitle.isEmpty()) {
        const double titlePx = std::max(18.0, width / 45.0);
        painter.setPen(kInk);
        // Long titles shrink to fit the page rather than being cut.
        QFont titleFont = sized(m_font, titlePx, true);
        const double titleWidth = QFontMetricsF(titleFont).horizontalAdvance(m_options.title);
        if (titleWidth > width * 0.94)
            titleFont = sized(m_font, titlePx * width * 0.94 / titleWidth, true);
        painter.setFont(titleFont);
        const QRectF titleRect(0.0, titlePx * 0.4, width, titlePx * 1.4);
        painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter, m_options.title);
        if (!m_options.subtitle.isEmpty()) {
            painter.setFont(sized(m_font, titlePx * 0.62));
            painter.drawText(QRectF(0.0, titleRect.bottom(), width, titlePx * 1.0),
                             Qt::AlignHCenter | Qt::AlignVCenter, m_options.subtitle);
        }
    }

    // Neat line around the map.
    painter.setPen(QPen(kInk, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mapRect);

    if (m_options.legend) {
        const double legendWidth = legendPanel.isValid() ? width : mapRect.width();
        const LegendLayout layout = legendLayout(legendEntries(document), legendWidth);
        if (!layout.entries.empty())
            drawLegend(painter, layout,
                       legendPanel.isValid()
                           ? QPointF(legendPanel.left(), legendPanel.bottom() - layout.size.height())
                           : QPointF(mapRect.left() + 10.0, mapRect.bottom() - 10.0 - layout.size.height()));
    }
    if (m_options.scaleBar)
        paintScaleBar(painter, document, viewport, mapRect);
    if (m_options.northArrow)
        paintNorthArrow(painter, mapRect);

    // Schematic note: prominent, top-left inside the map.
    paintSchematicNote(painter, document, mapRect, width);

    // Footer: CRS and source notes on the left (wrapped rather than cut when the page is narrow), date on
    // the right.
    const double notePx = footerNotePx(width);
    painter.setFont(sized(m_font, notePx));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    const double footerTop = mapRect.bottom() + notePx * 0.4;
    const QString notes = footerNotes(document, width);
    painter.drawText(QRectF(pageMargin(width), footerTop, footerTextWidth(width),
                            footerHeight(notes, width) - notePx * 0.8),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, notes);
    if (const QString date = dateNote(); !date.isEmpty())
        painter.drawText(QRectF(pageMargin(width), footerTop, width - 2.0 * pageMargin(width), notePx * 1.6),
                         Qt::AlignRight | Qt::AlignVCenter, date);
    painter.restore();
}

QRectF MapDecorations::paintSchematicNote(QPainter& painter, const MapDocument& document,
                                          const QRectF& mapRect, double pageWidth) const {
    if (!document.hasVisibleSchematicLayer())
        return {};
    const QFont font = sized(m_font, std::max(13.0, pageWidth / 80.0), true);
    const QFontMetricsF metrics(font);
    const QString note = schematicNote();
    const double pad = metrics.height() * 0.35;
    const QRectF box(mapRect.left() + 10.0, mapRect.top() + 10.0, metrics.horizontalAdvance(note) + 2.0 * pad,
                     metrics.height() + 2.0 * pad);
    painter.save();
    painter.setPen(QPen(kSchematic, 2.0));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRect(box);
    painter.setFont(font);
    painter.setPen(kSchematic);
    painter.drawText(box, Qt::AlignCenter, note);
    painter.restore();
    return box;
}

QSizeF MapDecorations::legendSize(const MapDocument& document, double pageWidth) const {
    return legendLayout(legendEntries(document), pageWidth).size;
}

QSizeF MapDecorations::paintLegend(QPainter& painter, const MapDocument& document, QPointF topLeft,
                                   double pageWidth) const {
    const LegendLayout layout = legendLayout(legendEntries(document), pageWidth);
    paintLegend(painter, layout, topLeft);
    return layout.size;
}

QString MapDecorations::layerLabel(const MapLayer& layer) const {
    // A layer still named by its role's default Chinese name (the embedded project's) reads in the
    // legend's language; a name the user gave stays as it is.
    const std::pair<geo::LayerRole, std::pair<const char*, const char*>> roles[] = {
        {geo::LayerRole::Counties, {QT_TRANSLATE_NOOP("render", "Counties"), "县区"}},
        {geo::LayerRole::Basins, {QT_TRANSLATE_NOOP("render", "Basins"), "流域"}},
        {geo::LayerRole::IrrigationDistricts, {QT_TRANSLATE_NOOP("render", "Irrigation districts"), "灌区"}},
        {geo::LayerRole::Rivers, {QT_TRANSLATE_NOOP("render", "Rivers"), "河流"}},
        {geo::LayerRole::Reservoirs, {QT_TRANSLATE_NOOP("render", "Reservoirs"), "水库"}}};
    for (const auto& [role, names] : roles)
        if (layer.role() == role && layer.name() == QString::fromUtf8(names.second))
            return text(names.first, names.second);
    return layer.name();
}

std::vector<LegendEntry> MapDecorations::legendEntries(const MapDocument& document) const {
    using Entry = LegendEntry;
    std::vector<Entry> entries;
    bool estimates = false;
    for (const MapLayer& layer : document.layers()) {
        if (!layer.isVisible())
            continue;
        const LayerStyle& style = layer.style();
        if (style.fillMode == FillMode::Compliance) {
            const QString title =
                style.compliance.title().isEmpty() ? layer.name() : style.compliance.title();
            entries.push_back({Entry::Kind::Heading, title, {}, {}});
            for (const core::VerdictStatus status : StatusPalette::all) {
                // "No quota allocated" only on maps of a split cap that leaves a county out.
                if (status == core::VerdictStatus::NoQuota && !style.compliance.hasStatus(status))
                    continue;
                entries.push_back({Entry::Kind::Fill, StatusPalette::name(status, m_options.language),
                                   StatusPalette::brush(status), style.strokeColor, false,
                                   StatusPalette::isDotted(status)});
            }
            estimates = estimates || (style.hatchEstimates && style.compliance.hasEstimates());
        } else if (style.fillMode == FillMode::Graduated) {
            const GraduatedStyle& graduated = style.graduated;
            entries.push_back({Entry::Kind::Heading,
                               graduated.title().isEmpty() ? layer.name() : graduated.title(),
                               {},
                               {}});
            for (int i = 0; i < graduated.effectiveClassCount(); ++i)
                entries.push_back({Entry::Kind::Fill, graduated.classLabel(i),
                                   QBrush(graduated.classColor(i)), style.strokeColor});
            entries.push_back({Entry::Kind::Fill, text(QT_TRANSLATE_NOOP("render", "No data"), "无数据"),
                               StatusPalette::brush(core::VerdictStatus::NoData), style.strokeColor, false,
                               true});
            if (!graduated.legendNote().isEmpty())
                entries.push_back({Entry::Kind::Heading, graduated.legendNote(), {}, {}, false, false, true});
            estimates = estimates || (style.hatchEstimates && graduated.hasEstimates());
        } else if (layer.featureLayer().geometryKind == geo::GeometryKind::Line) {
            entries.push_back({Entry::Kind::Line, layerLabel(layer), {}, style.strokeColor});
        } else if (layer.featureLayer().geometryKind == geo::GeometryKind::Point) {
            entries.push_back(
                {Entry::Kind::Point, layerLabel(layer), QBrush(style.fillColor), style.strokeColor});
        } else if (layer.role() != geo::LayerRole::Counties) {
            entries.push_back({Entry::Kind::Fill, layerLabel(layer),
                               style.fillColor.alpha() == 0 ? QBrush(Qt::NoBrush) : QBrush(style.fillColor),
                               style.strokeColor});
        }
    }
    if (estimates)
        entries.push_back({Entry::Kind::Note,
                           text(QT_TRANSLATE_NOOP("render", "estimate (hatched)"), "估算（斜线）"),
                           QBrush(Qt::white), QColor(0x40, 0x40, 0x40), true});
    return entries;
}

LegendLayout MapDecorations::legendLayout(std::vector<LegendEntry> entries, double scaleWidth) const {
    using Entry = LegendEntry;
    LegendLayout layout;
    layout.heading = legendHeading();
    if (entries.empty())
        return layout;
    const double rowPx = std::clamp(scaleWidth / 75.0, 12.0, 22.0);
    layout.font = sized(m_font, rowPx * 0.8);
    layout.headingFont = sized(m_font, rowPx * 0.85, true);
    const QFontMetricsF metrics(layout.font);
    const QFontMetricsF headingMetrics(layout.headingFont);
    layout.swatch = rowPx * 1.1;
    layout.pad = rowPx * 0.6;
    layout.rowHeight = rowPx * 1.45;
    // A long heading (an indicator's name, year and scenario) wraps, so the legend stays narrow enough for
    // an export's side panel and hides less of the map in the window.
    const double headingLimit = rowPx * 17.0;
    double textWidth = headingMetrics.horizontalAdvance(layout.heading);
    std::size_t rows = 1;
    for (const Entry& e : entries) {
        if (e.kind == Entry::Kind::Heading) {
            const QFont& font = e.plain ? layout.font : layout.headingFont;
            layout.lines.push_back(wrapped(e.label, font, headingLimit));
            for (const QString& line : layout.lines.back())
                textWidth = std::max(textWidth, QFontMetricsF(font).horizontalAdvance(line));
        } else {
            layout.lines.push_back({e.label});
            textWidth =
                std::max(textWidth, layout.swatch + layout.pad * 0.7 + metrics.horizontalAdvance(e.label));
        }
        rows += static_cast<std::size_t>(layout.lines.back().size());
    }
    const double boxWidth = std::min(textWidth + 2.0 * layout.pad, scaleWidth * 0.6);
    const double boxHeight = layout.pad * 2.0 + layout.rowHeight * static_cast<double>(rows);
    layout.size = QSizeF(boxWidth, boxHeight);
    layout.entries = std::move(entries);
    return layout;
}

QString MapDecorations::legendHeading() const {
    return text(QT_TRANSLATE_NOOP("render", "Legend"), "图例");
}

void MapDecorations::paintLegend(QPainter& painter, const LegendLayout& layout, QPointF topLeft) const {
    if (layout.entries.empty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    drawLegend(painter, layout, topLeft);
    painter.restore();
}

void MapDecorations::drawLegend(QPainter& painter, const LegendLayout& layout, QPointF topLeft) const {
    using Entry = LegendEntry;
    const double boxWidth = layout.size.width();
    const double pad = layout.pad;
    const double rowHeight = layout.rowHeight;
    const double swatch = layout.swatch;
    const QRectF box(topLeft, layout.size);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 0.8));
    painter.setBrush(QColor(255, 255, 255, 230));
    painter.drawRect(box);

    double y = box.top() + pad;
    painter.setPen(kInk);
    painter.setFont(layout.headingFont);
    painter.drawText(QRectF(box.left() + pad, y, boxWidth - 2 * pad, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, layout.heading);
    y += rowHeight;
    for (std::size_t i = 0; i < layout.entries.size(); ++i) {
        const Entry& e = layout.entries[i];
        const QRectF row(box.left() + pad, y, boxWidth - 2 * pad, rowHeight);
        const QRectF sw(row.left(), row.center().y() - swatch * 0.35, swatch, swatch * 0.7);
        if (e.kind == Entry::Kind::Heading) {
            painter.setFont(e.plain ? layout.font : layout.headingFont);
            painter.setPen(kInk);
            for (const QString& line : layout.lines[i]) {
                painter.drawText(QRectF(row.left(), y, row.width(), rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, line);
                y += rowHeight;
            }
            continue;
        }
        switch (e.kind) {
        case Entry::Kind::Fill:
        case Entry::Kind::Note:
            painter.setPen(QPen(e.stroke, 0.8));
            painter.setBrush(e.brush);
            painter.drawRect(sw);
            if (e.dotted)
                painter.fillRect(sw, QBrush(QColor(0x80, 0x80, 0x80), Qt::Dense6Pattern));
            if (e.hatched)
                painter.fillRect(sw, QBrush(QColor(0x30, 0x30, 0x30, 130), Qt::BDiagPattern));
            break;
        case Entry::Kind::Line:
            painter.setPen(QPen(e.stroke, 2.0));
            painter.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
            break;
        case Entry::Kind::Point:
            painter.setPen(QPen(e.stroke, 1.0));
            painter.setBrush(e.brush);
            painter.drawEllipse(sw.center(), swatch * 0.3, swatch * 0.3);
            break;
        case Entry::Kind::Heading:
            break;
        }
        painter.setFont(layout.font);
        painter.setPen(kInk);
        painter.drawText(row.adjusted(swatch + pad * 0.7, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         e.label);
        y += rowHeight;
    }
}

void MapDecorations::paintScaleBar(QPainter& painter, const MapDocument& document,
                                   const MapViewport& viewport, const QRectF& mapRect) const {
    const ScaleBarGeometry bar = scaleBar(viewport, document.crs(), mapRect.width() / 5.0);
    if (bar.lengthPixels <= 0.0)
        return;
    const double height = std::clamp(mapRect.width() / 200.0, 4.0, 8.0);
    const QFont font = sized(m_font, std::clamp(mapRect.width() / 75.0, 11.0, 18.0));
    const QFontMetricsF metrics(font);
    const double right = mapRect.right() - 20.0 - metrics.horizontalAdvance(bar.label) / 2.0;
    const double left = right - bar.lengthPixels;
    const double y = mapRect.bottom() - 18.0 - height;
    // Backing box so the bar reads over any fill.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(QRectF(left - 12.0, y - metrics.height() - 8.0,
                            bar.lengthPixels + 24.0 + metrics.horizontalAdvance(bar.label) / 2.0,
                            metrics.height() + height + 16.0));
    const int segments = 4;
    for (int i = 0; i < segments; ++i) {
        const double x = left + bar.lengthPixels * i / segments;
        painter.setPen(QPen(kInk, 0.8));
        painter.setBrush(i % 2 == 0 ? kInk : QColor(Qt::white));
        painter.drawRect(QRectF(x, y, bar.lengthPixels / segments, height));
    }
    painter.setFont(font);
    painter.setPen(kInk);
    const double labelY = y - 3.0;
    painter.drawText(QPointF(left - metrics.horizontalAdvance(QStringLiteral("0")) / 2.0, labelY),
                     QStringLiteral("0"));
    painter.drawText(QPointF(right - metrics.horizontalAdvance(bar.label) / 2.0, labelY), bar.label);
}

void MapDecorations::paintNorthArrow(QPainter& painter, const QRectF& mapRect) const {
    const double size = std::clamp(mapRect.width() / 22.0, 28.0, 70.0);
    const QPointF tip(mapRect.right() - size * 0.9, mapRect.top() + size * 0.55);
    const double half = size * 0.28;
    QPainterPath left;
    left.moveTo(tip);
    left.lineTo(tip + QPointF(-half, size));
    left.lineTo(tip + QPointF(0.0, size * 0.75));
    left.closeSubpath();
    QPainterPath right;
    right.moveTo(tip);
    right.lineTo(tip + QPointF(half, size));
    right.lineTo(tip + QPointF(0.0, size * 0.75));
    right.closeSubpath();
    painter.setPen(QPen(kInk, 1.0));
    painter.setBrush(kInk);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    const QFont font = sized(m_font, size * 0.38, true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    painter.drawText(
        QPointF(tip.x() - metrics.horizontalAdvance(QStringLiteral("N")) / 2.0, tip.y() - size * 0.08),
        QStringLiteral("N"));
}

} // namespace jieshui::render
