// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `allocate PROJECT --scenario S --year Y [--cap 16.53亿m³] --method M [--set CODE=QUOTA …] [--base-year Y]
 * [--unit 亿m³|万m³] [--format text|csv|json] [--dry-run]`: splits a cap (the plan's of that year unless
 * typed) among the counties through core::EvaluationService::allocate, prints every county's quota, share,
 * use, verdict and gap with the remainder, and saves the split as the scenario's own (unless --dry-run).
 * Methods: base-year-share, equal-intensity, gdp-share, manual; --set pins a county's quota.
 */
class AllocateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("allocate"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
