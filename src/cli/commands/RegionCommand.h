// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `region list|add|rename|remove PROJECT ...`: the regions of a project (file or server). Each change is
 * all or nothing and saved at once; `remove` takes the region's statistics, targets, shares, settings and
 * map features with it and says so (`--dry-run` only says so).
 */
class RegionCommand : public Command {
public:
    QString name() const override { return QStringLiteral("region"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
