// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapExporter.h"

#include "TestLayers.h"
#include "render/ComplianceMapBuilder.h"
#include "render/FontResolver.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

render::MapDocument labelledDocument(bool schematic) {
    geo::FeatureLayer counties = render::test::toyCounties();
    counties.schematic = schematic;
    render::ThematicStyle thematic;
    thematic.setTitle(QStringLiteral("农田灌溉水有效利用系数 2020"));
    thematic.setResult(QStringLiteral("450702"), {core::VerdictStatus::Met, 0.51, true});
    render::LayerStyle style = render::LayerStyle::forRole(geo::LayerRole::Counties);
    style.fillMode = render::FillMode::Compliance;
    style.compliance = thematic;
    render::MapDocument document;
    document.setCrs(QStringLiteral("EPSG:4545"));
    document.addLayer(render::MapLayer(counties, style));
    document.setSourceNote(QStringLiteral("钦州市水资源公报"));
    return document;
}

render::ExportOptions options() {
    render::ExportOptions o;
    o.size = QSize(800, 600);
    o.decorations.title = QStringLiteral("钦州市节水目标达标图");
    o.decorations.language = QStringLiteral("zh");
    return o;
}

QString runTool(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST(MapExporter, formatFollowsTheSuffix) {
    EXPECT_EQ(render::MapExporter::formatFromPath(QStringLiteral("a/map.PNG")).value(),
              render::ExportFormat::Png);
    EXPECT_EQ(render::MapExporter::formatFromPath(QStringLiteral("map.svg")).value(),
              render::ExportFormat::Svg);
    EXPECT_EQ(render::MapExporter::formatFromPath(QStringLiteral("map.pdf")).value(),
              render::ExportFormat::Pdf);
    const auto bad = render::MapExporter::formatFromPath(QStringLiteral("map.bmp"));
    ASSERT_TRUE(bad.hasError());
    EXPECT_EQ(bad.error().code(), core::ErrorCode::UnsupportedFormat);
}

TEST(MapExporter, svgContainsTheChineseLabelsAsText) {
    if (render::FontResolver::cjkFont().hasError())
        GTEST_SKIP() << "no CJK font installed";
    // Given the toy counties / When exported to SVG
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.svg"));
    ASSERT_TRUE(render::MapExporter::exportMap(labelledDocument(true), options(), path).isOk());
    // Then the county names, the legend class names and the schematic note are <text> elements
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString fontFamilies;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const QString family = xml.attributes().value(QStringLiteral("font-family")).toString();
            if (xml.name() == QLatin1String("text")) {
                fontFamilies += family;
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (!family.isEmpty()) {
                fontFamilies += family; // Qt puts the font on the enclosing <g>
            }
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    const QString all = texts.join(QLatin1Char('|'));
    for (const QString& expected :
         {QStringLiteral("钦南区"), QStringLiteral("浦北县"), QStringLiteral("达标"),
          QStringLiteral("未达标"), QStringLiteral("钦州市节水目标达标图")})
        EXPECT_TRUE(all.contains(expected)) << expected.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("示意图")));
    EXPECT_TRUE(fontFamilies.contains(render::FontResolver::cjkFont().value().family()));
}

namespace {
QStringList svgTexts(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    return texts;
}
} // namespace

TEST(MapExporter, anEnglishMapLabelsTheRegionsWithTheirEnglishNames) {
    if (render::FontResolver::cjkFont().hasError())
        GTEST_SKIP() << "no CJK font installed";
    // Given the toy counties (Chinese names in their file) and a project naming three of them in English
    core::Dataset dataset;
    const auto add = [&](const char* code, const char* zh, const char* en) {
        core::Region region;
        region.code = code;
        region.kind = code == std::string("450700") ? core::RegionKind::City : core::RegionKind::County;
        region.parentCode = region.kind == core::RegionKind::City ? "" : "450700";
        region.nameZh = zh;
        region.nameEn = en;
        ASSERT_TRUE(dataset.addRegion(region).isOk());
    };
    add("450700", "钦州市", "Qinzhou");
    add("450702", "钦南区", "Qinnan District");
    add("450703", "钦北区", "Qinbei District");
    add("450721", "灵山县", "Lingshan County");
    add("450722", "浦北县", ""); // no English name: its Chinese one
    QTemporaryDir dir;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        render::MapDocument document = labelledDocument(false);
        render::ComplianceMapBuilder::nameRegions(document, dataset, language);
        // When exported
        const QString path = dir.filePath(language + QStringLiteral(".svg"));
        render::ExportOptions o = options();
        o.decorations.language = language;
        ASSERT_TRUE(render::MapExporter::exportMap(document, o, path).isOk());
        const QString all = svgTexts(path).join(QLatin1Char('|'));
        // Then the labels are in the map's language
        const bool en = language == QLatin1String("en");
        EXPECT_EQ(all.contains(QStringLiteral("Qinnan District")), en) << all.toStdString();
        EXPECT_EQ(all.contains(QStringLiteral("Lingshan County")), en) << all.toStdString();
        EXPECT_EQ(all.contains(QStringLiteral("钦南区")), !en) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("浦北县"))) << all.toStdString();
    }
}

TEST(MapExporter, anEnglishMapNamesARiverByItsLayersEnglishName) {
    // Given a river of no region, named in both languages in its layer (as data/qinzhou/geometry/rivers)
    geo::FeatureLayer rivers;
    rivers.name = QStringLiteral("rivers");
    rivers.role = geo::LayerRole::Rivers;
    rivers.geometryKind = geo::GeometryKind::Line;
    geo::Feature river;
    river.regionCode = QStringLiteral("RIVER-QINJIANG");
    river.name = QStringLiteral("钦江");
    river.attributes.insert(QStringLiteral("name_en"), QStringLiteral("Qin River"));
    river.rings = {QPolygonF({QPointF(109.26, 22.49), QPointF(109.27, 22.42)})};
    rivers.features = {river};
    rivers.updateBounds();
    const core::Dataset dataset;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh")}) {
        std::vector<geo::FeatureLayer> layers{rivers};
        render::MapDocument document =
            render::ComplianceMapBuilder::documentFromLayers(std::move(layers), QStringLiteral("EPSG:4490"));
        // When its regions are named in the map's language
        render::ComplianceMapBuilder::nameRegions(document, dataset, language);
        // Then English maps call it by its English name, Chinese ones by the layer's own (Chinese) name
        const auto& names = document.layer(0).style().regionNames;
        const QString shown = names.value(river.regionCode, river.name);
        EXPECT_EQ(shown,
                  language == QLatin1String("en") ? QStringLiteral("Qin River") : QStringLiteral("钦江"));
    }
}

TEST(MapExporter, pdfContainsTheChineseLabelsAsTextWithAnEmbeddedFont) {
    // The fonts and poppler-utils come from scripts/packages.txt: their absence is a failure, not a skip.
    ASSERT_TRUE(render::FontResolver::pdfFont().isOk()) << render::FontResolver::pdfFont().error().message();
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    ASSERT_FALSE(pdftotext.isEmpty() || pdffonts.isEmpty()) << "poppler-utils missing";
    // Given the toy counties / When exported to PDF
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    ASSERT_TRUE(render::MapExporter::exportMap(labelledDocument(false), options(), path).isOk());
    // Then pdftotext finds the county names and legend classes
    const QString text = runTool(pdftotext, {path, QStringLiteral("-")});
    for (const QString& expected : {QStringLiteral("钦州市节水目标达标图"), QStringLiteral("钦南区"),
                                    QStringLiteral("灵山县"), QStringLiteral("临界"), QStringLiteral("图例"),
                                    QStringLiteral("CGCS2000"), QStringLiteral("EPSG:4545")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << " not in: " << text.toStdString();
    // And no Kangxi radical stands in for an ideograph
    for (const QChar c : text)
        EXPECT_FALSE(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF)
            << "Kangxi radical in: " << text.toStdString();
    // And no schematic note for surveyed geometry
    EXPECT_FALSE(text.contains(QStringLiteral("示意图")));
    // And pdffonts lists the CJK font as embedded ("emb" column yes)
    const QString fonts = runTool(pdffonts, {path});
    const QString family = render::FontResolver::pdfFont().value().family().remove(QLatin1Char(' '));
    bool embeddedCjk = false;
    for (const QString& line : fonts.split(QLatin1Char('\n'))) {
        // Columns: name, type (1-2 words), encoding, emb, sub, uni, object, generation.
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 7 && columns.front().contains(family, Qt::CaseInsensitive) &&
            columns[columns.size() - 5] == QLatin1String("yes"))
            embeddedCjk = true;
    }
    EXPECT_TRUE(embeddedCjk) << fonts.toStdString();
}

TEST(MapExporter, pngHasThePageSize) {
    if (render::FontResolver::cjkFont().hasError())
        GTEST_SKIP() << "no CJK font installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    ASSERT_TRUE(render::MapExporter::exportMap(labelledDocument(false), options(), path).isOk());
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(800, 600));
}

TEST(MapExporter, unwritablePathIsAnIoError) {
    if (render::FontResolver::cjkFont().hasError())
        GTEST_SKIP() << "no CJK font installed";
    const auto status = render::MapExporter::exportMap(labelledDocument(false), options(),
                                                       QStringLiteral("/nonexistent-dir/x/map.png"));
    ASSERT_TRUE(status.hasError());
    EXPECT_EQ(status.error().code(), core::ErrorCode::IoError);
}
