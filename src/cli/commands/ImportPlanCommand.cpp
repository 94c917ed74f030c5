// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportPlanCommand.h"

#include <QCoreApplication>

namespace jieshui::cli {

QString ImportPlanCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "import-plan PROJECT FILE.csv   add or replace plan targets, all or nothing");
}

core::Result<store::ImportOutcome> ImportPlanCommand::importInto(store::ProjectStore& project,
                                                                 const QString& path) const {
    return store::ProjectImporter::importPlan(project, path);
}

} // namespace jieshui::cli
