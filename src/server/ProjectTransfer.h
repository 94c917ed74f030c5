// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAddress.h"
#include "common/Result.h"
#include "store/ProjectData.h"

#include <string>

namespace jieshui::server {

class ProjectImage;

/** What a push did. */
struct PushReport {
    std::size_t tables = 0;
    std::size_t rows = 0;
    std::string rolesNote; ///< the viewer/editor roles created, or why not (translated)
};

/**
 * Copies projects between a GeoPackage file and a server, each way in one transaction: an interrupted push
 * leaves no schema behind, an interrupted pull no file (the project file is written under a temporary name).
 */
class ProjectTransfer {
public:
    /**
     * Uploads the project file at @p path into a new schema (refused when the schema exists), with its
     * change log, the tracking triggers and, when the login may create roles, `<schema>_viewer` and
     * `<schema>_editor`. PostGIS is enabled in the database when missing and the login may.
     */
    static core::Result<PushReport> push(const std::string& path, const ServerAddress& address);
    /** Uploads a project held in memory (e.g. one just made from boundaries); @p sourceName goes to the log.
     */
    static core::Result<PushReport> push(const store::ProjectData& data, const ServerAddress& address,
                                         const std::string& sourceName);
    /** Downloads the server project into a new project file at @p path (refused when the file exists). */
    static core::Status pull(const ServerAddress& address, const std::string& path);

private:
    static core::Result<PushReport> pushImage(const ProjectImage& image, const ServerAddress& address,
                                              const std::string& sourceName);
};

} // namespace jieshui::server
