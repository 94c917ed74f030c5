// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioOverridesModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/SetDriverOverrideCommand.h"

#include <QLocale>
#include <QUndoStack>

namespace jieshui::ui {

ScenarioOverridesModel::ScenarioOverridesModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScenarioOverridesModel::onChanged);
}

QString ScenarioOverridesModel::driverName(core::Driver driver, int horizonYear) {
    switch (driver) {
    case core::Driver::GdpRealGrowth:
        return tr("Real GDP growth (%/yr)");
    case core::Driver::IvaRealGrowth:
        return tr("Real industrial value added growth (%/yr)");
    case core::Driver::AgricultureIntensityChange:
        return tr("Irrigation water per area, change (%/yr)");
    case core::Driver::IndustryIntensityChange:
        return tr("Industrial water intensity, change (%/yr)");
    case core::Driver::DomesticIntensityChange:
        return tr("Domestic and public water intensity, change (%/yr)");
    case core::Driver::IrrigatedAreaChange:
        return tr("Irrigated area, change (%/yr)");
    case core::Driver::IrrigationCoefficient:
        return tr("Irrigation coefficient reached by %1").arg(horizonYear);
    case core::Driver::LeakageRate:
        return tr("Leakage rate reached by %1 (%)").arg(horizonYear);
    case core::Driver::ReuseRate:
        break;
    }
    return tr("Industrial reuse rate reached by %1 (%)").arg(horizonYear);
}

const core::Scenario* ScenarioOverridesModel::scenario() const {
    return m_controller->project().scenario(m_controller->scenario());
}

void ScenarioOverridesModel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::ScenarioChanged ||
        event.kind == ChangeKind::DataChanged || event.kind == ChangeKind::ScenariosChanged) {
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
    // The coefficient is a plain number (0.55); every other driver reads in percent.
    const bool plain = o.driver == core::Driver::IrrigationCoefficient;
    if (role == Qt::EditRole && index.column() == ValueColumn)
        return plain ? o.value : o.value * 100.0;
    if (role == Qt::TextAlignmentRole && index.column() != RegionColumn && index.column() != DriverColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RegionColumn:
        return DomainLabels::regionName(m_controller->project().dataset,
                                        QString::fromStdString(o.regionCode));
    case DriverColumn:
        return driverName(o.driver, m_controller->lastYear());
    case FromYearColumn:
        return o.fromYear == 0 ? tr("all years") : QString::number(o.fromYear);
    case ValueColumn:
        return plain ? QLocale().toString(o.value, 'f', 3) : QLocale().toString(o.value * 100.0, 'f', 2);
    default:
        return {};
    }
}

bool ScenarioOverridesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const core::Scenario* s = scenario();
    if (!s || role != Qt::EditRole || index.column() != ValueColumn ||
        index.row() >= int(s->overrides.size()))
        return false;
    bool ok = false;
    double number = value.toDouble(&ok);
    if (!ok)
        number = QLocale().toDouble(value.toString(), &ok);
    if (!ok)
        return false;
    core::DriverOverride edited = s->overrides[std::size_t(index.row())];
    edited.value = edited.driver == core::Driver::IrrigationCoefficient ? number : number / 100.0;
    m_controller->undoStack()->push(
        new SetDriverOverrideCommand(m_controller, m_controller->scenario(), edited));
    return true;
}

Qt::ItemFlags ScenarioOverridesModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
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
    default:
        return {};
    }
}

} // namespace jieshui::ui
