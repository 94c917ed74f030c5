// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreProjectRepository.h"

#include "output/QgisStyles.h"
#include "server/ProjectTransfer.h"
#include "server/ServerProject.h"
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
    project.uncertainty = std::move(data.uncertainty);
    project.layers = std::move(data.layers);
    project.results = std::move(data.results);
    project.lessons = std::move(data.lessons);
    project.normalizeLayerFlags();
    return project;
}

store::ProjectData StoreProjectRepository::toStore(const ProjectData& project) {
    store::ProjectData data;
    data.metadata = project.metadata;
    data.dataset = project.dataset;
    data.scenarios = project.scenarios;
    data.allocations = project.allocations;
    data.uncertainty = project.uncertainty;
    data.layers = project.layers;
    data.results = project.results;
    data.lessons = project.lessons;
    return data;
}

StoreProjectRepository::StoreProjectRepository() = default;
StoreProjectRepository::~StoreProjectRepository() = default;

bool StoreProjectRepository::isReadOnly(const QString& path) const {
    return m_server && path == m_serverAddress && m_server->isReadOnly();
}

core::Result<ProjectData> StoreProjectRepository::embedded() {
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        return data.error();
    return fromStore(std::move(data).value());
}

core::Result<ProjectData> StoreProjectRepository::open(const QString& path) {
    if (server::ServerAddress::isServerAddress(path)) {
        auto address = server::ServerAddress::parse(path);
        if (address.hasError())
            return address.error();
        // A viewer opens the project to read: the window then offers no edits.
        auto project = server::ServerProject::open(address.value(), store::OpenMode::ReadWrite);
        if (project.hasError())
            project = server::ServerProject::open(address.value(), store::OpenMode::ReadOnly);
        if (project.hasError())
            return project.error();
        auto data = project.value()->load();
        if (data.hasError())
            return data.error();
        m_server = std::move(project).value();
        m_serverAddress = path;
        return fromStore(std::move(data).value());
    }
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
    data.results = store::ProjectResults::evaluateProject(data, store::ProjectResults::now());
    if (server::ServerAddress::isServerAddress(path)) {
        if (!m_server || path != m_serverAddress) {
            // Save As onto a server: a new shared project, then kept open as any other.
            auto address = server::ServerAddress::parse(path);
            if (address.hasError())
                return address.error();
            auto pushed = server::ProjectTransfer::push(data, address.value(), "Jieshui");
            if (pushed.hasError())
                return pushed.error();
            auto shared = server::ServerProject::open(address.value(), store::OpenMode::ReadWrite);
            if (shared.hasError())
                return shared.error();
            if (auto loaded = shared.value()->load(); loaded.hasError())
                return loaded.error();
            m_server = std::move(shared).value();
            m_serverAddress = path;
            return core::okStatus();
        }
        return m_server->save(data);
    }
    if (!QFileInfo::exists(path)) {
        if (auto created = store::ProjectFile::create(path.toStdString(), data); created.hasError())
            return created;
    } else {
        auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadWrite);
        if (file.hasError())
            return file.error();
        if (auto saved = file.value().save(data); saved.hasError())
            return saved;
    }
    // The compliance layer and its styles for QGIS users (its own transaction: the data are saved already).
    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadWrite);
    if (file.hasError())
        return file.error();
    return output::QgisStyles::write(file.value(), output::QgisStyles::defaultScenarioKey(service));
}

} // namespace jieshui::ui
