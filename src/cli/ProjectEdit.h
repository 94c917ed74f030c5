// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/ProjectData.h"
#include "store/ProjectStore.h"

#include <QString>
#include <memory>

namespace jieshui::cli {

/**
 * An edit of a project by a command (scenario, allocate): the project — a file or a shared server project,
 * opened through server::ProjectLocator like every other command's — is opened read-write first (a locked
 * or read-only file, or a server role without write rights, is refused before any work), edited in memory,
 * and saved with the results recomputed from what is saved: all or nothing, as the window saves. A server
 * refuses the save (Conflict) when someone else changed the same rows since the load.
 */
class ProjectEdit {
public:
    static core::Result<ProjectEdit> open(const QString& locator);

    store::ProjectData& data() { return m_data; }
    const store::ProjectData& data() const { return m_data; }

    /** Saves data() with fresh results (store::ProjectResults::evaluateAll). */
    core::Status save();

private:
    ProjectEdit(std::unique_ptr<store::ProjectStore> store, store::ProjectData data)
        : m_store(std::move(store)), m_data(std::move(data)) {}

    std::unique_ptr<store::ProjectStore> m_store;
    store::ProjectData m_data;
};

} // namespace jieshui::cli
