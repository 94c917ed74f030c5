// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/** `grant postgresql://…?schema=NAME USER viewer|editor|none`: what a database login may do with a project.
 */
class GrantCommand : public Command {
public:
    QString name() const override { return QStringLiteral("grant"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
