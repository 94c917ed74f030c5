// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectRepository.h"

namespace jieshui::ui {

/**
 * Projects from and to GeoPackage project files through store::ProjectFile; the embedded Qinzhou
 * project comes from the store's resources. Files are opened only for the duration of a read or a save,
 * so the lock the store takes while a file is open never outlives the operation.
 */
class StoreProjectRepository : public ProjectRepository {
public:
    core::Result<ProjectData> embedded() override;
    core::Result<ProjectData> open(const QString& path) override;
    core::Status save(const QString& path, const ProjectData& project) override;

    static ProjectData fromStore(store::ProjectData data);
    static store::ProjectData toStore(const ProjectData& project);
};

} // namespace jieshui::ui
