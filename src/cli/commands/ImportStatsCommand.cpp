// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportStatsCommand.h"

#include <QCoreApplication>

namespace jieshui::cli {

QString ImportStatsCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "import-stats PROJECT FILE.csv|FILE.xlsx   add or replace statistics, all or nothing");
}

core::Result<store::ImportOutcome> ImportStatsCommand::importInto(store::ProjectFile& file,
                                                                  const QString& path) const {
    return store::ProjectImporter::importStatistics(file, path);
}

} // namespace jieshui::cli
