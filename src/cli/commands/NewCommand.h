// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/** `new PROJECT.gpkg [--template qinzhou|empty]`: writes a new project file (default template: qinzhou). */
class NewCommand : public Command {
public:
    QString name() const override { return QStringLiteral("new"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
