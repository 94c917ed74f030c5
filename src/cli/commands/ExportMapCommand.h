// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `export-map [PROJECT] --indicator ID --year Y [--scenario S] [--compare-to A] [--thematic ...] [--method
 * ...]
 * [--classes N] [--labels] --out FILE.png|svg|pdf [--paper A4|A3[-landscape]] [--size WxH] [--dpi N]
 * [--title T] [--subtitle T]`: the compliance map of one indicator, year and scenario, a graduated map of
 * any indicator, or the difference map of the scenario minus A — composed by output::MapComposer and drawn
 * by the same renderer as the GUI, with title, legend, scale bar, north arrow, CRS and source notes, date
 * and the schematic note. No PROJECT (or "qinzhou"): the embedded Qinzhou project.
 */
class ExportMapCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export-map"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
