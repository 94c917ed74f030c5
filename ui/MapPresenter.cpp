// SPDX-License-Identifier: GPL-3.0-or-later
#include "MapPresenter.h"

#include "DomainLabels.h"
#include "MapCanvas.h"
#include "ProjectController.h"
#include "geo/CoordinateTransformer.h"
#include "render/ComplianceMapBuilder.h"

#include <QLocale>

namespace jieshui::ui {

MapPresenter::MapPresenter(ProjectController* controller, MapCanvas* canvas, QObject* parent)
    : QObject(parent), m_controller(controller), m_canvas(canvas) {
    connect(m_controller, &ProjectController::changed, this, &MapPresenter::onChanged);
    connect(m_canvas, &MapCanvas::regionIdentified, m_controller, &ProjectController::setSelectedRegion);
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
    switch (event.kind) {
    case ChangeKind::ProjectReplaced:
        if (!m_controller->project().metadata.displayCrs.empty())
            m_displayCrs = QString::fromStdString(m_controller->project().metadata.displayCrs);
        reprojectLayers();
        rebuildDocument(true);
        m_canvas->setSelectedRegion(QString());
        break;
    case ChangeKind::LayersChanged:
    case ChangeKind::DataChanged:
    case ChangeKind::ScenariosChanged:
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
        m_sourceIndex.push_back(i);
    }
}

void MapPresenter::rebuildDocument(bool fitExtent) {
    const ProjectData& project = m_controller->project();
    std::vector<geo::FeatureLayer> layers;
    for (int i = 0; i < m_displayLayers.size(); ++i)
        if (project.layerVisible.value(m_sourceIndex[i], true))
            layers.push_back(m_displayLayers[i]);
    render::MapDocument document =
        render::ComplianceMapBuilder::documentFromLayers(std::move(layers), m_displayCrs);

    const core::ScenarioResult* result = m_controller->result();
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
    if (const core::Scenario* scenario = project.scenario(m_controller->scenario()))
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
    auto compliance = builder.complianceStyle(request);
    if (compliance.isOk()) {
        render::ComplianceMapBuilder::applyCompliance(document, compliance.value());
        m_themeDescription = tr("Compliance: %1").arg(compliance.value().title());
    } else {
        // No target of this indicator in this year: show the counties' values on a graduated scale.
        const int counties = document.indexOfRole(geo::LayerRole::Counties);
        if (counties >= 0) {
            std::vector<std::string> codes;
            for (const geo::Feature& feature : document.layer(counties).featureLayer().features)
                if (!feature.regionCode.isEmpty())
                    codes.push_back(feature.regionCode.toStdString());
            render::LayerStyle& style = document.layer(counties).style();
            style.fillMode = render::FillMode::Graduated;
            style.graduated.setResults(builder.values(indicator, year, codes));
            const QString unit = DomainLabels::displayUnit(indicator);
            style.graduated.setTitle(QStringLiteral("%1%2 %3")
                                         .arg(DomainLabels::indicatorName(indicator),
                                              unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit))
                                         .arg(year));
            style.labelsVisible = true;
        }
        m_themeDescription =
            tr("Values: %1 %2 (no target this year)").arg(DomainLabels::indicatorName(indicator)).arg(year);
    }
    m_canvas->setDocument(std::move(document), fitExtent);
    emit themeChanged(m_themeDescription);
}

} // namespace jieshui::ui
