// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTaskModel.h"

#include "DomainLabels.h"
#include "ProjectController.h"
#include "commands/SetTaskStatusCommand.h"

#include <QUndoStack>

namespace jieshui::ui {

KeyTaskModel::KeyTaskModel(ProjectController* controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller) {
    connect(m_controller, &ProjectController::changed, this, &KeyTaskModel::onChanged);
}

void KeyTaskModel::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeKind::ProjectReplaced || event.kind == ChangeKind::LanguageChanged) {
        beginResetModel();
        endResetModel();
    } else if (event.kind == ChangeKind::TaskChanged || event.kind == ChangeKind::YearChanged) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int KeyTaskModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_controller->project().dataset.tasks().size());
}

int KeyTaskModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTaskModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::KeyTask& task = m_controller->project().dataset.tasks()[std::size_t(index.row())];
    if (role == StatusValueRole || (role == Qt::EditRole && index.column() == StatusColumn))
        return int(task.status);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (task.status) {
        case core::TaskStatus::Done:
            return DomainLabels::statusColor(core::VerdictStatus::Met);
        case core::TaskStatus::Overdue:
            return DomainLabels::statusColor(core::VerdictStatus::Missed);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MilestoneColumn) {
        QStringList lines;
        for (const core::TaskMilestoneText& m : task.milestones)
            lines << QStringLiteral("%1: %2").arg(m.year).arg(
                QString::fromStdString(DomainLabels::isChinese() || m.textEn.empty() ? m.textZh : m.textEn));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return task.number;
    case TitleColumn:
        return DomainLabels::taskTitle(task);
    case LeadColumn:
        return QString::fromStdString(task.leadDepartment);
    case MilestoneColumn: {
        // The first milestone not before the selected year is what the task is working towards.
        const core::TaskMilestoneText* next = nullptr;
        for (const core::TaskMilestoneText& m : task.milestones)
            if (m.year >= m_controller->year() && (!next || m.year < next->year))
                next = &m;
        if (!next)
            return QStringLiteral("—");
        const std::string& text =
            DomainLabels::isChinese() || next->textEn.empty() ? next->textZh : next->textEn;
        return QStringLiteral("%1: %2").arg(next->year).arg(QString::fromStdString(text));
    }
    case StatusColumn:
        return DomainLabels::taskStatusName(task.status);
    default:
        return {};
    }
}

bool KeyTaskModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != StatusColumn ||
        (role != Qt::EditRole && role != StatusValueRole))
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < int(core::TaskStatus::NotStarted) || raw > int(core::TaskStatus::Overdue))
        return false;
    if (!m_controller->canEdit())
        return false; // demonstration mode
    const core::KeyTask& task = m_controller->project().dataset.tasks()[std::size_t(index.row())];
    const auto status = core::TaskStatus(raw);
    if (status == task.status)
        return true;
    m_controller->undoStack()->push(new SetTaskStatusCommand(m_controller, task.number, status));
    return true;
}

Qt::ItemFlags KeyTaskModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn && m_controller->canEdit())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant KeyTaskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Task");
    case LeadColumn:
        return tr("Lead department");
    case MilestoneColumn:
        return tr("Next milestone");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace jieshui::ui
