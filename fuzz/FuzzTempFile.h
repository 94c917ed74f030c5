// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace jieshui::fuzz {

/** A private folder for the inputs of targets whose reader takes a path, made once per process. */
inline const std::string& tempDir() {
    static const std::string dir = [] {
        char pattern[] = "/tmp/jieshui-fuzz-XXXXXX";
        const char* made = ::mkdtemp(pattern);
        return std::string(made != nullptr ? made : "/tmp");
    }();
    return dir;
}

/** Writes @p size bytes to tempDir()/@p name and returns the path. */
inline std::string writeTemp(const std::string& name, const uint8_t* data, size_t size) {
    const std::string path = tempDir() + "/" + name;
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        if (size > 0)
            std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    return path;
}

} // namespace jieshui::fuzz
