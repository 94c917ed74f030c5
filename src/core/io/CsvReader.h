// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/CsvTable.h"
#include "io/LoadReport.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * Reads RFC 4180 CSV: quoted fields with doubled quotes, embedded commas and line breaks, LF or CRLF
 * line ends, a UTF-8 BOM skipped. The text must be valid UTF-8. Empty lines (and lines of empty fields
 * only) are skipped. Record line numbers are the physical line where the record starts (header = 1).
 */
class CsvReader {
public:
    /**
     * Parses @p text; @p displayName names the file in error locations. Invalid UTF-8, a bad quote, or
     * a record whose field count differs from the header's is a ParseError located at its line.
     */
    static Result<CsvTable> parse(std::string_view text, const std::string& displayName);

    /**
     * As parse(), but adds each error to @p report (every record with a wrong field count, not only
     * the first); on failure the returned error is report.combined().
     */
    static Result<CsvTable> parse(std::string_view text, const std::string& displayName, LoadReport& report);

    /** Reads a whole file as bytes (IoError when it cannot be opened) and parses it. */
    static Result<CsvTable> parseFile(const std::filesystem::path& path);

    /** Reads a whole file as bytes; IoError naming the path when it cannot be read. */
    static Result<std::string> readFile(const std::filesystem::path& path);

    /** Line (1-based) of the first byte that is not valid UTF-8, or 0 when all of @p text is valid. */
    static int firstInvalidUtf8Line(std::string_view text);
};

} // namespace jieshui::core
