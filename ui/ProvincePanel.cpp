// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvincePanel.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <map>

namespace jieshui::ui {

namespace {

constexpr int kCodeRole = Qt::UserRole;

void fill(QTreeWidgetItem* item, const core::Verdict& verdict) {
    const core::Indicator indicator = verdict.target.indicator;
    item->setText(ProvincePanel::ValueColumn, verdict.value
                                                  ? DomainLabels::formatValue(indicator, verdict.value->value)
                                                  : QStringLiteral("—"));
    if (verdict.value && verdict.value->provenance != core::ProvenanceKind::Sourced) {
        QFont font = item->font(ProvincePanel::ValueColumn);
        font.setItalic(true);
        item->setFont(ProvincePanel::ValueColumn, font);
    }
    item->setText(ProvincePanel::TargetColumn,
                  DomainLabels::comparatorText(verdict.target.comparator) + QLatin1Char(' ') +
                      DomainLabels::formatValue(indicator, verdict.target.value));
    item->setText(ProvincePanel::StatusColumn, DomainLabels::statusName(verdict.status));
    item->setForeground(ProvincePanel::StatusColumn, DomainLabels::statusColor(verdict.status));
    item->setToolTip(ProvincePanel::StatusColumn, QString::fromStdString(verdict.explanation));
}

} // namespace

ProvincePanel::ProvincePanel(ProjectController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)) {
    m_tree->setColumnCount(4);
    retranslate();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item != nullptr && !m_rebuilding)
            m_controller->setSelectedRegion(item->data(RegionColumn, kCodeRole).toString());
    });
    connect(m_controller, &ProjectController::changed, this, &ProvincePanel::onChanged);
    rebuild();
}

QString ProvincePanel::summary() const {
    return m_summary->text();
}

void ProvincePanel::retranslate() {
    m_tree->setHeaderLabels({tr("City / county"), tr("Value"), tr("Target"), tr("Status")});
}

void ProvincePanel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::LanguageChanged)
        retranslate();
    if (event.affectsResults())
        rebuild();
}

void ProvincePanel::rebuild() {
    m_rebuilding = true;
    m_tree->clear();
    const core::Dataset& dataset = m_controller->project().dataset;
    if (m_controller->province() == nullptr) {
        m_summary->setText(
            tr("The province view shows every city of a province's project on one map and in one "
               "table. Make one with File → New Project From Boundaries… from a province's county "
               "boundaries."));
        m_rebuilding = false;
        return;
    }
    const core::Indicator indicator = m_controller->indicator();
    const int year = m_controller->year();
    std::map<core::VerdictStatus, int> counts;
    int withTarget = 0;
    int failed = 0;
    for (const core::CityEvaluation& city : m_controller->cityResults()) {
        const QString code = QString::fromStdString(city.cityCode);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(RegionColumn, DomainLabels::regionName(dataset, code));
        item->setData(RegionColumn, kCodeRole, code);
        item->setToolTip(RegionColumn, code);
        if (!city.result) {
            ++failed;
            item->setText(StatusColumn, tr("cannot be evaluated"));
            item->setToolTip(StatusColumn,
                             city.error ? QString::fromStdString(city.error->toString()) : QString());
            continue;
        }
        const auto index = city.result->cityTargetIndex(indicator, year);
        if (!index) {
            item->setText(StatusColumn, tr("no target"));
            continue;
        }
        ++withTarget;
        const core::Verdict& verdict = city.result->verdicts()[*index];
        ++counts[verdict.status];
        fill(item, verdict);
        for (const core::Verdict& county : city.result->countyVerdicts(*index)) {
            auto* child = new QTreeWidgetItem(item);
            const QString countyCode = QString::fromStdString(county.target.regionCode);
            child->setText(RegionColumn, DomainLabels::regionName(dataset, countyCode));
            child->setData(RegionColumn, kCodeRole, countyCode);
            fill(child, county);
        }
    }
    QStringList parts;
    for (const auto& [status, n] : counts)
        parts << QStringLiteral("%1 %2").arg(DomainLabels::statusName(status)).arg(n);
    QString text = tr("%1 %2: %3 of %4 cities have a target; %5")
                       .arg(DomainLabels::judgedIndicatorName(indicator))
                       .arg(year)
                       .arg(withTarget)
                       .arg(m_controller->cityResults().size())
                       .arg(parts.join(QStringLiteral(", ")));
    if (failed > 0)
        text += tr("; %1 cannot be evaluated").arg(failed);
    m_summary->setText(text);
    m_rebuilding = false;
}

} // namespace jieshui::ui
