// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Result.h"

#include <QString>

namespace jieshui::ui {

/**
 * Where projects come from and go to: the seam between the window and the project store (a GeoPackage
 * file in the application, an in-memory double in tests). Injected into ProjectController.
 */
class ProjectRepository {
public:
    virtual ~ProjectRepository() = default;
    /** The project shipped with the program (Qinzhou). */
    virtual core::Result<ProjectData> embedded() = 0;
    /** Reads the project file at @p path. */
    virtual core::Result<ProjectData> open(const QString& path) = 0;
    /** Writes @p project to @p path atomically (the old file stays intact on failure). */
    virtual core::Status save(const QString& path, const ProjectData& project) = 0;
    /** True when the project at @p path may only be read (e.g. a shared project opened by a viewer). */
    virtual bool isReadOnly(const QString& path) const {
        (void)path;
        return false;
    }
};

} // namespace jieshui::ui
