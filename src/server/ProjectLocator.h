// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/ProjectStore.h"

#include <QString>
#include <memory>

namespace jieshui::server {

/**
 * Opens a project from what a user names: a GeoPackage path, or a postgresql:// address of a shared
 * project (ServerAddress). The one place where the two kinds part, so every command takes either.
 */
class ProjectLocator {
public:
    /** True when @p locator names a server project. */
    static bool isServer(const QString& locator);
    static core::Result<std::unique_ptr<store::ProjectStore>>
    open(const QString& locator, store::OpenMode mode = store::OpenMode::ReadWrite);
};

} // namespace jieshui::server
