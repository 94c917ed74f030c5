// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/LoadedProject.h"
#include "io/ProjectDirectoryLoader.h"

#include <cstdio>
#include <cstdlib>

namespace jieshui::fuzz {

/** The shipped Qinzhou project (data/qinzhou): the regions and targets rows may name. */
inline const core::LoadedProject& qinzhou() {
    static const core::LoadedProject project = [] {
        core::ProjectDirectoryLoader loader;
        auto loaded = loader.load(std::string(JIESHUI_DATA_DIR) + "/qinzhou");
        if (loaded.hasError()) {
            std::fprintf(stderr, "cannot load data/qinzhou: %s\n", loaded.error().toString().c_str());
            std::abort();
        }
        return loaded.value();
    }();
    return project;
}

} // namespace jieshui::fuzz
