// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/StatisticsImportPlan.h"

#include <QUndoCommand>

namespace jieshui::ui {

class ProjectController;

/**
 * Applies a statistics import (its additions and replacements) as one undo step; undo removes the added
 * rows and puts the replaced values back. The plan must have no rejections (imports are all or nothing).
 */
class ImportStatisticsCommand : public QUndoCommand {
public:
    ImportStatisticsCommand(ProjectController* controller, core::StatisticsImportPlan plan,
                            const QString& fileName, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectController* m_controller;
    core::StatisticsImportPlan m_plan;
};

} // namespace jieshui::ui
