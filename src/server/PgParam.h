// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>
#include <string>
#include <string_view>

namespace jieshui::server {

/**
 * One bound parameter of a server statement ($1, $2, ...): SQL NULL, text, or raw bytes (bytea, WKB).
 * Values never become part of SQL text.
 */
struct PgParam {
    enum class Format { Null, Text, Binary };
    Format format = Format::Null;
    std::string bytes;

    static PgParam null() { return {}; }
    static PgParam text(std::string_view value) { return {Format::Text, std::string(value)}; }
    static PgParam binary(const QByteArray& value) {
        return {Format::Binary, std::string(value.constData(), static_cast<std::size_t>(value.size()))};
    }
    static PgParam integer(long long value) { return text(std::to_string(value)); }
    /** A double written with 17 significant digits, so the server stores exactly the same value. */
    static PgParam real(double value);
    static PgParam optionalReal(const std::optional<double>& value) { return value ? real(*value) : null(); }
};

} // namespace jieshui::server
