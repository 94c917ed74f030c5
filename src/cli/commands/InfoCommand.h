// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `info PROJECT`: name, schema, regions by kind, statistics count and years, targets, tasks, scenarios,
 * layers with feature counts and CRS, results and the last evaluation. A plain GeoPackage gets the list
 * of its layers to import instead.
 */
class InfoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("info"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
