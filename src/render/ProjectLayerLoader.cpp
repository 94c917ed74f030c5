// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/ProjectLayerLoader.h"

#include "geo/CoordinateTransformer.h"
#include "geo/LayerReader.h"

#include <QDir>
#include <QFileInfo>

namespace jieshui::render {

geo::LayerRole ProjectLayerLoader::roleForFileName(const QString& fileName) {
    QString base = QFileInfo(fileName).completeBaseName().toLower();
    base.replace(QLatin1Char('_'), QLatin1Char('-'));
    geo::LayerRole role = geo::LayerRole::Other;
    if (geo::layerRoleFromId(base, &role))
        return role;
    return geo::LayerRole::Other;
}

core::Result<geo::FeatureLayer> ProjectLayerLoader::toDisplayCrs(const geo::FeatureLayer& layer,
                                                                 const QString& displayCrs) {
    if (layer.crs.isEmpty())
        return core::Error(core::ErrorCode::UnsupportedFormat,
                           "layer '" + layer.name.toStdString() +
                               "' has no CRS; it cannot be drawn with the others");
    if (geo::CoordinateTransformer::normalizedCrs(layer.crs) ==
        geo::CoordinateTransformer::normalizedCrs(displayCrs))
        return layer;
    core::Result<geo::CoordinateTransformer> transformer =
        geo::CoordinateTransformer::create(layer.crs, displayCrs);
    if (transformer.hasError())
        return transformer.error();
    return transformer.value().transform(layer);
}

core::Result<std::vector<geo::FeatureLayer>> ProjectLayerLoader::readDirectory(const QString& directory,
                                                                               const QString& displayCrs) {
    const QDir dir(directory);
    const QStringList files =
        dir.entryList({QStringLiteral("*.geojson"), QStringLiteral("*.gpkg"), QStringLiteral("*.shp")},
                      QDir::Files, QDir::Name);
    if (files.isEmpty())
        return core::Error(core::ErrorCode::IoError, "no layer files (*.geojson, *.gpkg, *.shp) found",
                           core::ErrorLocation{directory.toStdString()});
    std::vector<geo::FeatureLayer> layers;
    for (const QString& file : files) {
        const QString path = dir.filePath(file);
        core::Result<geo::FeatureLayer> read = geo::LayerReader::read(path);
        if (read.hasError())
            return read.error().locatedIn(core::ErrorLocation{path.toStdString()});
        geo::FeatureLayer layer = std::move(read).value();
        layer.role = roleForFileName(file);
        core::Result<geo::FeatureLayer> projected = toDisplayCrs(layer, displayCrs);
        if (projected.hasError())
            return projected.error().locatedIn(core::ErrorLocation{path.toStdString()});
        layers.push_back(std::move(projected).value());
    }
    return layers;
}

} // namespace jieshui::render
