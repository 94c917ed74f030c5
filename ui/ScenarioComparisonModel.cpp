// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparisonModel.h"

#include "DomainLabels.h"
#include "model/IndicatorDisplay.h"

#include <QBrush>
#include <QFont>

namespace jieshui::ui {

ScenarioComparisonModel::ScenarioComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScenarioComparisonModel::setComparison(std::vector<core::ComparisonRow> rows, QStringList scenarioNames,
                                            const core::Dataset* dataset) {
    beginResetModel();
    m_rows = std::move(rows);
    m_names = std::move(scenarioNames);
    m_dataset = dataset;
    endResetModel();
}

void ScenarioComparisonModel::setNames(QStringList scenarioNames) {
    if (scenarioNames.size() != m_names.size()) // another set of columns: not a renaming
        return;
    m_names = std::move(scenarioNames);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

ScenarioComparisonModel::ColumnInfo ScenarioComparisonModel::columnInfo(int column) const {
    if (column < 3)
        return {};
    int c = column - 3;
    if (c < 2)
        return {0, c == 0 ? Part::Value : Part::Status};
    c -= 2;
    return {1 + c / 3, c % 3 == 0 ? Part::Value : c % 3 == 1 ? Part::Status : Part::Difference};
}

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_names.isEmpty())
        return parent.isValid() ? 0 : 3;
    return 5 + 3 * (int(m_names.size()) - 1);
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const core::ComparisonRow& row = m_rows[std::size_t(index.row())];
    const core::PlanTarget& t = row.target;
    if (role == DiffersRole)
        return row.differs;
    if (role == IndicatorRole)
        return int(t.indicator);
    const ColumnInfo info = columnInfo(index.column());
    if (info.scenario < 0) {
        if (role != Qt::DisplayRole)
            return role == Qt::FontRole && row.differs && index.column() == 0 ? QVariant([] {
                QFont f;
                f.setBold(true);
                return f;
            }())
                                                                              : QVariant();
        switch (index.column()) {
        case 0:
            return m_dataset ? DomainLabels::targetLabel(t, *m_dataset) : QString::fromStdString(t.id);
        case 1:
            return m_dataset ? DomainLabels::regionName(*m_dataset, QString::fromStdString(t.regionCode))
                             : QString::fromStdString(t.regionCode);
        default:
            return DomainLabels::comparatorText(t.comparator) + QLatin1Char(' ') +
                   DomainLabels::formatTargetValue(t, t.value);
        }
    }
    if (info.scenario >= int(row.cells.size()))
        return {};
    const core::ComparisonCell& cell = row.cells[std::size_t(info.scenario)];
    const core::ComparisonCell& reference = row.cells.front();
    if (role == StatusRole)
        return int(cell.status);
    switch (info.part) {
    case Part::Value:
        if (role == Qt::DisplayRole)
            return cell.value ? DomainLabels::formatTargetValue(t, *cell.value) : QStringLiteral("—");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Part::Status:
        if (role == Qt::DisplayRole)
            return DomainLabels::statusName(cell.status);
        if (role == Qt::ForegroundRole)
            return QBrush(DomainLabels::statusColor(cell.status));
        if (role == Qt::BackgroundRole && info.scenario > 0 && cell.status != reference.status)
            return QBrush(highlightColor());
        if (role == Qt::ToolTipRole && info.scenario > 0 && cell.status != reference.status)
            return tr("The verdict differs from “%1”").arg(m_names.value(0));
        return {};
    case Part::Difference: {
        const bool shows = cell.difference && DomainLabels::formatTargetGap(t, *cell.difference) !=
                                                  DomainLabels::formatTargetGap(t, 0.0);
        if (role == Qt::DisplayRole)
            return cell.difference ? DomainLabels::formatTargetGap(t, *cell.difference) : QStringLiteral("—");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole && shows) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::BackgroundRole && shows)
            return QBrush(highlightColor());
        return {};
    }
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnInfo info = columnInfo(section);
    if (info.scenario < 0)
        return section == 0 ? tr("Target") : section == 1 ? tr("Region") : tr("Target value");
    const QString name = m_names.value(info.scenario);
    switch (info.part) {
    case Part::Value:
        return name;
    case Part::Status:
        return tr("Status");
    case Part::Difference:
        return tr("%1 − %2").arg(name, m_names.value(0));
    }
    return {};
}

} // namespace jieshui::ui
