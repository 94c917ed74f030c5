// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "UncertaintyController.h"
#include "model/IndicatorDisplay.h"
#include "render/StatusPalette.h"

#include <QFont>
#include <QLocale>

namespace jieshui::ui {

ScorecardModel::ScorecardModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScorecardModel::onChanged);
    connect(m_controller->uncertainty(), &UncertaintyController::resultChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ProbabilityColumn), index(rowCount() - 1, ProbabilityColumn));
    });
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
    const core::OutcomeDistribution* outcome = m_controller->uncertainty()->outcome(v);
    const std::optional<double> probability = outcome ? outcome->probabilityMet() : std::nullopt;
    if (index.column() == ProbabilityColumn && role != IndicatorRole && role != RegionCodeRole &&
        role != StatusRole && role != TargetIdRole)
        return probabilityData(v, outcome, role);
    switch (role) {
    case ProbabilityRole:
        return probability ? QVariant(*probability) : QVariant();
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
        // The user's sentence, built from the verdict's fields (the engine's explanation is English).
        return DomainLabels::verdictSentence(v, m_controller->project().dataset, true);
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

QVariant ScorecardModel::probabilityData(const core::Verdict& v, const core::OutcomeDistribution* outcome,
                                         int role) const {
    const std::optional<double> p = outcome ? outcome->probabilityMet() : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return p ? QString::fromStdString(core::IndicatorDisplay::formatProbability(*p)) : QStringLiteral("—");
    case ProbabilityRole:
        return p ? QVariant(*p) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return p ? QVariant(render::StatusPalette::probabilityColor(*p).darker(150)) : QVariant();
    case Qt::FontRole: {
        if (!p)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: {
        const core::UncertaintyResult* result = m_controller->uncertainty()->result();
        if (!result)
            return tr("Run Analysis ▸ Probability of Meeting Targets to see how likely each target is met");
        if (!outcome || !p)
            return tr("No draw could be judged against this target");
        QString text = tr("Met in %1 of %2 judged draws (%3 draws, Latin hypercube, seed %4)")
                           .arg(outcome->met)
                           .arg(outcome->judged)
                           .arg(result->draws())
                           .arg(result->seed());
        if (outcome->effects.empty())
            text += QLatin1Char('\n') + tr("No uncertain input moves this value: its verdict is as certain as its "
                                           "inputs (key-task records are taken as exact)");
        else if (outcome->band)
            text += QLatin1Char('\n') +
                    tr("Value, 5–95 %: %1 (median %2)")
                        .arg(QString::fromStdString(
                                 core::IndicatorDisplay::formatRange(v.target, outcome->band->low, outcome->band->high)),
                             QString::fromStdString(core::IndicatorDisplay::formatForTarget(v.target, outcome->band->median)));
        return text;
    }
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ProbabilityColumn)
        return tr("Probability of meeting the target, from the uncertainty of every input (Monte Carlo)");
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
    case ProbabilityColumn:
        return tr("P(met)");
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
