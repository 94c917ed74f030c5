// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MemoryFileProvider.h"

namespace jieshui::core {

void MemoryFileProvider::remove(std::string_view name) {
    if (auto it = m_files.find(name); it != m_files.end())
        m_files.erase(it);
}

bool MemoryFileProvider::contains(std::string_view name) const {
    return m_files.find(name) != m_files.end();
}

Result<std::string> MemoryFileProvider::read(std::string_view name) const {
    auto it = m_files.find(name);
    if (it == m_files.end())
        return Error(ErrorCode::IoError, "no such file", {.file = displayName(name)});
    return it->second;
}

std::string MemoryFileProvider::displayName(std::string_view name) const {
    return m_prefix + std::string(name);
}

} // namespace jieshui::core
