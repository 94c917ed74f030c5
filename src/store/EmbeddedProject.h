// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "common/Result.h"
#include "io/FileProvider.h"
#include "io/LoadedProject.h"

#include <QString>

namespace jieshui::store {

/** What `jieshui-cli new --template` starts from. */
enum class ProjectTemplate {
    Qinzhou, ///< the embedded Qinzhou project (data/qinzhou, compiled into jieshui_store)
    Empty    ///< metadata only: no regions, statistics, targets or layers
};

/** "qinzhou" / "empty"; false for anything else. */
bool projectTemplateFromId(const QString& id, ProjectTemplate* projectTemplate);

/**
 * The Qinzhou project shipped inside the program: the CSV files of data/qinzhou and its GeoJSON layers are Qt
 * resources under ":/data/qinzhou/". The GUI and the CLI both start from it.
 */
class EmbeddedProject {
public:
    /** Loads the embedded Qinzhou project (tables through core::ProjectDirectoryLoader, layers through GDAL).
     */
    static core::Result<ProjectData> qinzhou();

    /** The data of a template: Qinzhou, or an empty project named "新项目". */
    static core::Result<ProjectData> fromTemplate(ProjectTemplate projectTemplate);

    /**
     * Builds a ProjectData from a project directory's files (@p files) and the layer files under
     * `geometry/` (read from @p geometryDirectory: a resource path ":/data/qinzhou/geometry" or a folder).
     */
    static core::Result<ProjectData> load(const core::FileProvider& files, const QString& geometryDirectory);

    /** Moves a loaded project's tables into a ProjectData (no layers, no results). */
    static ProjectData fromLoaded(core::LoadedProject loaded);

    /** Resource folder of the embedded project. */
    static QString resourceDirectory() { return QStringLiteral(":/data/qinzhou"); }
};

} // namespace jieshui::store
