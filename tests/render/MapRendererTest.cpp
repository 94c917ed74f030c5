// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapRenderer.h"

#include "TestLayers.h"
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
