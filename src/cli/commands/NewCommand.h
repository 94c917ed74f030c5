// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `new PROJECT [--template qinzhou|empty | --boundaries FILE [--code-field F] [--name-field F] [--root CODE]
 * [--root-name NAME] [--crs CRS] [--encoding E] [--layer NAME]]`: writes a new project, from a template
 * (default: Qinzhou) or for any city, province or the country from an official county boundary file
 * (store::ProjectFromBoundaries). PROJECT is a file, or a postgresql:// address for a new shared project.
 */
class NewCommand : public Command {
public:
    QString name() const override { return QStringLiteral("new"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
