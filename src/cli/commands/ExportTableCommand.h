// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `export-table [PROJECT] [--scenario S] [--year Y] [--tables LIST] --out FILE.xlsx|FILE.csv`: the
 * analyst's tables (output::ReportTables) — scorecard, counties (the scorecard with county rows),
 * key-tasks, evidence (estimates and projections), allocation, comparison — as an XLSX workbook, a sheet per
 * table, or one table as CSV with a BOM, in the `--lang` language.
 */
class ExportTableCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export-table"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
