// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FileProvider.h"

#include <filesystem>

namespace jieshui::core {

/** Files of a folder on disk. */
class DirectoryFileProvider : public FileProvider {
public:
    explicit DirectoryFileProvider(std::filesystem::path directory) : m_directory(std::move(directory)) {}

    bool contains(std::string_view name) const override;
    Result<std::string> read(std::string_view name) const override;
    std::string displayName(std::string_view name) const override;

private:
    std::filesystem::path m_directory;
};

} // namespace jieshui::core
