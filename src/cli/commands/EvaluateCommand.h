// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `evaluate [PROJECT] [--scenario NAME] [--year Y] [--format text|csv|json] [--out FILE]`: the scorecard
 * of every plan target, on observed years and the scenario's projection to 2035. With a project file the
 * results are also written into it.
 */
class EvaluateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
