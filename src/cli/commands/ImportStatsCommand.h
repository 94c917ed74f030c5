// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportTableCommand.h"

namespace jieshui::cli {

/**
 * `import-stats PROJECT FILE.csv|FILE.xlsx`: loads statistics in the long format into a project, all or
 * nothing; a row whose region, year and variable exist replaces the stored value.
 */
class ImportStatsCommand : public ImportTableCommand {
public:
    QString name() const override { return QStringLiteral("import-stats"); }
    QString synopsis() const override;

protected:
    core::Result<store::ImportOutcome> importInto(store::ProjectFile& file,
                                                  const QString& path) const override;
};

} // namespace jieshui::cli
