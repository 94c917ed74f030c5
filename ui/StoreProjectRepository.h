// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectRepository.h"

#include <memory>

namespace jieshui::server {
class ServerProject;
}

namespace jieshui::ui {

/**
 * Projects from and to GeoPackage project files through store::ProjectFile, and shared projects on a
 * PostgreSQL/PostGIS server (a postgresql:// address, server::ServerProject); the embedded Qinzhou project
 * comes from the store's resources. Files are opened only for the duration of a read or a save, so the lock
 * the store takes while a file is open never outlives the operation. A shared project stays connected while
 * open: its next save writes only what changed since it was read, and is refused (ErrorCode::Conflict,
 * naming who changed what) when someone else changed the same rows meanwhile.
 */
class StoreProjectRepository : public ProjectRepository {
public:
    StoreProjectRepository();
    ~StoreProjectRepository() override;

    core::Result<ProjectData> embedded() override;
    core::Result<ProjectData> open(const QString& path) override;
    core::Status save(const QString& path, const ProjectData& project) override;
    bool isReadOnly(const QString& path) const override;

    static ProjectData fromStore(store::ProjectData data);
    static store::ProjectData toStore(const ProjectData& project);

private:
    std::unique_ptr<server::ServerProject> m_server; ///< the shared project open, if any
    QString m_serverAddress;
};

} // namespace jieshui::ui
