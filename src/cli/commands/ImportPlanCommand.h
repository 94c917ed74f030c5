// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `import-plan PROJECT FILE.csv`: loads plan targets (plan_targets.csv format) into a project, all or
 * nothing. A target whose id exists is replaced, a new id is added. Reports "added N, replaced M,
 * unchanged K, rejected R" and one line per error of a rejected row.
 */
class ImportPlanCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import-plan"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
