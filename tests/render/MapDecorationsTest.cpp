// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapDecorations.h"

#include "render/FontResolver.h"
#include "render/MapDocument.h"

#include <QFontMetricsF>
#include <gtest/gtest.h>

using jieshui::render::MapDecorations;
using jieshui::render::MapViewport;

TEST(MapDecorations, niceLengthRoundsDownToOneTwoFive) {
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(7.3), 5.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(2.1), 2.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(1999.0), 1000.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(25000.0), 20000.0);
    EXPECT_NEAR(MapDecorations::niceLength(0.35), 0.2, 1e-12);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(0.0), 0.0);
    EXPECT_DOUBLE_EQ(MapDecorations::niceLength(-3.0), 0.0);
}

TEST(MapDecorations, scaleBarIsCorrectForProjectedMetres) {
    // Given an EPSG:4545 viewport at 100 m per px / When at most 250 px are available
    const MapViewport viewport(QPointF(561958, 2433922), 100.0, QSize(1000, 800));
    const auto bar = MapDecorations::scaleBar(viewport, QStringLiteral("EPSG:4545"), 250.0);
    // Then 25 km fit; the bar shows 20 km over exactly 200 px
    EXPECT_DOUBLE_EQ(bar.lengthMetres, 20000.0);
    EXPECT_DOUBLE_EQ(bar.lengthPixels, 200.0);
    EXPECT_EQ(bar.label, QStringLiteral("20 km"));
}

TEST(MapDecorations, scaleBarConvertsDegreesAtTheCentreLatitude) {
    // Given lon/lat at 60° N, 0.001° per px: 1 px = 111319.49 × cos 60° × 0.001 = 55.66 m
    const MapViewport viewport(QPointF(10.0, 60.0), 0.001, QSize(800, 600));
    const auto bar = MapDecorations::scaleBar(viewport, QStringLiteral("EPSG:4490"), 100.0);
    // Then 100 px ≈ 5.57 km → a 5 km bar of 5000 / 55.66 px
    EXPECT_DOUBLE_EQ(bar.lengthMetres, 5000.0);
    EXPECT_NEAR(bar.lengthPixels, 5000.0 / 55.6597, 0.01);
    EXPECT_EQ(bar.label, QStringLiteral("5 km"));
}

TEST(MapDecorations, shortScaleBarsAreInMetres) {
    const auto bar = MapDecorations::scaleBar(MapViewport(QPointF(0, 0), 1.0, QSize(100, 100)),
                                              QStringLiteral("EPSG:4545"), 700.0);
    EXPECT_EQ(bar.label, QStringLiteral("500 m"));
    EXPECT_DOUBLE_EQ(bar.lengthPixels, 500.0);
}

TEST(MapDecorations, crsNoteNamesTheGaussKrugerZone) {
    EXPECT_EQ(MapDecorations::crsNote(QStringLiteral("EPSG:4545")),
              QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 108E (EPSG:4545)"));
    EXPECT_EQ(MapDecorations::crsNote(QStringLiteral("EPSG:32649")), QStringLiteral("EPSG:32649"));
    // In a Chinese map the note is Chinese (the codes stay)
    const QString zh = MapDecorations::crsNote(QStringLiteral("EPSG:4545"), QStringLiteral("zh"));
    EXPECT_TRUE(zh.contains(QStringLiteral("高斯-克吕格"))) << zh.toStdString();
    EXPECT_TRUE(zh.contains(QStringLiteral("EPSG:4545")));
    EXPECT_FALSE(zh.contains(QStringLiteral("degree")));
    EXPECT_FALSE(MapDecorations::crsNote(QStringLiteral("EPSG:4490"), QStringLiteral("zh"))
                     .contains(QStringLiteral("lon/lat")));
}

TEST(MapDecorations, footerNotesTooLongForOneLineTakeALineEachRatherThanBeingCut) {
    const auto font = jieshui::render::FontResolver::cjkFont();
    if (font.hasError())
        GTEST_SKIP() << "no CJK font installed";
    // Given an English map whose source note is long (the report's: project, estimates, program)
    jieshui::render::MapDocument document;
    document.setCrs(QStringLiteral("EPSG:4545"));
    document.setSourceNote(
        QStringLiteral("Qinzhou City project data (estimates hatched); Jieshui Workbench"));
    jieshui::render::DecorationOptions options;
    options.language = QStringLiteral("en");
    options.date = QDate(2026, 12, 6);
    const MapDecorations decorations(options, font.value());
    // When the page is wide, the notes share one line; on a report's map (660 px wide), each note gets its
    // own
    const QString wide = decorations.footerNotes(document, 3000.0);
    EXPECT_FALSE(wide.contains(QLatin1Char('\n'))) << wide.toStdString();
    const QString narrow = decorations.footerNotes(document, 660.0);
    const QStringList lines = narrow.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << narrow.toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("Jieshui Workbench"))) << lines[1].toStdString();
    // And every line fits inside the page's margins (notes are 10 px on a page this narrow), the band
    // growing beyond one line's 2.4 note heights to hold both
    QFont notes = font.value();
    notes.setPixelSize(10);
    for (const QString& line : lines)
        EXPECT_LE(QFontMetricsF(notes).horizontalAdvance(line),
                  660.0 - 2.0 * MapDecorations::pageMargin(660.0))
            << line.toStdString();
    EXPECT_GT(decorations.footerBandHeight(document, 660.0), 10.0 * 2.4);
}

TEST(MapDecorations, aLongLegendHeadingWrapsSoTheLegendFitsBesideTheMap) {
    const auto font = jieshui::render::FontResolver::cjkFont();
    if (font.hasError())
        GTEST_SKIP() << "no CJK font installed";
    using jieshui::render::LegendEntry;
    // Given the English legend of a compliance map, whose heading is the indicator's long name
    const QString heading = QStringLiteral("Reduction of water use per 10,000 yuan GDP 2020 (Strict saving)");
    std::vector<LegendEntry> entries{{.kind = LegendEntry::Kind::Heading, .label = heading},
                                     {.kind = LegendEntry::Kind::Fill, .label = QStringLiteral("Met")},
                                     {.kind = LegendEntry::Kind::Fill, .label = QStringLiteral("Missed")}};
    jieshui::render::DecorationOptions options;
    options.language = QStringLiteral("en");
    const MapDecorations decorations(options, font.value());
    // When laid out for a report's map (a page 660 px wide)
    const jieshui::render::LegendLayout layout = decorations.legendLayout(entries, 660.0);
    // Then the heading takes more than one row, every word kept in order, and the box is narrow enough for
    // the side panel an export gives a legend under 35 % of the map's width
    ASSERT_EQ(layout.lines.size(), entries.size());
    EXPECT_GT(layout.lines[0].size(), 1);
    EXPECT_EQ(layout.lines[0].join(QLatin1Char(' ')), heading);
    EXPECT_EQ(layout.lines[1], QStringList{QStringLiteral("Met")});
    EXPECT_LT(layout.size.width(), 0.35 * (660.0 - 2.0 * MapDecorations::pageMargin(660.0)));
    EXPECT_NEAR(layout.size.height(),
                2.0 * layout.pad + layout.rowHeight * static_cast<double>(1 + layout.lines[0].size() + 2),
                1e-9);
    // And a Chinese heading breaks between ideographs, losing none
    const QString zh =
        QStringLiteral("用水总量（考核口径） 2035（严格节水情景）节水型社会建设示范县区达标评价");
    const QStringList zhLines = MapDecorations::wrapped(zh, font.value(), 150.0);
    EXPECT_GT(zhLines.size(), 1);
    EXPECT_EQ(zhLines.join(QString()).remove(QLatin1Char(' ')), QString(zh).remove(QLatin1Char(' ')));
}
