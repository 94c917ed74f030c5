// SPDX-License-Identifier: GPL-3.0-or-later
// GpkgGeometryCodec::decode: any blob gives a geometry or a ParseError; a decoded geometry re-encodes.
#include "store/GpkgGeometryCodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace jieshui;
    const QByteArray blob(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto decoded = store::GpkgGeometryCodec::decode(blob);
    if (decoded.isOk() && !decoded.value().isEmpty) {
        geo::Feature f;
        f.rings = decoded.value().rings;
        f.partStarts = decoded.value().partStarts;
        (void)store::GpkgGeometryCodec::encode(f, decoded.value().kind, decoded.value().srsId);
    }
    return 0;
}
