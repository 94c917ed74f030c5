// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeoPackageStore.h"

namespace jieshui::store {

GeoPackageStore::GeoPackageStore(GeoPackageStore&& other) noexcept
    : m_owned(std::move(other.m_owned)), m_file(m_owned ? &*m_owned : other.m_file) {}

core::Result<std::unique_ptr<GeoPackageStore>> GeoPackageStore::open(const std::string& path, OpenMode mode) {
    auto file = ProjectFile::open(path, mode);
    if (file.hasError())
        return file.error();
    return std::make_unique<GeoPackageStore>(std::move(file).value());
}

} // namespace jieshui::store
