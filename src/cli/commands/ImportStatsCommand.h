// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportTableCommand.h"

namespace jieshui::cli {

/**
 * `import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]`: loads statistics into a
 * project, all or nothing; a row whose region, year and variable exist replaces the stored value. Without
 * `--wide` the file is in the long format (the shared ImportTableCommand run); with it the file is a wide,
 * bulletin-style table converted by the mapping (docs/import.md, "Wide tables"), and `--dry-run` prints
 * the mapping and the first converted rows for the user to confirm, changing nothing.
 */
class ImportStatsCommand : public ImportTableCommand {
public:
    QString name() const override { return QStringLiteral("import-stats"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;

protected:
    core::Result<store::ImportOutcome> importInto(store::ProjectStore& project,
                                                  const QString& path) const override;

private:
    int runWide(const QString& projectPath, const QString& tablePath, const QString& mappingPath, bool dryRun,
                CliContext& context) const;
};

} // namespace jieshui::cli
