// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPresenter.h"

#include "DomainLabels.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "UncertaintyController.h"
#include "geo/CoordinateTransformer.h"
#include "render/ComplianceMapBuilder.h"
#include "render/ProbabilityMapBuilder.h"
#include "report/JudgedIndicator.h"

#include <QLocale>

namespace jieshui::ui {

MapPresenter::MapPresenter(ProjectController* controller, MapCanvas* canvas, QObject* parent)
    : QObject(parent), m_controller(controller), m_canvas(canvas) {
    connect(m_controller, &ProjectController::changed, this, &MapPresenter::onChanged);
    connect(m_canvas, &MapCanvas::regionIdentified, m_controller, &ProjectController::setSelectedRegion);
    connect(m_controller->uncertainty(), &UncertaintyController::resultChanged, this, [this] {
        if (m_probabilityStyle && m_active)
            rebuildDocument(false);
    });
    m_canvas->setRegionToolTipProvider([this](const QString& code) { return regionToolTip(code); });
}

void MapPresenter::setProbabilityStyle(bool on) {
    if (on == m_probabilityStyle)
        return;
    m_probabilityStyle = on;
    rebuildDocument(false);
}

void MapPresenter::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (m_active) { // catch up with whatever was ignored
        reprojectLayers();
        reevaluateOwn();
        rebuildDocument(true);
        m_canvas->setSelectedRegion(m_controller->selectedRegion());
    }
}

void MapPresenter::setScenario(const QString& name) {
    if (name == m_ownScenario)
        return;
    m_ownScenario = name;
    if (!m_active)
        return;
    reevaluateOwn();
    rebuildDocument(false);
}

QString MapPresenter::scenario() const {
    return m_ownScenario.isEmpty() ? m_controller->scenario() : m_ownScenario;
}

void MapPresenter::reevaluateOwn() {
    m_ownResult.reset();
    if (m_ownScenario.isEmpty())
        return;
    auto evaluated = m_controller->service().evaluate(m_ownScenario.toStdString());
    if (evaluated.isOk())
        m_ownResult.emplace(std::move(evaluated).value());
    else
        emit message(tr("The scenario “%1” could not be evaluated: %2")
                         .arg(m_ownScenario, QString::fromStdString(evaluated.error().message())));
}

const core::ScenarioResult* MapPresenter::result() const {
    if (m_ownScenario.isEmpty())
        return m_controller->result();
    return m_ownResult ? &*m_ownResult : nullptr;
}

QString MapPresenter::regionToolTip(const QString& regionCode) const {
    const core::ScenarioResult* shown = result();
    const core::Dataset& dataset = m_controller->project().dataset;
    if (!shown || regionCode.isEmpty())
        return {};
    const core::Indicator indicator = m_controller->indicator();
    const int year = m_controller->year();
    const std::string code = regionCode.toStdString();
    if (const auto verdict = shown->regionVerdict(indicator, code, year))
        return DomainLabels::verdictSentence(*verdict, dataset, true);
    // No target this year: the value alone.
    const core::Indicator mapped = core::judgedIndicator(indicator);
    const auto value = shown->value(mapped, code, year);
    QString text = value.isOk() ? DomainLabels::formatValue(mapped, value.value().value) : tr("no data");
    if (value.isOk() && value.value().provenance != core::ProvenanceKind::Sourced)
        text = tr("%1 (%2)").arg(text, DomainLabels::provenanceName(value.value().provenance).toLower());
    return tr("<b>%1</b>, %2<br>%3: %4<br>no target of the plan this year")
        .arg(DomainLabels::regionName(dataset, regionCode).toHtmlEscaped())
        .arg(year)
        .arg(DomainLabels::indicatorName(mapped).toHtmlEscaped(), text.toHtmlEscaped());
}

bool MapPresenter::setDisplayCrs(const QString& crs) {
    if (crs == m_displayCrs)
        return true;
    // Check the CRS before dropping the current display.
    if (geo::CoordinateTransformer::create(geo::CoordinateTransformer::storageCrs(), crs).hasError())
        return false;
    m_displayCrs = crs;
    reprojectLayers();
    rebuildDocument(true);
    return true;
}

QString MapPresenter::formatCoordinates(QPointF mapPoint) const {
    const bool geographic =
        m_displayCrs == QLatin1String("EPSG:4490") || m_displayCrs == QLatin1String("EPSG:4326");
    const QLocale locale;
    if (geographic)
        return tr("%1° E, %2° N (%3)")
            .arg(locale.toString(mapPoint.x(), 'f', 5), locale.toString(mapPoint.y(), 'f', 5), m_displayCrs);
    return tr("x %1 m, y %2 m (%3)")
        .arg(locale.toString(mapPoint.x(), 'f', 0), locale.toString(mapPoint.y(), 'f', 0), m_displayCrs);
}

void MapPresenter::onChanged(const ChangeEvent& event) {
    if (!m_active)
        return; // setActive(true) catches up
    switch (event.kind) {
    case ChangeKind::ProjectReplaced:
        if (!m_ownScenario.isEmpty() && !m_controller->scenarioNames().contains(m_ownScenario))
            m_ownScenario.clear();
        reevaluateOwn();
        if (!m_controller->project().metadata.displayCrs.empty())
            m_displayCrs = QString::fromStdString(m_controller->project().metadata.displayCrs);
        reprojectLayers();
        rebuildDocument(true);
        m_canvas->setSelectedRegion(QString());
        break;
    case ChangeKind::DataChanged:
    case ChangeKind::ScenariosChanged:
        reevaluateOwn();
        rebuildDocument(false);
        break;
    case ChangeKind::LayersChanged:
    case ChangeKind::LanguageChanged:
    case ChangeKind::YearChanged:
    case ChangeKind::IndicatorChanged:
    case ChangeKind::ScenarioChanged:
        rebuildDocument(false);
        break;
    case ChangeKind::RegionSelected:
        m_canvas->setSelectedRegion(m_controller->selectedRegion());
        break;
    default:
        break;
    }
}

void MapPresenter::reprojectLayers() {
    m_displayLayers.clear();
    m_displayGeometries.clear();
    m_sourceIndex.clear();
    const auto& layers = m_controller->project().layers;
    for (int i = 0; i < layers.size(); ++i) {
        const geo::FeatureLayer& layer = layers[i];
        auto transformer = geo::CoordinateTransformer::create(layer.crs, m_displayCrs);
        if (transformer.hasError()) {
            emit message(tr("Layer “%1” is not shown: %2")
                             .arg(layer.name, QString::fromStdString(transformer.error().message())));
            continue;
        }
        auto projected = transformer.value().transform(layer);
        if (projected.hasError()) {
            emit message(tr("Layer “%1” is not shown: %2")
                             .arg(layer.name, QString::fromStdString(projected.error().message())));
            continue;
        }
        m_displayLayers.push_back(std::move(projected).value());
        m_displayGeometries.push_back(std::make_shared<const render::LayerGeometry>(m_displayLayers.back()));
        m_sourceIndex.push_back(i);
    }
}

void MapPresenter::rebuildDocument(bool fitExtent) {
    const ProjectData& project = m_controller->project();
    std::vector<std::shared_ptr<const render::LayerGeometry>> layers;
    for (int i = 0; i < m_displayLayers.size(); ++i)
        if (project.layerVisible.value(m_sourceIndex[i], true))
            layers.push_back(m_displayGeometries[std::size_t(i)]);
    render::MapDocument document =
        render::ComplianceMapBuilder::documentFromGeometries(std::move(layers), m_displayCrs);
    render::ComplianceMapBuilder::nameRegions(
        document, project.dataset, DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en"));

    const core::ScenarioResult* result = this->result();
    const core::Indicator indicator = m_controller->indicator();
    const int year = m_controller->year();
    if (!result) {
        m_themeDescription = tr("Nothing to show: %1").arg(m_controller->evaluationProblem());
        m_canvas->setDocument(std::move(document), fitExtent);
        emit themeChanged(m_themeDescription);
        return;
    }
    render::ComplianceRequest request;
    request.indicator = indicator;
    request.year = year;
    request.language = DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en");
    if (const core::Scenario* scenario = project.scenario(this->scenario()))
        request.scenarioName =
            QString::fromStdString(core::scenarioDisplayName(*scenario, DomainLabels::isChinese()));
    // The province view: every city coloured by its verdict on its own plan, its counties drawn over them.
    if (!m_controller->cityResults().empty()) {
        std::vector<const core::ScenarioResult*> cities;
        for (const core::CityEvaluation& city : m_controller->cityResults())
            if (city.result)
                cities.push_back(&*city.result);
        auto province = render::ComplianceMapBuilder::provinceStyle(cities, request);
        if (province.isOk() && render::ComplianceMapBuilder::applyProvince(document, province.value())) {
            m_themeDescription = tr("Province: %1").arg(province.value().title());
            m_canvas->setDocument(std::move(document), fitExtent);
            emit themeChanged(m_themeDescription);
            return;
        }
    }
    const render::ComplianceMapBuilder builder(*result);
    const core::UncertaintyResult* uncertainty = m_controller->uncertainty()->result();
    const int counties = document.indexOfRole(geo::LayerRole::Counties);
    // The analysis is of the selected scenario: a second map showing another one stays a compliance map.
    if (m_probabilityStyle && uncertainty != nullptr && counties >= 0 && m_ownScenario.isEmpty()) {
        std::vector<std::string> codes;
        for (const geo::Feature& feature : document.layer(counties).featureLayer().features)
            if (!feature.regionCode.isEmpty())
                codes.push_back(feature.regionCode.toStdString());
        const render::ProbabilityRequest probability{indicator, year, request.language, request.scenarioName};
        auto style = render::ProbabilityMapBuilder(*result, *uncertainty).style(probability, codes);
        if (style.isOk()) {
            render::ProbabilityMapBuilder::apply(document, style.value());
            m_themeDescription = style.value().title();
            m_canvas->setDocument(std::move(document), fitExtent);
            emit themeChanged(m_themeDescription);
            return;
        }
    }
    auto compliance = builder.complianceStyle(request);
    if (compliance.isOk()) {
        render::ComplianceMapBuilder::applyCompliance(document, compliance.value());
        m_themeDescription = tr("Compliance: %1").arg(compliance.value().title());
    } else {
        // No target of this indicator in this year: show the counties' values on a graduated scale.
        if (counties >= 0) {
            std::vector<std::string> codes;
            for (const geo::Feature& feature : document.layer(counties).featureLayer().features)
                if (!feature.regionCode.isEmpty())
                    codes.push_back(feature.regionCode.toStdString());
            render::LayerStyle& style = document.layer(counties).style();
            style.fillMode = render::FillMode::Graduated;
            const core::Indicator mapped = core::judgedIndicator(indicator);
            style.graduated.setResults(builder.values(mapped, year, codes));
            const QString unit = DomainLabels::displayUnit(mapped);
            style.graduated.setTitle(QStringLiteral("%1%2 %3")
                                         .arg(DomainLabels::indicatorName(mapped),
                                              unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit))
                                         .arg(year));
            style.labelsVisible = true;
        }
        m_themeDescription = tr("Values: %1 %2 (no target this year)")
                                 .arg(DomainLabels::judgedIndicatorName(indicator))
                                 .arg(year);
    }
    m_canvas->setDocument(std::move(document), fitExtent);
    emit themeChanged(m_themeDescription);
}

} // namespace jieshui::ui
