// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "common/Result.h"
#include "store/ProjectImporter.h"
#include "store/ProjectStore.h"

namespace jieshui::cli {

/**
 * `import-<table> PROJECT FILE`: the shared run of the table imports (statistics, plan targets): open the
 * project read-write, import all or nothing, report "added N, replaced M, unchanged K, rejected R" and one
 * line per error of a rejected row. Subclasses say which table.
 */
class ImportTableCommand : public Command {
public:
    int run(const QStringList& arguments, CliContext& context) override;

protected:
    virtual core::Result<store::ImportOutcome> importInto(store::ProjectStore& project,
                                                          const QString& path) const = 0;

    /** Prints the counts and rejections of @p outcome (imported into @p projectPath); returns the exit code.
     */
    static int report(const core::Result<store::ImportOutcome>& outcome, const QString& projectPath,
                      CliContext& context);
};

} // namespace jieshui::cli
