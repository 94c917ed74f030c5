// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `import-stats PROJECT FILE.csv|FILE.xlsx`: loads long-format statistics into a project, all or nothing.
 * Reports "added N, replaced M, unchanged K, rejected R" and one line per rejected row with its reason;
 * with any rejected row nothing is imported and the exit status is 1.
 */
class ImportStatsCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import-stats"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
