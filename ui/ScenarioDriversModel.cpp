// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioDriversModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/SetDriverOverrideCommand.h"
#include "i18n/ScenarioWords.h"
#include "scenario/DriverCatalog.h"
#include "scenario/ScenarioEditor.h"

#include <QFont>
#include <QUndoStack>

namespace jieshui::ui {

using i18n::ScenarioWords;

ScenarioDriversModel::ScenarioDriversModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &ScenarioDriversModel::onChanged);
    rebuild();
}

void ScenarioDriversModel::onChanged(const ChangeEvent& event) {
    // A county quota split changes no driver (nor any projected value): the table stays as it is, instead of
    // being reset and measured anew (its headers fit their contents) on every quota typed.
    if (event.kind == ChangeKind::ScenariosChanged && event.projectionsUnchanged)
        return;
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::ScenarioChanged ||
        event.kind == ChangeKind::DataChanged || event.kind == ChangeKind::ScenariosChanged) {
        beginResetModel();
        rebuild();
        endResetModel();
    } else if (event.kind == ChangeKind::LanguageChanged) {
        // The same values in the new words: no reset, so the current cell and an open editor stay.
        const int rows = rowCount();
        const int columns = columnCount();
        if (rows > 0 && columns > 0)
            emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        if (rows > 0)
            emit headerDataChanged(Qt::Vertical, 0, rows - 1);
        if (columns > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    }
}

std::string ScenarioDriversModel::regionCode(int column) const {
    return column >= 0 && column < int(m_regions.size()) ? m_regions[std::size_t(column)] : std::string();
}

void ScenarioDriversModel::rebuild() {
    m_regions.clear();
    m_cells.clear();
    const ProjectData& project = m_controller->project();
    const std::string scenario = m_controller->scenario().toStdString();
    if (scenario.empty() || project.scenario(m_controller->scenario()) == nullptr)
        return;
    const core::ScenarioRegions regions = core::ScenarioRegions::fromDataset(project.dataset);
    m_regions.push_back(regions.cityCode);
    for (const std::string& county : regions.countyCodes)
        if (county != regions.cityCode)
            m_regions.push_back(county);
    const core::ScenarioResult* result = m_controller->result();
    m_year = result && result->lastObservedYear() > 0 ? result->lastObservedYear() + 1
                                                      : project.dataset.yearRange().second + 1;
    const core::EvaluationService& service = m_controller->service();
    for (core::Driver driver : core::DriverTraits::all) {
        std::vector<Cell> row;
        for (const std::string& region : m_regions) {
            Cell cell;
            auto origin = service.driverOrigin(scenario, region, driver, m_year);
            if (origin.isOk()) {
                cell.hasValue = true;
                cell.value = origin.value().value;
                cell.scenario = origin.value().scenario;
                cell.regionCode = origin.value().regionCode;
                cell.fromYear = origin.value().fromYear;
            } else {
                cell.problem = QString::fromStdString(origin.error().message());
            }
            row.push_back(std::move(cell));
        }
        m_cells.push_back(std::move(row));
    }
}

int ScenarioDriversModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ScenarioDriversModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_regions.size());
}

QVariant ScenarioDriversModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_cells.size()) || index.column() >= int(m_regions.size()))
        return {};
    const core::Driver driver = core::DriverTraits::all[std::size_t(index.row())];
    const Cell& cell = m_cells[std::size_t(index.row())][std::size_t(index.column())];
    const bool own =
        cell.hasValue && !cell.scenario.empty() && cell.scenario == m_controller->scenario().toStdString();
    const bool zh = DomainLabels::isChinese();
    const auto& scenarios = m_controller->project().scenarios;
    switch (role) {
    case Qt::DisplayRole:
        return cell.hasValue ? ScenarioWords::formatValue(driver, cell.value, zh, false)
                             : QStringLiteral("—");
    case Qt::EditRole:
        return cell.hasValue ? QVariant(ScenarioWords::displayValue(driver, cell.value)) : QVariant();
    case FractionRole:
        return cell.hasValue ? QVariant(cell.value) : QVariant();
    case OriginRole:
        return QString::fromStdString(cell.scenario);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (own)
            return ownColor();
        return cell.hasValue && cell.scenario.empty() ? QVariant(trendColor()) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(own);
        font.setItalic(cell.hasValue && cell.scenario.empty());
        return font;
    }
    case Qt::ToolTipRole: {
        if (!cell.hasValue)
            return index.column() == 0 ? tr("No city-wide value: each county has its own. Type one to set it "
                                            "for the whole city.")
                                       : cell.problem;
        const QString where =
            ScenarioWords::regionLabel(m_controller->project().dataset, cell.regionCode, zh);
        QString origin;
        if (cell.scenario.empty())
            origin = tr("Baseline trend of the observed years");
        else if (own)
            origin = tr("This scenario's own value (%1, %2)")
                         .arg(where, ScenarioWords::fromYearText(cell.fromYear));
        else
            origin = tr("Inherited from %1 (%2, %3)")
                         .arg(ScenarioWords::scenarioLabel(cell.scenario, scenarios, zh), where,
                              ScenarioWords::fromYearText(cell.fromYear));
        return tr("%1 in %2: %3\n%4\nValid range: %5")
            .arg(ScenarioWords::driverName(driver, zh))
            .arg(m_year)
            .arg(ScenarioWords::formatValue(driver, cell.value, zh), origin,
                 ScenarioWords::rangeText(driver, zh));
    }
    default:
        return {};
    }
}

bool ScenarioDriversModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= int(m_cells.size()) ||
        index.column() >= int(m_regions.size()))
        return false;
    const core::Driver driver = core::DriverTraits::all[std::size_t(index.row())];
    const Cell& cell = m_cells[std::size_t(index.row())][std::size_t(index.column())];
    const std::string region = m_regions[std::size_t(index.column())];
    const bool zh = DomainLabels::isChinese();
    bool ok = false;
    const double number = value.toDouble(&ok);
    const auto parsed = ok ? std::optional<double>(core::DriverCatalog::fromDisplay(driver, number))
                           : ScenarioWords::parseValue(driver, value.toString());
    if (!parsed) {
        emit refused(index, tr("“%1” is not a number: %2 takes a value in %3.")
                                .arg(value.toString(), ScenarioWords::driverName(driver, zh),
                                     ScenarioWords::rangeText(driver, zh)));
        return false;
    }
    // The scenario's own override that makes this cell is edited in place; otherwise a new one for the
    // region, from every projected year.
    const std::string scenario = m_controller->scenario().toStdString();
    core::DriverOverride edited{.regionCode = region, .driver = driver, .fromYear = 0, .value = *parsed};
    if (cell.hasValue && cell.scenario == scenario && cell.regionCode == region)
        edited.fromYear = cell.fromYear;
    if (auto problem = core::ScenarioEditor::checkOverride(
            edited, core::ScenarioRegions::fromDataset(m_controller->project().dataset), scenario)) {
        emit refused(index, ScenarioWords::problem(*problem, m_controller->project().dataset,
                                                   m_controller->project().scenarios, zh));
        return false;
    }
    m_controller->undoStack()->push(
        new SetDriverOverrideCommand(m_controller, m_controller->scenario(), edited));
    return true;
}

Qt::ItemFlags ScenarioDriversModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant ScenarioDriversModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const bool zh = DomainLabels::isChinese();
    if (orientation == Qt::Vertical && section >= 0 && section < int(core::DriverTraits::count)) {
        const core::Driver driver = core::DriverTraits::all[std::size_t(section)];
        const QString unit = ScenarioWords::driverUnit(driver, zh);
        if (role == Qt::DisplayRole)
            return unit.isEmpty()
                       ? ScenarioWords::driverName(driver, zh)
                       : QStringLiteral("%1 (%2)").arg(ScenarioWords::driverName(driver, zh), unit);
        if (role == Qt::ToolTipRole)
            return tr("Valid range: %1").arg(ScenarioWords::rangeText(driver, zh));
    }
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < int(m_regions.size()))
        return ScenarioWords::regionLabel(m_controller->project().dataset, m_regions[std::size_t(section)],
                                          zh, false);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace jieshui::ui
