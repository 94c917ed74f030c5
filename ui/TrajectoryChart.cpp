// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrajectoryChart.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "UncertaintyController.h"
#include "model/IndicatorDisplay.h"
#include "output/TrajectoryChart.h"
#include "report/JudgedIndicator.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace jieshui::ui {

namespace {
// Okabe–Ito colours (colour-blind safe) for the counties; the city is drawn in black.
const QColor regionColors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                               QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00)};
const QColor targetColor(0xc6, 0x28, 0x28);
// Half a year either side: markers at the first and last year are drawn whole.
constexpr double yearMargin = 0.6;

QString legendItem(const QString& glyph, const QColor& color, const QString& name) {
    // A non-breaking item: the legend wraps between items, never inside a name.
    return QStringLiteral(
               "<span style=\"white-space:nowrap\"><span style=\"color:%1\">%2</span>&nbsp;%3</span>")
        .arg(color.name(), glyph, name.toHtmlEscaped());
}
} // namespace

TrajectoryChart::TrajectoryChart(ProjectController* controller, QWidget* parent)
    : QChartView(parent), m_controller(controller), m_legend(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setAutoFillBackground(true);
    connect(m_controller, &ProjectController::changed, this, &TrajectoryChart::onChanged);
    connect(m_controller->uncertainty(), &UncertaintyController::resultChanged, this,
            &TrajectoryChart::rebuild);
    rebuild();
}

void TrajectoryChart::setLargeText(bool large) {
    m_largeText = large;
    rebuild();
}

void TrajectoryChart::onChanged(const ChangeEvent& event) {
    // Values, targets and fans only: a quota edit changes none of them (a chart rebuild is most of an
    // edit's cost on the UI thread).
    if (event.projectionsUnchanged)
        return;
    if (event.affectsResults() || event.kind == ChangeKind::RegionSelected)
        rebuild();
}

void TrajectoryChart::resizeEvent(QResizeEvent* event) {
    placeLegend();
    QChartView::resizeEvent(event);
    fitChart();
}

void TrajectoryChart::fitChart() {
    // QChartView sizes the chart to the whole view, margins included: the legend then covered the x axis's
    // year labels. The chart takes the viewport alone, above the legend.
    if (!chart())
        return;
    const QSizeF size = viewport()->size();
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    chart()->resize(size);
}

void TrajectoryChart::placeLegend() {
    // The legend lives in the view's bottom margin, as tall as its wrapped text needs.
    const int width = std::max(50, this->width() - 8);
    const int height = m_legend->heightForWidth(width) + 4;
    setViewportMargins(0, 0, 0, height);
    m_legend->setGeometry(4, this->height() - height - frameWidth(), width, height);
}

void TrajectoryChart::rebuild() {
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    // Thin margins: in a short dock (1366×768) every pixel goes to the plot and its year labels.
    chart->setMargins(QMargins(4, 2, 10, 0));
    QFont font = chart->font();
    if (m_largeText)
        font.setPointSizeF(font.pointSizeF() * 1.6);

    const core::PlanTarget* milestone = m_controller->focusedMilestone();
    // A cap is charted in the scope it is judged in (as the map and the status bar show it); its targets
    // are the plan's targets of the chosen indicator.
    const core::Indicator indicator = core::judgedIndicator(m_controller->indicator());
    const core::Dataset& dataset = m_controller->project().dataset;
    const bool flag = milestone && core::IndicatorDisplay::isFlag(*milestone);
    m_unit = milestone ? QString::fromStdString(core::IndicatorDisplay::targetUnit(*milestone))
                       : DomainLabels::displayUnit(indicator);
    QString title = DomainLabels::indicatorName(indicator);
    if (milestone) {
        title = DomainLabels::targetLabel(*milestone, dataset);
        for (const core::KeyTask& task : dataset.tasks())
            for (const core::TaskMilestoneText& m : task.milestones)
                if (m.targetId == milestone->id)
                    title += QStringLiteral(" — ") +
                             QString::fromStdString(DomainLabels::isChinese() || m.textEn.empty() ? m.textZh
                                                                                                  : m.textEn);
    }
    chart->setTitle(m_unit.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, m_unit));
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    // Years on the x axis, labelled every five years, with room for the end markers.
    auto* xAxis = new QCategoryAxis();
    xAxis->setStartValue(m_controller->firstYear() - yearMargin);
    for (int year = m_controller->firstYear(); year <= m_controller->lastYear(); year += 5)
        xAxis->append(QString::number(year), year);
    xAxis->setRange(m_controller->firstYear() - yearMargin, m_controller->lastYear() + yearMargin);
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setLabelsFont(font);
    QAbstractAxis* yAxis = nullptr;
    QValueAxis* yValues = nullptr;
    if (flag) {
        auto* categories = new QCategoryAxis();
        categories->setStartValue(-0.3);
        categories->append(DomainLabels::formatTargetValue(*milestone, 0.0), 0.0);
        categories->append(DomainLabels::formatTargetValue(*milestone, 1.0), 1.0);
        categories->setRange(-0.3, 1.3);
        categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        yAxis = categories;
    } else {
        yValues = new QValueAxis();
        yAxis = yValues;
    }
    yAxis->setLabelsFont(font);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

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
    // One value of a region in a year, in the unit shown.
    const core::ScenarioResult* result = m_controller->result();
    const std::function<std::optional<std::pair<double, bool>>(const QString&, int)> valueOf =
        [&](const QString& code, int year) -> std::optional<std::pair<double, bool>> {
        if (milestone) {
            if (!result)
                return std::nullopt;
            core::PlanTarget atRegion = *milestone;
            atRegion.regionCode = code.toStdString();
            auto value = result->taskValue(atRegion, year);
            if (value.hasError())
                return std::nullopt;
            return std::pair{core::IndicatorDisplay::toTargetUnit(*milestone, value.value().value),
                             value.value().provenance != core::ProvenanceKind::Sourced};
        }
        auto value = m_controller->compute(indicator, code, year);
        if (value.hasError())
            return std::nullopt;
        return std::pair{DomainLabels::toDisplay(indicator, value.value().value),
                         value.value().provenance != core::ProvenanceKind::Sourced};
    };

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    auto extend = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    QStringList legend;
    // The 5–95 % fan of the selected county (else of the city) from the uncertainty analysis, under the
    // lines.
    m_fanYearCount = 0;
    if (const core::UncertaintyResult* uncertainty = m_controller->uncertainty()->result();
        uncertainty != nullptr && milestone == nullptr) {
        QString fanRegion = m_controller->selectedRegion();
        int fanColor = -1; // the region's line colour: black for the city, else its place among the counties
        for (std::size_t i = 0; i < regions.size(); ++i)
            if (QString::fromStdString(regions[i]->code) == fanRegion)
                fanColor = static_cast<int>(i) - 1;
        if (fanColor < 0 && !regions.empty()) {
            fanRegion = QString::fromStdString(regions.front()->code);
            fanColor = -1;
        }
        if (const core::TrajectoryBand* band = uncertainty->trajectory(indicator, fanRegion.toStdString())) {
            auto* upper = new QLineSeries();
            auto* lower = new QLineSeries();
            for (int year = m_controller->firstYear(); year <= m_controller->lastYear(); ++year) {
                const std::optional<core::ValueBand>* at = band->at(year);
                if (at == nullptr || !at->has_value())
                    continue;
                const double high5 = DomainLabels::toDisplay(indicator, (*at)->high);
                const double bottom = DomainLabels::toDisplay(indicator, (*at)->low);
                upper->append(year, high5);
                lower->append(year, bottom);
                extend(high5);
                extend(bottom);
                ++m_fanYearCount;
            }
            if (m_fanYearCount > 0) {
                auto* fan = new QAreaSeries(upper, lower);
                upper->setParent(fan); // an area series does not own its bounds
                lower->setParent(fan);
                const core::Region* region = dataset.region(fanRegion.toStdString());
                const QString fanName =
                    tr("%1 5–95 %").arg(region ? DomainLabels::regionName(*region) : fanRegion);
                fan->setName(fanName);
                const QColor line = fanColor < 0
                                        ? QColor(0x42, 0x42, 0x42)
                                        : regionColors[std::size_t(fanColor) % std::size(regionColors)];
                fan->setBrush(output::TrajectoryChart::fanFill(line));
                fan->setPen(QPen(output::TrajectoryChart::fanEdge(line), 0.8));
                legend << legendItem(QStringLiteral("▓▓"), output::TrajectoryChart::fanEdge(line), fanName);
                chart->addSeries(fan);
                fan->attachAxis(xAxis);
                fan->attachAxis(yAxis);
            } else {
                delete upper;
                delete lower;
            }
        }
    }

    m_regionLineCount = 0;
    int colorIndex = 0;
    bool anyEstimate = false;
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
            const auto value = valueOf(code, year);
            if (!value) {
                previous.reset();
                continue;
            }
            const QPointF point(year, value->first);
            extend(point.y());
            const bool isEstimate = value->second;
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
        anyEstimate = anyEstimate || estimated->count() > 0;
        legend << legendItem(isCity ? QStringLiteral("━━") : QStringLiteral("──"), color,
                             DomainLabels::regionName(*region));
        for (QLineSeries* series : {observed, estimated}) {
            if (series->count() == 0) {
                delete series;
                continue;
            }
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
    }
    if (anyEstimate)
        legend << legendItem(QStringLiteral("╍╍"), QColor(0x61, 0x61, 0x61),
                             tr("Estimate or projection (dashed)"));

    // Targets of the plan for this indicator (or milestone), as markers at (year, target).
    auto* targets = new QScatterSeries();
    targets->setName(tr("Target"));
    targets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    targets->setMarkerSize(m_largeText ? 16 : 11);
    targets->setColor(targetColor);
    targets->setBorderColor(Qt::white);
    m_targetMarkerCount = 0;
    for (const core::PlanTarget& target : dataset.targets()) {
        const bool same = milestone ? target.indicator == core::Indicator::TaskMilestone &&
                                          target.variable == milestone->variable &&
                                          target.regionCode == milestone->regionCode
                                    : core::judgedIndicator(target.indicator) == indicator;
        if (!same)
            continue;
        const double y = milestone ? core::IndicatorDisplay::toTargetUnit(target, target.value)
                                   : DomainLabels::toDisplay(indicator, target.value);
        targets->append(target.year, y);
        extend(y);
        ++m_targetMarkerCount;
    }
    chart->addSeries(targets);
    targets->attachAxis(xAxis);
    targets->attachAxis(yAxis);
    if (m_targetMarkerCount > 0)
        legend << legendItem(QStringLiteral("■"), targetColor, tr("Target"));

    double ruleLow = -0.3, ruleHigh = 1.3;
    if (yValues) {
        if (low > high) {
            low = 0;
            high = 1;
        }
        // Room above and below so that every marker, the plan's caps included, lies inside the plot.
        const double pad = (high - low) * 0.08 + (high == low ? std::abs(high) * 0.1 + 0.1 : 0.0);
        yValues->setRange(low - pad, high + pad);
        yValues->applyNiceNumbers();
        ruleLow = yValues->min();
        ruleHigh = yValues->max();
    }

    // The selected year as a thin vertical rule.
    auto* rule = new QLineSeries();
    rule->setPen(QPen(QColor(0x0d, 0x47, 0xa1, 120), 1.0, Qt::DotLine));
    rule->append(m_controller->year(), ruleLow);
    rule->append(m_controller->year(), ruleHigh);
    chart->addSeries(rule);
    rule->attachAxis(xAxis);
    rule->attachAxis(yAxis);

    m_legend->setText(legend.join(QStringLiteral(" &nbsp; ")));
    QFont legendFont = font;
    if (!m_largeText) // a compact legend leaves the plot its height (three lines of English names)
        legendFont.setPointSizeF(font.pointSizeF() * 0.9);
    m_legend->setFont(legendFont);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    placeLegend();
    fitChart();
}

} // namespace jieshui::ui
