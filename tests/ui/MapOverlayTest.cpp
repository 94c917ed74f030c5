// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas overlay keeps its measured legend between repaints: it must never show a legend that no longer
// matches the map. After every change that touches the legend (a layer's colour, name or visibility, the
// program's language, the font), the kept overlay paints exactly what a freshly made one paints.
#include "MapOverlay.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

namespace {

render::MapDocument documentWithOneLayer() {
    geo::FeatureLayer layer;
    layer.name = QStringLiteral("灌区边界");
    layer.crs = QStringLiteral("EPSG:4545");
    geo::Feature feature;
    feature.id = 1;
    feature.regionCode = QStringLiteral("450702");
    feature.name = QStringLiteral("钦南区");
    feature.rings = {QPolygonF(QRectF(500000, 2400000, 10000, 10000))};
    feature.partStarts = {0};
    layer.features = {feature};
    layer.updateBounds();
    render::MapDocument document;
    render::LayerStyle style;
    style.fillColor = QColor(0x4c, 0xaf, 0x50);
    style.strokeColor = QColor(0x20, 0x20, 0x20);
    const int index = document.addLayer(render::MapLayer(std::move(layer), style));
    document.layer(index).setName(QStringLiteral("灌区边界"));
    return document;
}

QImage paintOverlay(const MapOverlay& overlay, const render::MapDocument& document, const QFont& font) {
    QImage image(QSize(500, 300), QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0xea, 0xf2, 0xf8));
    QPainter painter(&image);
    overlay.paint(painter, document, render::MapViewport(), QSizeF(image.size()), font);
    return image;
}

/** The kept overlay (@p kept, painted before) against a fresh one, on the changed @p document. */
void expectCurrent(const MapOverlay& kept, const render::MapDocument& document, const QFont& font,
                   const QImage& before, const char* change) {
    SCOPED_TRACE(change);
    const MapOverlay fresh;
    const QImage expected = paintOverlay(fresh, document, font);
    EXPECT_NE(expected, before) << "the change should show in the legend";
    EXPECT_EQ(paintOverlay(kept, document, font), expected);
    EXPECT_EQ(kept.legendRect(document, QSizeF(500, 300), font), fresh.legendRect(document, QSizeF(500, 300), font));
}

class MapOverlayTest : public ::testing::Test {
protected:
    void SetUp() override { m_locale = QLocale(); }
    void TearDown() override { QLocale::setDefault(m_locale); }
    QLocale m_locale;
};

} // namespace

TEST_F(MapOverlayTest, KeptLegendFollowsEveryChangeToWhatItSays) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    render::MapDocument document = documentWithOneLayer();
    QFont font;
    font.setPixelSize(13);
    MapOverlay kept;
    QImage before = paintOverlay(kept, document, font);
    ASSERT_FALSE(kept.legendRect(document, QSizeF(500, 300), font).isEmpty());
    // Painting the same legend again reuses the layout and draws the same pixels.
    EXPECT_EQ(paintOverlay(kept, document, font), before);

    document.layer(0).style().fillColor = QColor(0xe5, 0x39, 0x35); // an edit recolours the swatch
    expectCurrent(kept, document, font, before, "fill colour");
    before = paintOverlay(kept, document, font);

    document.layer(0).setName(QStringLiteral("Irrigation districts of the plan")); // a longer row
    expectCurrent(kept, document, font, before, "layer name");
    before = paintOverlay(kept, document, font);

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // 图例 instead of Legend
    expectCurrent(kept, document, font, before, "language");
    before = paintOverlay(kept, document, font);

    QFont larger = font;
    larger.setFamily(QStringLiteral("Noto Serif CJK SC"));
    larger.setPixelSize(20);
    larger.setBold(true);
    expectCurrent(kept, document, larger, before, "font");
    before = paintOverlay(kept, document, larger);

    document.layer(0).setVisible(false); // nothing left to explain
    expectCurrent(kept, document, larger, before, "visibility");
    EXPECT_TRUE(kept.legendRect(document, QSizeF(500, 300), larger).isEmpty());
}
