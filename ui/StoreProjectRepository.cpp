// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreProjectRepository.h"

#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/ProjectResults.h"

#include <QFileInfo>

namespace jieshui::ui {

ProjectData StoreProjectRepository::fromStore(store::ProjectData data) {
    ProjectData project;
    project.metadata = std::move(data.metadata);
    project.dataset = std::move(data.dataset);
    project.scenarios = std::move(data.scenarios);
    project.allocations = std::move(data.allocations);
    project.layers = std::move(data.layers);
    project.results = std::move(data.results);
    project.normalizeLayerFlags();
    return project;
}

store::ProjectData StoreProjectRepository::toStore(const ProjectData& project) {
    store::ProjectData data;
    data.metadata = project.metadata;
    data.dataset = project.dataset;
    data.scenarios = project.scenarios;
    data.allocations = project.allocations;
    data.layers = project.layers;
    data.results = project.results;
    return data;
}

core::Result<ProjectData> StoreProjectRepository::embedded() {
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        return data.error();
    return fromStore(std::move(data).value());
}

core::Result<ProjectData> StoreProjectRepository::open(const QString& path) {
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadOnly);
    if (file.hasError())
        return file.error();
    auto data = file.value().load();
    if (data.hasError())
        return data.error();
    return fromStore(std::move(data).value());
}

core::Status StoreProjectRepository::save(const QString& path, const ProjectData& project) {
    store::ProjectData data = toStore(project);
    // The stored results are those of the data being saved, never the ones it was opened with.
    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    data.results = store::ProjectResults::evaluateAll(service, store::ProjectResults::now());
    if (!QFileInfo::exists(path))
        return store::ProjectFile::create(path.toStdString(), data);
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadWrite);
    if (file.hasError())
        return file.error();
    return file.value().save(data);
}

} // namespace jieshui::ui
