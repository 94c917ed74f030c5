// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/ProjectData.h"

#include <QString>

namespace jieshui::cli {

/** Where a command's project comes from: a project file, a server project, or the embedded Qinzhou project.
 */
class ProjectSource {
public:
    /** True for an empty argument or the word "qinzhou": the embedded project. */
    static bool isEmbedded(const QString& argument);
    /** Loads the project named by @p argument (read-only). */
    static core::Result<store::ProjectData> load(const QString& argument);
};

} // namespace jieshui::cli
