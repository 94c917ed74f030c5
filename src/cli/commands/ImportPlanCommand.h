// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/ImportTableCommand.h"

namespace jieshui::cli {

/**
 * `import-plan PROJECT FILE.csv`: loads plan targets (plan_targets.csv format) into a project, all or
 * nothing. A target whose id exists is replaced, a new id is added.
 */
class ImportPlanCommand : public ImportTableCommand {
public:
    QString name() const override { return QStringLiteral("import-plan"); }
    QString synopsis() const override;

protected:
    core::Result<store::ImportOutcome> importInto(store::ProjectStore& project,
                                                  const QString& path) const override;
};

} // namespace jieshui::cli
