// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"

#include <QFont>
#include <QLocale>

namespace jieshui::ui {

ScorecardModel::ScorecardModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScorecardModel::onChanged);
}

void ScorecardModel::onChanged(const ChangeEvent& event) {
    if (event.affectsResults() || event.kind == ChangeKind::TaskChanged) {
        beginResetModel();
        endResetModel();
    }
}

int ScorecardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_controller->verdicts().size());
}

int ScorecardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

core::Indicator ScorecardModel::indicatorAt(int row) const {
    return m_controller->verdicts().at(std::size_t(row)).target.indicator;
}

QVariant ScorecardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Verdict& v = m_controller->verdicts()[std::size_t(index.row())];
    const core::Indicator indicator = v.target.indicator;
    switch (role) {
    case IndicatorRole:
        return int(indicator);
    case RegionCodeRole:
        return QString::fromStdString(v.target.regionCode);
    case StatusRole:
        return int(v.status);
    case RawValueRole:
        return v.value ? QVariant(v.value->value) : QVariant();
    case TargetIdRole:
        return QString::fromStdString(v.target.id);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return DomainLabels::statusColor(v.status);
        if (index.column() == ValueColumn && v.value && v.value->provenance != core::ProvenanceKind::Sourced)
            return QColor(0x61, 0x61, 0x61); // estimates greyed, as on the chart
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (index.column() == ValueColumn && v.value &&
            v.value->provenance != core::ProvenanceKind::Sourced) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == TargetColumn || index.column() == GapColumn ||
            index.column() == RateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!v.explanation.empty())
            return QString::fromStdString(v.explanation);
        return QString::fromStdString(v.target.source + " " + v.target.clause).trimmed();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case IndicatorColumn:
        return DomainLabels::targetLabel(v.target, m_controller->project().dataset);
    case RegionColumn:
        return DomainLabels::regionName(m_controller->project().dataset,
                                        QString::fromStdString(v.target.regionCode));
    case YearColumn:
        return v.target.year;
    case ValueColumn:
        if (!v.value)
            return QStringLiteral("—");
        return v.value->provenance == core::ProvenanceKind::Sourced
                   ? DomainLabels::formatTargetValue(v.target, v.value->value)
                   : tr("%1 (est.)").arg(DomainLabels::formatTargetValue(v.target, v.value->value));
    case TargetColumn:
        if (v.target.unit == "flag")
            return DomainLabels::formatTargetValue(v.target, v.target.value);
        return DomainLabels::comparatorText(v.target.comparator) + QLatin1Char(' ') +
               DomainLabels::formatTargetValue(v.target, v.target.value);
    case StatusColumn:
        return DomainLabels::statusName(v.status);
    case GapColumn:
        return DomainLabels::formatTargetGap(v.target, v.gap);
    case RateColumn:
        if (!v.requiredAnnualRate)
            return QStringLiteral("—");
        return DomainLabels::formatAnnualRate(*v.requiredAnnualRate);
    case ProvenanceColumn:
        if (!v.value)
            return QStringLiteral("—");
        return DomainLabels::provenanceName(v.value->provenance);
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case RegionColumn:
        return tr("Region");
    case YearColumn:
        return tr("Year");
    case ValueColumn:
        return tr("Value");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case GapColumn:
        return tr("Gap");
    case RateColumn:
        return tr("Rate still needed");
    case ProvenanceColumn:
        return tr("Provenance");
    default:
        return {};
    }
}

} // namespace jieshui::ui
