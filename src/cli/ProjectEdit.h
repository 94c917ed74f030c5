// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/ProjectData.h"
#include "store/ProjectFile.h"

#include <QString>
#include <optional>

namespace jieshui::cli {

/**
 * An edit of a project file by a command (scenario, allocate): the project is opened read-write first (a
 * locked or read-only file is refused before any work), edited in memory, and saved in one transaction
 * with the results recomputed from what is saved — all or nothing, as the window saves.
 */
class ProjectEdit {
public:
    static core::Result<ProjectEdit> open(const QString& path);

    store::ProjectData& data() { return m_data; }
    const store::ProjectData& data() const { return m_data; }

    /** Saves data() with fresh results (store::ProjectResults::evaluateAll). */
    core::Status save();

private:
    ProjectEdit(store::ProjectFile file, store::ProjectData data)
        : m_file(std::move(file)), m_data(std::move(data)) {}

    store::ProjectFile m_file;
    store::ProjectData m_data;
};

} // namespace jieshui::cli
