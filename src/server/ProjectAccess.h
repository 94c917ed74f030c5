// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerAddress.h"
#include "common/Result.h"

#include <QString>
#include <string>
#include <vector>

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
/** What grant() found and did, for a message in the user's words. */
struct GrantOutcome {
    AccessLevel before = AccessLevel::None; ///< the highest project role the login had
    AccessLevel after = AccessLevel::None;
    /** Anything else the server said (its notices and warnings), translated where we know them. */
    std::vector<QString> notes;
};

class ProjectAccess {
public:
    /**
     * Gives @p user the role of @p level and takes the other away. Only roles the login holds are revoked
     * and only a role it lacks is granted, so the server has no "is not a member" warning to make.
     */
    static core::Result<GrantOutcome> grant(const ServerAddress& address, const std::string& user,
                                            AccessLevel level);
    /** A server notice in the user's words: known ones translated, others as the server put them. */
    static QString describeNotice(const std::string& severity, const std::string& sqlState,
                                  const std::string& message);
};

} // namespace jieshui::server
