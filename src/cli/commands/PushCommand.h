// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/** `push PROJECT.gpkg postgresql://…?schema=NAME`: uploads a project file as a new shared project. */
class PushCommand : public Command {
public:
    QString name() const override { return QStringLiteral("push"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
