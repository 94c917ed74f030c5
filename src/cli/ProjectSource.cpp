// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSource.h"

#include "server/ProjectLocator.h"
#include "store/EmbeddedProject.h"

namespace jieshui::cli {

bool ProjectSource::isEmbedded(const QString& argument) {
    return argument.isEmpty() || argument == QLatin1String("qinzhou");
}

core::Result<store::ProjectData> ProjectSource::load(const QString& argument) {
    if (isEmbedded(argument))
        return store::EmbeddedProject::qinzhou();
    auto project = server::ProjectLocator::open(argument, store::OpenMode::ReadOnly);
    if (project.hasError())
        return project.error();
    return project.value()->load();
}

} // namespace jieshui::cli
