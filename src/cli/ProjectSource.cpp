// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSource.h"

#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

namespace jieshui::cli {

bool ProjectSource::isEmbedded(const QString& argument) {
    return argument.isEmpty() || argument == QLatin1String("qinzhou");
}

core::Result<store::ProjectData> ProjectSource::load(const QString& argument) {
    if (isEmbedded(argument))
        return store::EmbeddedProject::qinzhou();
    auto file = store::ProjectFile::open(argument.toStdString(), store::OpenMode::ReadOnly);
    if (file.hasError())
        return file.error();
    return file.value().load();
}

} // namespace jieshui::cli
