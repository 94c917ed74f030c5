// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/** `pull postgresql://…?schema=NAME PROJECT.gpkg`: downloads a shared project into a new project file. */
class PullCommand : public Command {
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
