// SPDX-License-Identifier: GPL-3.0-or-later
// ShapefileEncoding on a DBF (and, after a 0xFF separator when there is one, its .cpg): detection and the
// name preview read the DBF's own bytes without GDAL and must refuse any damage cleanly.
#include "FuzzTempFile.h"
#include "geo/ShapefileEncoding.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    // Bytes after the last 0xFE 0xFF pair are the .cpg; without the pair there is no .cpg.
    size_t dbfSize = size;
    const std::string cpgPath = fuzz::tempDir() + "/layer.cpg";
    std::remove(cpgPath.c_str());
    for (size_t i = size; i >= 2; --i)
        if (data[i - 2] == 0xFE && data[i - 1] == 0xFF) {
            dbfSize = i - 2;
            fuzz::writeTemp("layer.cpg", data + i, size - i);
            break;
        }
    const std::string dbf = fuzz::writeTemp("layer.dbf", data, dbfSize);
    const QString path = QString::fromStdString(dbf);
    auto detected = geo::ShapefileEncoding::detect(path);
    const QString encoding = detected.isOk() ? detected.value().encoding : QStringLiteral("CP936");
    (void)geo::ShapefileEncoding::previewNames(path, encoding, 5);
    return 0;
}
