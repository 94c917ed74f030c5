// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/FileProvider.h"

#include <map>
#include <string>

namespace jieshui::core {

/** Files held in memory, name → text (embedded resources copied out, tests). */
class MemoryFileProvider : public FileProvider {
public:
    /** @p prefix is put before names in error locations, e.g. ":/qinzhou/". */
    explicit MemoryFileProvider(std::string prefix = {}) : m_prefix(std::move(prefix)) {}

    void set(std::string name, std::string text) { m_files[std::move(name)] = std::move(text); }
    void remove(std::string_view name);

    bool contains(std::string_view name) const override;
    Result<std::string> read(std::string_view name) const override;
    std::string displayName(std::string_view name) const override;

private:
    std::string m_prefix;
    std::map<std::string, std::string, std::less<>> m_files;
};

} // namespace jieshui::core
