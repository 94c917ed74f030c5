// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionDetailsPanel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "UncertaintyController.h"
#include "model/IndicatorDisplay.h"
#include "render/StatusPalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace jieshui::ui {

namespace {
QString kindName(core::RegionKind kind) {
    const std::string_view name = core::regionKindName(kind, DomainLabels::isChinese());
    QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

RegionDetailsPanel::RegionDetailsPanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_heading(new QLabel(this)), m_facts(new QLabel(this)),
      m_table(new QTableWidget(0, FirstKeyYearColumn + 1, this)) {
    auto* layout = new QVBoxLayout(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_facts->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_table, 1);
    connect(m_controller, &ProjectController::changed, this, &RegionDetailsPanel::onChanged);
    connect(m_controller->uncertainty(), &UncertaintyController::resultChanged, this,
            &RegionDetailsPanel::rebuild);
    rebuild();
}

QString RegionDetailsPanel::heading() const {
    return m_heading->text();
}

int RegionDetailsPanel::rowOf(core::Indicator indicator) const {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, IndicatorColumn)->data(Qt::UserRole).toInt() == int(indicator))
            return row;
    return -1;
}

void RegionDetailsPanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::RegionSelected || event.kind == ChangeKind::ProjectReplaced ||
        event.affectsResults())
        rebuild();
}

QTableWidgetItem* RegionDetailsPanel::probabilityItem(core::Indicator indicator) const {
    auto* item = new QTableWidgetItem(QStringLiteral("—"));
    const auto verdict = m_controller->judgeRegion(indicator, m_regionCode);
    const core::OutcomeDistribution* outcome =
        verdict ? m_controller->uncertainty()->outcome(verdict->target.id, m_regionCode.toStdString())
                : nullptr;
    const std::optional<double> p = outcome ? outcome->probabilityMet() : std::nullopt;
    if (!p)
        return item;
    QString text = QString::fromStdString(core::IndicatorDisplay::formatProbability(*p));
    if (outcome->band)
        text += QStringLiteral(" · ") + QString::fromStdString(core::IndicatorDisplay::formatRange(
                                            verdict->target, outcome->band->low, outcome->band->high));
    item->setText(text);
    item->setForeground(render::StatusPalette::probabilityColor(*p).darker(150));
    item->setToolTip(
        tr("Met in %1 of %2 judged draws; the value in %3 lies between these bounds in 90 % of them")
            .arg(outcome->met)
            .arg(outcome->judged)
            .arg(verdict->target.year));
    return item;
}

void RegionDetailsPanel::rebuild() {
    m_regionCode = m_controller->selectedRegion();
    const int year = m_controller->year();
    // The plan's key years already observed: what the region did at the base year and each milestone.
    const core::PlanYears& plan = m_controller->planYears();
    const int lastObserved = m_controller->project().dataset.yearRange().second;
    m_keyYears.clear();
    for (int key : plan.keyYears())
        if (key <= lastObserved || m_keyYears.empty())
            m_keyYears.push_back(key);
    const int baseYear =
        plan.baseYear != 0 ? plan.baseYear : (m_keyYears.empty() ? year : m_keyYears.front());
    QStringList headers{tr("Indicator"), tr("Selected %1").arg(year), tr("Target %1").arg(year)};
    for (int key : m_keyYears)
        headers << QString::number(key);
    headers << tr("Since %1").arg(baseYear) << tr("P(met) · 5–95 %");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const core::Dataset& dataset = m_controller->project().dataset;
    const core::Region* region = dataset.region(m_regionCode.toStdString());
    if (!region) {
        m_heading->setText(tr("No region selected"));
        m_facts->setText(tr("Click a county on the map to see all its indicators."));
        m_table->setRowCount(0);
        return;
    }
    m_heading->setText(DomainLabels::regionName(*region));
    QString facts = tr("%1 · code %2").arg(kindName(region->kind), QString::fromStdString(region->code));
    if (!region->parentCode.empty())
        facts +=
            tr(" · in %1").arg(DomainLabels::regionName(dataset, QString::fromStdString(region->parentCode)));
    const auto children = dataset.children(region->code);
    if (!children.empty())
        facts += tr(" · %n sub-regions", nullptr, int(children.size()));
    if (region->provenance.isEstimate())
        facts += tr(" · attributes estimated");
    m_facts->setText(facts);

    std::vector<core::Indicator> indicators;
    for (const core::IndicatorInfo& info : core::IndicatorCatalog::all())
        if (info.indicator != core::Indicator::TaskMilestone)
            indicators.push_back(info.indicator);
    m_table->setRowCount(int(indicators.size()));
    std::vector<int> years{year};
    years.insert(years.end(), m_keyYears.begin(), m_keyYears.end());
    const auto baseIndex =
        std::size_t(std::find(m_keyYears.begin(), m_keyYears.end(), baseYear) - m_keyYears.begin()) + 1;
    for (int row = 0; row < int(indicators.size()); ++row) {
        const core::Indicator indicator = indicators[std::size_t(row)];
        auto* name = new QTableWidgetItem(DomainLabels::indicatorName(indicator));
        name->setData(Qt::UserRole, int(indicator));
        m_table->setItem(row, IndicatorColumn, name);
        std::vector<std::optional<double>> values(years.size());
        for (std::size_t i = 0; i < years.size(); ++i) {
            auto value = m_controller->compute(indicator, m_regionCode, years[i]);
            auto* item = new QTableWidgetItem(QStringLiteral("—"));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (value.isOk()) {
                values[i] = value.value().value;
                QString text = DomainLabels::formatValue(indicator, value.value().value);
                if (value.value().provenance != core::ProvenanceKind::Sourced) {
                    text = tr("%1 (est.)").arg(text);
                    QFont font = item->font();
                    font.setItalic(true);
                    item->setFont(font);
                    item->setForeground(QColor(0x61, 0x61, 0x61));
                }
                item->setText(text);
                item->setToolTip(
                    tr("%1, %2: %3").arg(DomainLabels::regionName(*region)).arg(years[i]).arg(text));
            } else {
                item->setToolTip(tr("%1, %2: no data").arg(DomainLabels::regionName(*region)).arg(years[i]));
            }
            m_table->setItem(row, i == 0 ? int(SelectedYearColumn) : FirstKeyYearColumn + int(i) - 1, item);
        }
        // Trend: change from the base year to the selected year, in display units (percentage points for %).
        auto* trend = new QTableWidgetItem(QStringLiteral("—"));
        if (baseIndex < values.size() && values[0] && values[baseIndex] && year != baseYear) {
            const double change = *values[0] - *values[baseIndex];
            const QString arrow = change > 0   ? QStringLiteral("↑ ")
                                  : change < 0 ? QStringLiteral("↓ ")
                                               : QStringLiteral("→ ");
            trend->setText(arrow + DomainLabels::formatGap(indicator, change));
        }
        m_table->setItem(row, trendColumn(), trend);
        auto* status = new QTableWidgetItem(QStringLiteral("—"));
        if (const auto verdict = m_controller->judgeRegion(indicator, m_regionCode)) {
            status->setText(DomainLabels::statusName(verdict->status) + QStringLiteral(" (") +
                            DomainLabels::comparatorText(verdict->target.comparator) + QLatin1Char(' ') +
                            DomainLabels::formatValue(indicator, verdict->target.value) + QLatin1Char(')'));
            status->setForeground(DomainLabels::statusColor(verdict->status));
            status->setToolTip(DomainLabels::verdictSentence(*verdict, dataset, true));
        }
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, probabilityColumn(), probabilityItem(indicator));
    }
}

} // namespace jieshui::ui
