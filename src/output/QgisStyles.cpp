// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/QgisStyles.h"

#include "engine/Verdict.h"
#include "model/Indicator.h"
#include "render/StatusPalette.h"

#include <QXmlStreamWriter>

namespace jieshui::output {

namespace {

QString rgba(const QColor& c) {
    return QStringLiteral("%1,%2,%3,255").arg(c.red()).arg(c.green()).arg(c.blue());
}

QString titleOf(const store::ComplianceColumn& column, const ReportLanguage& l) {
    const auto indicator = core::IndicatorCatalog::fromId(column.indicator);
    QString name = QString::fromStdString(column.indicator);
    if (indicator) {
        // Caps are judged in the assessment scope, as on the program's maps.
        const core::Indicator shown = *indicator == core::Indicator::TotalWaterUse
                                          ? core::Indicator::TotalWaterUseAssessment
                                          : *indicator;
        const core::IndicatorInfo& info = core::IndicatorCatalog::info(shown);
        name = l.name(std::string(info.nameEn), std::string(info.nameZh));
    }
    return l.isChinese() ? QStringLiteral("%1 %2年 达标评价").arg(name).arg(column.year)
                         : QStringLiteral("%1 %2 — compliance").arg(name).arg(column.year);
}

void option(QXmlStreamWriter& xml, const QString& name, const QString& value) {
    xml.writeStartElement(QStringLiteral("Option"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeEndElement();
}

} // namespace

std::string QgisStyles::qml(const std::string& column, const QString& title, const ReportLanguage& language) {
    const QString attr = QString::fromStdString(column);
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    xml.writeStartElement(QStringLiteral("qgis"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.28.0"));
    xml.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("Symbology|Labeling|Fields"));
    xml.writeStartElement(QStringLiteral("renderer-v2"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("categorizedSymbol"));
    xml.writeAttribute(QStringLiteral("attr"), attr);
    xml.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("categories"));
    int index = 0;
    for (const core::VerdictStatus status : render::StatusPalette::all) {
        xml.writeStartElement(QStringLiteral("category"));
        xml.writeAttribute(QStringLiteral("value"), QString::fromLatin1(core::verdictStatusId(status)));
        xml.writeAttribute(QStringLiteral("label"), render::StatusPalette::name(status, language.code()));
        xml.writeAttribute(QStringLiteral("symbol"), QString::number(index++));
        xml.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // categories
    xml.writeStartElement(QStringLiteral("symbols"));
    index = 0;
    for (const core::VerdictStatus status : render::StatusPalette::all) {
        xml.writeStartElement(QStringLiteral("symbol"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("fill"));
        xml.writeAttribute(QStringLiteral("name"), QString::number(index++));
        xml.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
        xml.writeStartElement(QStringLiteral("layer"));
        xml.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleFill"));
        xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
        xml.writeStartElement(QStringLiteral("Option"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
        option(xml, QStringLiteral("color"), rgba(render::StatusPalette::color(status)));
        option(xml, QStringLiteral("outline_color"), QStringLiteral("64,64,64,255"));
        option(xml, QStringLiteral("outline_width"), QStringLiteral("0.3"));
        option(xml, QStringLiteral("outline_width_unit"), QStringLiteral("MM"));
        // "No data" reads without colour: a dense dot pattern, as on the program's maps.
        option(xml, QStringLiteral("style"),
               render::StatusPalette::isDotted(status) ? QStringLiteral("dense6") : QStringLiteral("solid"));
        xml.writeEndElement(); // Option
        xml.writeEndElement(); // layer
        xml.writeEndElement(); // symbol
    }
    xml.writeEndElement(); // symbols
    xml.writeEndElement(); // renderer-v2
    // County names as labels.
    xml.writeStartElement(QStringLiteral("labeling"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    xml.writeStartElement(QStringLiteral("settings"));
    xml.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
    xml.writeStartElement(QStringLiteral("text-style"));
    xml.writeAttribute(QStringLiteral("fieldName"), QStringLiteral("name"));
    xml.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("fontSize"), QStringLiteral("10"));
    xml.writeAttribute(QStringLiteral("textColor"), QStringLiteral("32,32,32,255"));
    xml.writeStartElement(QStringLiteral("text-buffer"));
    xml.writeAttribute(QStringLiteral("bufferDraw"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("bufferSize"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("bufferColor"), QStringLiteral("255,255,255,255"));
    xml.writeEndElement();
    xml.writeEndElement(); // text-style
    xml.writeStartElement(QStringLiteral("placement"));
    xml.writeAttribute(QStringLiteral("placement"), QStringLiteral("1")); // around/over point: polygon centre
    xml.writeEndElement();
    xml.writeEndElement(); // settings
    xml.writeEndElement(); // labeling
    xml.writeStartElement(QStringLiteral("aliases"));
    xml.writeStartElement(QStringLiteral("alias"));
    xml.writeAttribute(QStringLiteral("field"), attr);
    xml.writeAttribute(QStringLiteral("name"), title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("layerGeometryType"), QStringLiteral("2"));
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return out.toStdString();
}

std::string QgisStyles::sld(const std::string& column, const QString& title, const ReportLanguage& language) {
    const QString se = QStringLiteral("http://www.opengis.net/se");
    const QString ogc = QStringLiteral("http://www.opengis.net/ogc");
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(se, QStringLiteral("se"));
    xml.writeNamespace(ogc, QStringLiteral("ogc"));
    xml.writeStartElement(QStringLiteral("http://www.opengis.net/sld"),
                          QStringLiteral("StyledLayerDescriptor"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
    xml.writeStartElement(QStringLiteral("http://www.opengis.net/sld"), QStringLiteral("NamedLayer"));
    xml.writeTextElement(se, QStringLiteral("Name"), QString::fromLatin1(store::ComplianceLayer::tableName));
    xml.writeStartElement(QStringLiteral("http://www.opengis.net/sld"), QStringLiteral("UserStyle"));
    xml.writeTextElement(se, QStringLiteral("Name"), title);
    xml.writeStartElement(se, QStringLiteral("FeatureTypeStyle"));
    for (const core::VerdictStatus status : render::StatusPalette::all) {
        xml.writeStartElement(se, QStringLiteral("Rule"));
        xml.writeTextElement(se, QStringLiteral("Name"),
                             render::StatusPalette::name(status, language.code()));
        xml.writeStartElement(ogc, QStringLiteral("Filter"));
        xml.writeStartElement(ogc, QStringLiteral("PropertyIsEqualTo"));
        xml.writeTextElement(ogc, QStringLiteral("PropertyName"), QString::fromStdString(column));
        xml.writeTextElement(ogc, QStringLiteral("Literal"),
                             QString::fromLatin1(core::verdictStatusId(status)));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(se, QStringLiteral("PolygonSymbolizer"));
        xml.writeStartElement(se, QStringLiteral("Fill"));
        xml.writeStartElement(se, QStringLiteral("SvgParameter"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("fill"));
        xml.writeCharacters(render::StatusPalette::color(status).name());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // PolygonSymbolizer
        xml.writeEndElement(); // Rule
    }
    xml.writeEndElement(); // FeatureTypeStyle
    xml.writeEndElement(); // UserStyle
    xml.writeEndElement(); // NamedLayer
    xml.writeEndElement(); // StyledLayerDescriptor
    xml.writeEndDocument();
    return out.toStdString();
}

std::vector<store::LayerStyleRow> QgisStyles::styles(const std::vector<store::ComplianceColumn>& columns,
                                                     const ReportLanguage& language) {
    std::vector<store::LayerStyleRow> rows;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const QString title = titleOf(columns[i], language);
        rows.push_back({.name = title.toStdString(),
                        .qml = qml(columns[i].column, title, language),
                        .sld = sld(columns[i].column, title, language),
                        .useAsDefault = i == 0,
                        .description = "Jieshui Workbench compliance style"});
    }
    return rows;
}

std::string QgisStyles::defaultScenarioKey(const core::EvaluationService& service) {
    const std::string scenario = service.defaultScenario();
    return scenario.empty() ? std::string("observed") : scenario;
}

core::Status QgisStyles::write(store::ProjectFile& file, const std::string& scenario,
                               const ReportLanguage& language) {
    return file.writeComplianceLayer(scenario,
                                     [&language](const std::vector<store::ComplianceColumn>& columns) {
                                         return styles(columns, language);
                                     });
}

} // namespace jieshui::output
