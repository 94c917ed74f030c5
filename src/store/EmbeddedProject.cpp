// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmbeddedProject.h"

#include "geo/LayerReader.h"
#include "io/MemoryFileProvider.h"
#include "io/ProjectDirectoryLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <array>

namespace jieshui::store {

namespace {

struct LayerFile {
    const char* file;
    geo::LayerRole role;
    const char* nameZh; // display name; translated by the UI when shown
};

constexpr std::array<LayerFile, 5> kLayerFiles{{
    {"counties.geojson", geo::LayerRole::Counties, "县区"},
    {"basins.geojson", geo::LayerRole::Basins, "流域"},
    {"irrigation_districts.geojson", geo::LayerRole::IrrigationDistricts, "灌区"},
    {"rivers.geojson", geo::LayerRole::Rivers, "河流"},
    {"reservoirs.geojson", geo::LayerRole::Reservoirs, "水库"},
}};

} // namespace

bool projectTemplateFromId(const QString& id, ProjectTemplate* projectTemplate) {
    if (id == QLatin1String("qinzhou"))
        *projectTemplate = ProjectTemplate::Qinzhou;
    else if (id == QLatin1String("empty"))
        *projectTemplate = ProjectTemplate::Empty;
    else
        return false;
    return true;
}

ProjectData EmbeddedProject::fromLoaded(core::LoadedProject loaded) {
    ProjectData data;
    data.metadata = std::move(loaded.metadata);
    data.dataset = std::move(loaded.dataset);
    data.scenarios = std::move(loaded.scenarios);
    data.allocations = std::move(loaded.allocations);
    data.uncertainty = std::move(loaded.uncertainty);
    data.lessons = std::move(loaded.lessons);
    return data;
}

core::Result<ProjectData> EmbeddedProject::load(const core::FileProvider& files,
                                                const QString& geometryDirectory) {
    core::ProjectDirectoryLoader loader;
    auto loaded = loader.load(files);
    if (loaded.hasError())
        return loaded.error();
    ProjectData data = fromLoaded(std::move(loaded.value()));
    const QDir dir(geometryDirectory);
    for (const LayerFile& lf : kLayerFiles) {
        const QString path = dir.filePath(QLatin1String(lf.file));
        if (!QFile::exists(path))
            continue; // a project may ship only some layers
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return core::Error(core::ErrorCode::IoError, "cannot read the layer file",
                               {.file = path.toStdString()});
        auto layer = geo::LayerReader::readFromBytes(f.readAll(), QLatin1String(lf.file));
        if (layer.hasError())
            return layer.error().locatedIn({.file = path.toStdString()});
        geo::FeatureLayer& l = layer.value();
        l.name = QString::fromUtf8(lf.nameZh);
        l.role = lf.role;
        if (l.crs.isEmpty())
            l.crs = QString::fromStdString(data.metadata.storageCrs.empty() ? "EPSG:4490"
                                                                            : data.metadata.storageCrs);
        l.updateBounds();
        data.layers.append(std::move(l));
    }
    return data;
}

core::Result<ProjectData> EmbeddedProject::qinzhou() {
    const QDir dir(resourceDirectory());
    if (!dir.exists())
        return core::Error(core::ErrorCode::IoError,
                           "the embedded Qinzhou project is missing from this build");
    core::MemoryFileProvider files(resourceDirectory().toStdString() + "/");
    for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return core::Error(core::ErrorCode::IoError, "cannot read an embedded file",
                               {.file = f.fileName().toStdString()});
        files.set(name.toStdString(), f.readAll().toStdString());
    }
    return load(files, dir.filePath(QStringLiteral("geometry")));
}

core::Result<ProjectData> EmbeddedProject::fromTemplate(ProjectTemplate projectTemplate) {
    if (projectTemplate == ProjectTemplate::Qinzhou)
        return qinzhou();
    ProjectData data;
    data.metadata.nameZh = "新项目";
    data.metadata.nameEn = "New project";
    data.metadata.baseYear = 2015;
    data.metadata.storageCrs = "EPSG:4490";
    data.metadata.displayCrs = "EPSG:4545";
    return data;
}

} // namespace jieshui::store
