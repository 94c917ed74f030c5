// SPDX-License-Identifier: GPL-3.0-or-later
// A project file as bytes: open (read-only) and read all of it, its summary and results. Any damage is
// a clear error; nothing may crash, hang or allocate without bound (years, counts, blobs are input).
#include "FuzzTempFile.h"
#include "store/ProjectFile.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    const std::string path = fuzz::writeTemp("project.gpkg", data, size);
    std::remove((path + "-journal").c_str());
    {
        auto file = store::ProjectFile::open(path, store::OpenMode::ReadOnly);
        if (file.isOk()) {
            (void)file.value().load();
            (void)file.value().summary();
            (void)file.value().results();
        }
    }
    return 0;
}
