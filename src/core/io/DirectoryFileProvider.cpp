// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DirectoryFileProvider.h"

#include "io/CsvReader.h"

namespace jieshui::core {

bool DirectoryFileProvider::contains(std::string_view name) const {
    std::error_code ec;
    return std::filesystem::is_regular_file(m_directory / name, ec);
}

Result<std::string> DirectoryFileProvider::read(std::string_view name) const {
    return CsvReader::readFile(m_directory / name);
}

std::string DirectoryFileProvider::displayName(std::string_view name) const {
    return (m_directory / name).string();
}

} // namespace jieshui::core
