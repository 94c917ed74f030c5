// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgParam.h"

#include <array>
#include <charconv>
#include <cmath>

namespace jieshui::server {

PgParam PgParam::real(double value) {
    if (std::isnan(value))
        return text("NaN");
    if (std::isinf(value))
        return text(value > 0 ? "Infinity" : "-Infinity");
    // The shortest text that reads back as exactly this double.
    std::array<char, 32> buffer{};
    const auto written = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return text(std::string_view(buffer.data(), static_cast<std::size_t>(written.ptr - buffer.data())));
}

} // namespace jieshui::server
