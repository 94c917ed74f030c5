// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectLocator.h"

#include "ServerAddress.h"
#include "ServerProject.h"
#include "store/GeoPackageStore.h"

namespace jieshui::server {

bool ProjectLocator::isServer(const QString& locator) {
    return ServerAddress::isServerAddress(locator);
}

core::Result<std::unique_ptr<store::ProjectStore>> ProjectLocator::open(const QString& locator,
                                                                        store::OpenMode mode) {
    if (isServer(locator)) {
        auto address = ServerAddress::parse(locator);
        if (address.hasError())
            return address.error();
        auto project = ServerProject::open(address.value(), mode);
        if (project.hasError())
            return project.error();
        return std::unique_ptr<store::ProjectStore>(std::move(project).value());
    }
    auto file = store::GeoPackageStore::open(locator.toStdString(), mode);
    if (file.hasError())
        return file.error();
    return std::unique_ptr<store::ProjectStore>(std::move(file).value());
}

} // namespace jieshui::server
