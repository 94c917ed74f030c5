// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace jieshui::cli {

/**
 * `import-layer PROJECT FILE --role counties|basins|irrigation-districts|rivers|reservoirs|other
 * [--encoding E] [--crs EPSG:N|PROJ] [--match-field F] [--layer NAME] [--dry-run]`: imports a vector
 * layer (any GDAL format) into the project through geo::LayerImporter (encoding, CRS check, repair,
 * reprojection to the storage CRS, re-linking), prints the report, and saves the project in one
 * transaction unless --dry-run. A refused CRS or any error changes nothing.
 */
class ImportLayerCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import-layer"); }
    QString synopsis() const override;
    int run(const QStringList& arguments, CliContext& context) override;
};

} // namespace jieshui::cli
