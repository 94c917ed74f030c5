// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `export-map [PROJECT] --indicator ID --year Y [--scenario S] --out FILE.png|svg|pdf [--size WxH]
 * [--title T]`: the compliance map of one indicator, year and scenario, drawn by the same renderer as
 * the GUI, with title, legend, scale bar, north arrow, CRS and source notes, date and the schematic note.
 * No PROJECT (or "qinzhou"): the embedded Qinzhou project.
 */
class ExportMapCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export-map"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
