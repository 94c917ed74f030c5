// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioOverridesModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/ReplaceDriverOverrideCommand.h"
#include "commands/SetDriverOverrideCommand.h"
#include "i18n/ScenarioWords.h"
#include "scenario/DriverCatalog.h"
#include "scenario/ScenarioEditor.h"

#include <QUndoStack>

namespace jieshui::ui {

using i18n::ScenarioWords;

ScenarioOverridesModel::ScenarioOverridesModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScenarioOverridesModel::onChanged);
}

const core::Scenario* ScenarioOverridesModel::scenario() const {
    return m_controller->project().scenario(m_controller->scenario());
}

void ScenarioOverridesModel::onChanged(const ChangeEvent& event) {
    // The own driver values of the scenario: a county quota split is none of them.
    if (event.kind == ChangeKind::ScenariosChanged && event.projectionsUnchanged)
        return;
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::ScenarioChanged ||
        event.kind == ChangeKind::DataChanged || event.kind == ChangeKind::ScenariosChanged ||
        event.kind == ChangeKind::LanguageChanged) {
        beginResetModel();
        endResetModel();
    }
}

int ScenarioOverridesModel::rowCount(const QModelIndex& parent) const {
    const core::Scenario* s = scenario();
    return parent.isValid() || !s ? 0 : int(s->overrides.size());
}

int ScenarioOverridesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioOverridesModel::data(const QModelIndex& index, int role) const {
    const core::Scenario* s = scenario();
    if (!s || !index.isValid() || index.row() >= int(s->overrides.size()))
        return {};
    const core::DriverOverride& o = s->overrides[std::size_t(index.row())];
    const bool zh = DomainLabels::isChinese();
    if (role == RegionCodeRole)
        return QString::fromStdString(o.regionCode);
    if (role == DriverRole)
        return int(o.driver);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case RegionColumn:
            return QString::fromStdString(o.regionCode);
        case DriverColumn:
            return int(o.driver);
        case FromYearColumn:
            return o.fromYear;
        case ValueColumn:
            return ScenarioWords::displayValue(o.driver, o.value);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == FromYearColumn || index.column() == ValueColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return tr("Valid range: %1").arg(ScenarioWords::rangeText(o.driver, zh));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RegionColumn:
        return ScenarioWords::regionLabel(m_controller->project().dataset, o.regionCode, zh, false);
    case DriverColumn:
        return ScenarioWords::driverName(o.driver, zh);
    case FromYearColumn:
        return ScenarioWords::fromYearText(o.fromYear);
    case ValueColumn:
        return ScenarioWords::formatValue(o.driver, o.value, zh);
    case RangeColumn:
        return ScenarioWords::rangeText(o.driver, zh);
    default:
        return {};
    }
}

bool ScenarioOverridesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const core::Scenario* s = scenario();
    if (!s || !m_controller->canEdit() || role != Qt::EditRole || index.row() >= int(s->overrides.size()) ||
        index.column() == RangeColumn)
        return false;
    const std::size_t row = std::size_t(index.row());
    core::DriverOverride edited = s->overrides[row];
    const bool zh = DomainLabels::isChinese();
    switch (index.column()) {
    case RegionColumn:
        edited.regionCode = value.toString().toStdString();
        break;
    case DriverColumn:
        edited.driver = core::Driver(value.toInt());
        break;
    case FromYearColumn:
        edited.fromYear = value.toInt();
        break;
    case ValueColumn: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        const auto parsed =
            ok ? std::optional<double>(core::DriverCatalog::fromDisplay(edited.driver, number))
               : ScenarioWords::parseValue(edited.driver, value.toString());
        if (!parsed) {
            emit refused(index, tr("“%1” is not a number: %2 takes a value in %3.")
                                    .arg(value.toString(), ScenarioWords::driverName(edited.driver, zh),
                                         ScenarioWords::rangeText(edited.driver, zh)));
            return false;
        }
        edited.value = *parsed;
        break;
    }
    default:
        return false;
    }
    // Checked on a copy with the editor's rules; nothing changes when refused.
    std::vector<core::Scenario> copy = m_controller->project().scenarios;
    core::ScenarioEditor editor(copy, core::ScenarioRegions::fromDataset(m_controller->project().dataset));
    if (auto problem = editor.replaceOverride(s->name, row, edited)) {
        emit refused(index, ScenarioWords::problem(*problem, m_controller->project().dataset,
                                                   m_controller->project().scenarios, zh));
        return false;
    }
    const QString name = QString::fromStdString(s->name);
    if (index.column() == ValueColumn)
        m_controller->undoStack()->push(new SetDriverOverrideCommand(m_controller, name, edited));
    else
        m_controller->undoStack()->push(new ReplaceDriverOverrideCommand(m_controller, name, row, edited));
    return true;
}

void ScenarioOverridesModel::removeRow(int row) {
    const core::Scenario* s = scenario();
    if (!s || row < 0 || row >= int(s->overrides.size()))
        return;
    m_controller->undoStack()->push(new SetDriverOverrideCommand(
        m_controller, QString::fromStdString(s->name), s->overrides[std::size_t(row)], true));
}

Qt::ItemFlags ScenarioOverridesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != RangeColumn && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ScenarioOverridesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case DriverColumn:
        return tr("Driver");
    case FromYearColumn:
        return tr("From");
    case ValueColumn:
        return tr("Value");
    case RangeColumn:
        return tr("Valid range");
    default:
        return {};
    }
}

} // namespace jieshui::ui
