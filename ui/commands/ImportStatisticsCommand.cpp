// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportStatisticsCommand.h"

#include "ProjectController.h"

#include <QCoreApplication>

namespace jieshui::ui {

ImportStatisticsCommand::ImportStatisticsCommand(ProjectController* controller,
                                                 core::StatisticsImportPlan plan, const QString& fileName,
                                                 QUndoCommand* parent)
    : QUndoCommand(parent), m_controller(controller), m_plan(std::move(plan)) {
    setText(
        QCoreApplication::translate("ImportStatisticsCommand", "Import %n statistics from %1", nullptr,
                                    static_cast<int>(m_plan.additions.size() + m_plan.replacements.size()))
            .arg(fileName));
}

void ImportStatisticsCommand::redo() {
    core::Dataset& dataset = m_controller->mutableProject().dataset;
    // The plan was checked against this dataset; apply() is all or nothing.
    (void)m_plan.apply(dataset);
    m_controller->notify(ChangeEvent{ChangeKind::DataChanged});
}

void ImportStatisticsCommand::undo() {
    core::Dataset& dataset = m_controller->mutableProject().dataset;
    for (const core::Statistic& added : m_plan.additions)
        dataset.removeStatistic(added.regionCode, added.variable, added.year);
    for (const core::StatisticReplacement& replaced : m_plan.replacements)
        (void)dataset.setStatistic(replaced.before);
    m_controller->notify(ChangeEvent{ChangeKind::DataChanged});
}

} // namespace jieshui::ui
