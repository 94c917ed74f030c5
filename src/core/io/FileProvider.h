// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * A source of the named text files of a project directory ("regions.csv", ...): a folder on disk, or
 * files embedded in the program (the store and the GUI feed Qt resources through their own provider).
 */
class FileProvider {
public:
    virtual ~FileProvider() = default;

    /** Whether the file exists (optional files are skipped when it does not). */
    virtual bool contains(std::string_view name) const = 0;
    /** The whole file as bytes (UTF-8 expected); IoError when it is absent or unreadable. */
    virtual Result<std::string> read(std::string_view name) const = 0;
    /** How errors name the file, e.g. "data/qinzhou/regions.csv" or ":/qinzhou/regions.csv". */
    virtual std::string displayName(std::string_view name) const = 0;
};

} // namespace jieshui::core
