// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAddress.h"
#include "common/Result.h"

#include <QString>
#include <string>

namespace jieshui::server {

/** What a login may do with a shared project, through the project's database roles. */
enum class AccessLevel { None, Viewer, Editor };

/** "none", "viewer", "editor". */
const char* accessLevelId(AccessLevel level);
bool accessLevelFromId(const QString& id, AccessLevel* level);

/**
 * Gives a database login read or write access to a shared project, or takes it away, by granting it the
 * project's `<schema>_viewer` or `<schema>_editor` role: the rights live in the database, so they hold for
 * QGIS and psql as for Jieshui. Needs a login that may grant those roles (the uploader or an administrator).
 */
class ProjectAccess {
public:
    static core::Status grant(const ServerAddress& address, const std::string& user, AccessLevel level);
};

} // namespace jieshui::server
