// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `scenario list|create|delete|set|unset PROJECT …`: the project's scenarios for scripts, with the
 * window's rules and sentences (core::ScenarioEditor, i18n::ScenarioWords). Every change is all or
 * nothing and is saved with the results recomputed.
 *
 *   scenario list PROJECT [--format text|json]
 *   scenario create PROJECT ID (--parent P | --copy-of S) [--name-zh N] [--name-en N]
 *                   [--description-zh D] [--description-en D]
 *   scenario delete PROJECT ID
 *   scenario set PROJECT ID [DRIVER=VALUE …] [--region CODE] [--from YEAR] [--name-zh N] …
 *   scenario unset PROJECT ID DRIVER … [--region CODE] [--from YEAR]
 *
 * VALUE is in the driver's display unit: percent for rates, leakage and reuse ("6", "-2.5%"), the bare
 * coefficient ("0.55"). --region defaults to the whole city, --from to every projected year.
 */
class ScenarioCommand : public Command {
public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;

private:
    /** The synopsis, every driver with its unit and valid range, and how values are written. */
    QString help(bool zh) const;
    int list(const QString& project, const QStringList& options, CliContext& context);
    int edit(const QString& action, const QString& project, const QStringList& options, CliContext& context);
};

} // namespace jieshui::cli
