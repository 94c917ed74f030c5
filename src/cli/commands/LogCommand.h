// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/** `log postgresql://…?schema=NAME [--limit N]`: the change log of a shared project, newest first. */
class LogCommand : public Command {
public:
    QString name() const override { return QStringLiteral("log"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
