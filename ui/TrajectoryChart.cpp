// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrajectoryChart.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::ui {

namespace {
// Okabe–Ito colours (colour-blind safe) for the counties; the city is drawn in black.
const QColor regionColors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                               QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
} // namespace

TrajectoryChart::TrajectoryChart(ProjectController* controller, QWidget* parent)
    : QChartView(parent), m_controller(controller) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    connect(m_controller, &ProjectController::changed, this, &TrajectoryChart::onChanged);
    rebuild();
}

void TrajectoryChart::setLargeText(bool large) {
    m_largeText = large;
    rebuild();
}

void TrajectoryChart::onChanged(const ChangeEvent& event) {
    if (event.affectsResults() || event.kind == ChangeKind::RegionSelected)
        rebuild();
}

void TrajectoryChart::rebuild() {
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = chart->font();
    if (m_largeText) {
        font.setPointSizeF(font.pointSizeF() * 1.6);
        chart->legend()->setFont(font);
    }
    const core::Indicator indicator = m_controller->indicator();
    const QString unit = DomainLabels::displayUnit(indicator);
    chart->setTitle(unit.isEmpty()
                        ? DomainLabels::indicatorName(indicator)
                        : QStringLiteral("%1 (%2)").arg(DomainLabels::indicatorName(indicator), unit));
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    auto* xAxis = new QValueAxis();
    xAxis->setRange(m_controller->firstYear(), m_controller->lastYear());
    xAxis->setTickCount(5);
    xAxis->setMinorTickCount(4);
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setLabelsFont(font);
    auto* yAxis = new QValueAxis();
    yAxis->setLabelsFont(font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const core::Dataset& dataset = m_controller->project().dataset;
    std::vector<const core::Region*> regions;
    // A province's project draws the focus city and its counties (the province view shows every city).
    const core::Region* top = m_controller->focusCity().isEmpty()
                                  ? dataset.root()
                                  : dataset.region(m_controller->focusCity().toStdString());
    if (const core::Region* root = top) {
        regions.push_back(root);
        for (const core::Region* child : dataset.children(root->code))
            if (child->kind == core::RegionKind::County)
                regions.push_back(child);
    }
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto extend = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    m_regionLineCount = 0;
    int colorIndex = 0;
    for (const core::Region* region : regions) {
        const bool isCity = region->kind == core::RegionKind::City;
        const QString code = QString::fromStdString(region->code);
        const bool selected = code == m_controller->selectedRegion();
        QColor color = isCity ? QColor(Qt::black) : regionColors[colorIndex++ % std::size(regionColors)];
        const double width = isCity ? 3.0 : selected ? 3.0 : 1.8;
        auto* observed = new QLineSeries();
        auto* estimated = new QLineSeries();
        observed->setName(DomainLabels::regionName(*region));
        estimated->setName(DomainLabels::regionName(*region));
        observed->setPen(QPen(color, width, Qt::SolidLine));
        estimated->setPen(QPen(color, width, Qt::DashLine));
        bool any = false;
        std::optional<QPointF> previous;
        bool previousEstimated = false;
        for (int year = m_controller->firstYear(); year <= m_controller->lastYear(); ++year) {
            auto value = m_controller->compute(indicator, code, year);
            if (value.hasError()) {
                previous.reset();
                continue;
            }
            const QPointF point(year, DomainLabels::toDisplay(indicator, value.value().value));
            extend(point.y());
            const bool isEstimate = value.value().provenance != core::ProvenanceKind::Sourced;
            // Each series holds its own stretch; a joint point links observed to estimated.
            if (isEstimate) {
                if (previous && !previousEstimated)
                    estimated->append(*previous);
                estimated->append(point);
            } else {
                observed->append(point);
            }
            previous = point;
            previousEstimated = isEstimate;
            any = true;
        }
        if (!any) {
            delete observed;
            delete estimated;
            continue;
        }
        ++m_regionLineCount;
        const bool hasObserved = observed->count() > 0;
        for (QLineSeries* series : {observed, estimated}) {
            if (series->count() == 0) {
                delete series;
                continue;
            }
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            // One legend entry per region; the dashed style is explained once below.
            if (series == estimated && hasObserved)
                for (QLegendMarker* marker : chart->legend()->markers(series))
                    marker->setVisible(false);
        }
    }
    auto* estimateKey = new QLineSeries();
    estimateKey->setName(tr("Estimate or projection (dashed)"));
    estimateKey->setPen(QPen(QColor(0x61, 0x61, 0x61), 1.8, Qt::DashLine));
    chart->addSeries(estimateKey);
    estimateKey->attachAxis(xAxis);
    estimateKey->attachAxis(yAxis);

    // Targets of the plan for this indicator, as markers at (year, target).
    auto* targets = new QScatterSeries();
    targets->setName(tr("Target"));
    targets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    targets->setMarkerSize(m_largeText ? 16 : 11);
    targets->setColor(QColor(0xc6, 0x28, 0x28));
    targets->setBorderColor(Qt::white);
    m_targetMarkerCount = 0;
    for (const core::PlanTarget& target : dataset.targets()) {
        if (target.indicator != indicator)
            continue;
        const double y = DomainLabels::toDisplay(indicator, target.value);
        targets->append(target.year, y);
        extend(y);
        ++m_targetMarkerCount;
    }
    chart->addSeries(targets);
    targets->attachAxis(xAxis);
    targets->attachAxis(yAxis);

    if (low > high) {
        low = 0;
        high = 1;
    }
    const double pad = (high - low) * 0.08 + (high == low ? std::abs(high) * 0.1 + 0.1 : 0.0);
    yAxis->setRange(low - pad, high + pad);
    yAxis->applyNiceNumbers();

    // The selected year as a thin vertical rule.
    auto* rule = new QLineSeries();
    rule->setPen(QPen(QColor(0x0d, 0x47, 0xa1, 120), 1.0, Qt::DotLine));
    rule->append(m_controller->year(), yAxis->min());
    rule->append(m_controller->year(), yAxis->max());
    chart->addSeries(rule);
    rule->attachAxis(xAxis);
    rule->attachAxis(yAxis);
    for (QLegendMarker* marker : chart->legend()->markers(rule))
        marker->setVisible(false);

    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace jieshui::ui
