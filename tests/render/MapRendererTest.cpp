// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapRenderer.h"

#include "TestLayers.h"
#include "render/ComplianceMapBuilder.h"
#include "render/ProjectLayerLoader.h"
#include "render/StatusPalette.h"
#include "render/ThematicStyle.h"

#include <gtest/gtest.h>
#include <map>

using namespace jieshui;
using core::VerdictStatus;

namespace {

/** The toy counties with known verdicts: 钦北 met, 灵山 at risk, 钦南 missed, 浦北 no data. */
render::MapDocument complianceDocument(bool estimateLingshan = false) {
    render::ThematicStyle thematic;
    thematic.setResult(QStringLiteral("450703"), {VerdictStatus::Met, 0.55, false});
    thematic.setResult(QStringLiteral("450721"), {VerdictStatus::AtRisk, 0.505, estimateLingshan});
    thematic.setResult(QStringLiteral("450702"), {VerdictStatus::Missed, 0.47, false});
    // 450722 has no result at all: drawn as no data.
    render::LayerStyle style = render::LayerStyle::forRole(geo::LayerRole::Counties);
    style.fillMode = render::FillMode::Compliance;
    style.compliance = thematic;
    render::MapDocument document;
    document.addLayer(render::MapLayer(render::test::toyCounties(), style));
    return document;
}

render::RenderOptions noLabels() {
    render::RenderOptions options;
    options.labels = false;
    return options;
}

/** The most frequent colour in the (2r+1)² pixels around @p p (patterns leave the base colour dominant). */
QRgb dominantColour(const QImage& image, QPoint p, int r = 3) {
    std::map<QRgb, int> counts;
    for (int dy = -r; dy <= r; ++dy)
        for (int dx = -r; dx <= r; ++dx)
            ++counts[image.pixel(p + QPoint(dx, dy))];
    return std::max_element(counts.begin(), counts.end(),
                            [](auto& a, auto& b) { return a.second < b.second; })
        ->first;
}

/** Share of pixels in @p rect that differ from @p colour. */
double shareDifferent(const QImage& image, const QRect& rect, QRgb colour) {
    int different = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            different += image.pixel(x, y) != colour ? 1 : 0;
    return static_cast<double>(different) / (rect.width() * rect.height());
}

} // namespace

TEST(MapRenderer, colourUnderEachCountyInteriorPointIsItsStatusColour) {
    // Given four counties with known verdicts
    const render::MapDocument document = complianceDocument();
    const render::MapViewport viewport = render::MapViewport::fitting(document.extent(), QSize(300, 300));
    // When rendered
    const QImage image = render::MapRenderer(noLabels()).render(document, viewport);
    ASSERT_EQ(image.size(), QSize(300, 300));
    // Then the pixel at each county's interior point has its status colour
    const std::map<QString, VerdictStatus> expected{{QStringLiteral("450703"), VerdictStatus::Met},
                                                    {QStringLiteral("450721"), VerdictStatus::AtRisk},
                                                    {QStringLiteral("450702"), VerdictStatus::Missed},
                                                    {QStringLiteral("450722"), VerdictStatus::NoData}};
    const render::LayerGeometry& geometry = document.layer(0).geometry();
    for (std::size_t i = 0; i < geometry.shapes().size(); ++i) {
        const QString code = geometry.layer().features[static_cast<qsizetype>(i)].regionCode;
        const QPoint pixel = viewport.mapToScreen(geometry.shapes()[i].labelPoint).toPoint();
        EXPECT_EQ(QColor(dominantColour(image, pixel)), render::StatusPalette::color(expected.at(code)))
            << code.toStdString();
    }
}

TEST(MapRenderer, estimatesAreHatched) {
    // Given 灵山县 (top-right) marked as an estimate
    const render::MapDocument document = complianceDocument(true);
    const render::MapViewport viewport =
        render::MapViewport::fitting(document.extent(), QSize(300, 300), 0.0);
    // When rendered
    const QImage image = render::MapRenderer(noLabels()).render(document, viewport);
    // Then its square shows hatch lines (many pixels off the base colour), the sourced 钦北区 none
    const QRect lingshan =
        viewport.mapToScreen(QRectF(510000, 2410000, 10000, 10000)).toRect().adjusted(8, 8, -8, -8);
    const QRect qinbei =
        viewport.mapToScreen(QRectF(500000, 2410000, 10000, 10000)).toRect().adjusted(8, 8, -8, -8);
    EXPECT_GT(shareDifferent(image, lingshan, render::StatusPalette::color(VerdictStatus::AtRisk).rgb()),
              0.1);
    EXPECT_EQ(shareDifferent(image, qinbei, render::StatusPalette::color(VerdictStatus::Met).rgb()), 0.0);
}

TEST(MapRenderer, hiddenLayersAreNotDrawnAndOrderIsRespected) {
    // Given counties with a river on top
    render::MapDocument document = complianceDocument();
    render::LayerStyle riverStyle = render::LayerStyle::forRole(geo::LayerRole::Rivers);
    riverStyle.strokeWidth = 4.0;
    document.addLayer(render::MapLayer(render::test::toyRivers(), riverStyle));
    const render::MapViewport viewport =
        render::MapViewport::fitting(document.extent(), QSize(200, 200), 0.0);
    const QPoint onRiver = viewport.mapToScreen(QPointF(505000, 2410000)).toPoint();
    // When rendered / Then the river colour is on top
    QImage image = render::MapRenderer(noLabels()).render(document, viewport);
    EXPECT_EQ(QColor(image.pixel(onRiver)), riverStyle.strokeColor);
    // And when the river is hidden the county colour shows instead
    document.layer(1).setVisible(false);
    image = render::MapRenderer(noLabels()).render(document, viewport);
    EXPECT_NE(QColor(image.pixel(onRiver)), riverStyle.strokeColor);
    // And when everything is hidden only the background remains
    document.layer(0).setVisible(false);
    render::RenderOptions options = noLabels();
    image = render::MapRenderer(options).render(document, viewport);
    EXPECT_EQ(QColor(image.pixel(100, 100)), options.background);
}

TEST(MapRenderer, cancelledRenderStopsAndSaysSo) {
    // Given many features and a cancel flag already set
    geo::FeatureLayer many;
    many.crs = QStringLiteral("EPSG:4545");
    for (int i = 0; i < 500; ++i)
        many.features.append(render::test::squareFeature(i, {}, {}, QRectF(i * 10.0, 0, 9, 9)));
    render::MapDocument document;
    document.addLayer(render::MapLayer(many));
    const std::atomic_bool cancel{true};
    render::RenderStatistics statistics;
    // When rendering / Then it stops early
    render::MapRenderer().render(document, render::MapViewport::fitting(document.extent(), QSize(500, 100)),
                                 &cancel, &statistics);
    EXPECT_TRUE(statistics.cancelled);
    EXPECT_LT(statistics.featuresDrawn, 500);
}

TEST(MapRenderer, subPixelFeaturesAreSkipped) {
    // Given one 10 km county and one 1 m sliver / When drawn at 100 m per px
    geo::FeatureLayer layer = render::test::toyCounties();
    layer.features.append(render::test::squareFeature(9, {}, {}, QRectF(530000, 2400000, 1, 1)));
    render::MapDocument document;
    document.addLayer(render::MapLayer(layer));
    render::RenderStatistics statistics;
    render::MapRenderer(noLabels())
        .render(document, render::MapViewport(QPointF(515000, 2410000), 100.0, QSize(400, 300)), nullptr,
                &statistics);
    // Then the sliver is skipped and the four counties drawn
    EXPECT_EQ(statistics.featuresDrawn, 4);
    EXPECT_EQ(statistics.featuresSkipped, 1);
}

namespace {

/**
 * The schematic Qinzhou layers (data/qinzhou/geometry) as the window draws them: counties coloured by verdict
 * with one estimate hatched, rivers and reservoirs labelled, county names in @p language ("zh" or "en").
 */
render::MapDocument qinzhouMap(VerdictStatus qinnan, bool qinnanEstimate, const QString& language) {
    // Read once: every map shares the geometries, as the window's maps do.
    static const render::MapDocument layers = [] {
        auto read =
            render::ProjectLayerLoader::readDirectory(QStringLiteral(JIESHUI_DATA_DIR "/qinzhou/geometry"));
        EXPECT_TRUE(read.isOk());
        return read.isOk() ? render::ComplianceMapBuilder::documentFromLayers(std::move(read).value(),
                                                                              QStringLiteral("EPSG:4545"))
                           : render::MapDocument();
    }();
    render::MapDocument document = layers;
    render::ThematicStyle thematic;
    thematic.setResult(QStringLiteral("450702"), {qinnan, 0.52, qinnanEstimate});
    thematic.setResult(QStringLiteral("450703"), {VerdictStatus::AtRisk, 0.50, true});
    thematic.setResult(QStringLiteral("450721"), {VerdictStatus::Missed, 0.48, false});
    render::ComplianceMapBuilder::applyCompliance(document, thematic);
    if (language == QLatin1String("en")) {
        const int counties = document.indexOfRole(geo::LayerRole::Counties);
        document.layer(counties).style().regionNames = {
            {QStringLiteral("450702"), QStringLiteral("Qinnan")},
            {QStringLiteral("450703"), QStringLiteral("Qinbei")},
            {QStringLiteral("450721"), QStringLiteral("Lingshan")},
            {QStringLiteral("450722"), QStringLiteral("Pubei")}};
    }
    return document;
}

/** Draws @p after over a full render of @p before (both for @p viewport) and returns it with what was
 * redrawn. */
QImage drawnOver(const render::MapRenderer& renderer, const render::MapDocument& before,
                 const render::MapDocument& after, const render::MapViewport& beforeViewport,
                 const render::MapViewport& viewport, QRect* redrawn) {
    render::RenderedMap previous{renderer.render(before, beforeViewport), before, beforeViewport,
                                 renderer.options()};
    render::RenderStatistics statistics;
    QImage image = renderer.renderOver(std::move(previous), after, viewport, nullptr, &statistics);
    *redrawn = statistics.redrawn;
    return image;
}

} // namespace

TEST(MapRenderer, aRecolouredCountyIsRedrawnAloneAndTheMapEqualsAFullRender) {
    const render::MapRenderer renderer;
    for (const QString& language : {QStringLiteral("zh"), QStringLiteral("en")}) {
        // Given the Qinzhou map drawn with 钦南区 met (labels, hatching, rivers and reservoirs)
        const render::MapDocument met = qinzhouMap(VerdictStatus::Met, false, language);
        ASSERT_GT(met.layerCount(), 3);
        const render::MapViewport viewport =
            render::MapViewport::fitting(met.extent(), QSize(960, 540), 0.02);
        // When a quota edit makes it missed and estimated (hatched), and the new map is drawn over the old
        const render::MapDocument missed = qinzhouMap(VerdictStatus::Missed, true, language);
        const std::optional<QRect> area = renderer.changedArea(met, missed, viewport);
        QRect redrawn;
        const QImage image = drawnOver(renderer, met, missed, viewport, viewport, &redrawn);
        // Then only the rectangle around 钦南区 is drawn again
        ASSERT_TRUE(area.has_value()) << language.toStdString();
        EXPECT_FALSE(area->isEmpty());
        EXPECT_EQ(redrawn, *area);
        EXPECT_LT(area->width() * area->height(),
                  viewport.outputSize().width() * viewport.outputSize().height());
        // And the map is, pixel for pixel, the new map drawn whole — not the old colour
        const QImage full = renderer.render(missed, viewport);
        EXPECT_TRUE(image == full) << language.toStdString();
        EXPECT_FALSE(image == renderer.render(met, viewport));
    }
}

TEST(MapRenderer, drawingOverAMapOfOtherLabelsStylesViewOrOptionsDrawsEverything) {
    const render::MapRenderer renderer;
    const render::MapDocument zh = qinzhouMap(VerdictStatus::Met, false, QStringLiteral("zh"));
    ASSERT_GT(zh.layerCount(), 3);
    const render::MapViewport viewport = render::MapViewport::fitting(zh.extent(), QSize(640, 400), 0.02);
    QRect redrawn;
    const QRect whole(QPoint(0, 0), viewport.outputSize());

    // The same map again: nothing to draw, and the image is the map
    EXPECT_EQ(renderer.changedArea(zh, zh, viewport), QRect());
    EXPECT_TRUE(drawnOver(renderer, zh, zh, viewport, viewport, &redrawn) == renderer.render(zh, viewport));

    // The language changed (other label texts): drawn whole, in the new language
    const render::MapDocument en = qinzhouMap(VerdictStatus::Met, false, QStringLiteral("en"));
    EXPECT_FALSE(renderer.changedArea(zh, en, viewport).has_value());
    EXPECT_TRUE(drawnOver(renderer, zh, en, viewport, viewport, &redrawn) == renderer.render(en, viewport));
    EXPECT_EQ(redrawn, whole);

    // Another label set (the rivers' labels hidden): drawn whole, without them
    render::MapDocument fewerLabels = zh;
    fewerLabels.layer(fewerLabels.indexOfRole(geo::LayerRole::Rivers)).style().labelsVisible = false;
    EXPECT_FALSE(renderer.changedArea(zh, fewerLabels, viewport).has_value());
    EXPECT_TRUE(drawnOver(renderer, zh, fewerLabels, viewport, viewport, &redrawn) ==
                renderer.render(fewerLabels, viewport));
    EXPECT_EQ(redrawn, whole);

    // A layer-wide style (the county outlines) or a hidden layer: drawn whole
    render::MapDocument outlines = zh;
    outlines.layer(outlines.indexOfRole(geo::LayerRole::Counties)).style().strokeColor = Qt::red;
    EXPECT_FALSE(renderer.changedArea(zh, outlines, viewport).has_value());
    EXPECT_TRUE(drawnOver(renderer, zh, outlines, viewport, viewport, &redrawn) ==
                renderer.render(outlines, viewport));
    render::MapDocument hidden = zh;
    hidden.layer(hidden.indexOfRole(geo::LayerRole::Basins)).setVisible(false);
    EXPECT_FALSE(renderer.changedArea(zh, hidden, viewport).has_value());
    EXPECT_TRUE(drawnOver(renderer, zh, hidden, viewport, viewport, &redrawn) ==
                renderer.render(hidden, viewport));

    // The canvas resized or panned: drawn whole for the new view
    const render::MapViewport resized = viewport.resized(QSize(700, 400));
    const render::MapDocument missed = qinzhouMap(VerdictStatus::Missed, true, QStringLiteral("zh"));
    const QImage afterResize = drawnOver(renderer, zh, missed, viewport, resized, &redrawn);
    EXPECT_TRUE(afterResize == renderer.render(missed, resized));
    EXPECT_EQ(redrawn, QRect(QPoint(0, 0), resized.outputSize()));
    const render::MapViewport panned = viewport.pannedBy(QPointF(3.0, 0.0));
    EXPECT_TRUE(drawnOver(renderer, zh, missed, viewport, panned, &redrawn) ==
                renderer.render(missed, panned));
    EXPECT_EQ(redrawn, whole);

    // Labels drawn larger (the stage) than the old map's: drawn whole
    render::RenderOptions large;
    large.labelScale = 1.5;
    const render::MapRenderer stage(large);
    render::RenderedMap previous{renderer.render(zh, viewport), zh, viewport, renderer.options()};
    render::RenderStatistics statistics;
    EXPECT_TRUE(stage.renderOver(std::move(previous), missed, viewport, nullptr, &statistics) ==
                stage.render(missed, viewport));
    EXPECT_EQ(statistics.redrawn, whole);
}
