// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `export-report [PROJECT] [--scenario S] [--year Y]... --out report.pdf`: the compliance report
 * (output::ComplianceReport) of one scenario as an A4 PDF, in the language of `--lang` (Chinese by
 * default). `--year` may be repeated or list years with commas; none = every target year. No PROJECT (or
 * "qinzhou"): the embedded Qinzhou project.
 */
class ExportReportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export-report"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
