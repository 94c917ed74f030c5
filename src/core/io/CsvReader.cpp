// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace jieshui::core {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::string trimmed(std::string_view s) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

bool isBlankRecord(const std::vector<std::string>& fields) {
    for (const auto& f : fields)
        if (!trimmed(f).empty())
            return false;
    return true;
}

/**
 * The first character of @p field that must not be in a value: a C0 control character or DEL (a NUL
 * byte, an escape; tab and line breaks excepted, they are quoting or trimmed), or an invisible format
 * character (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi marks, line separators),
 * which would make "\uFEFFQZ-2022-TOTAL" a look-alike of QZ-2022-TOTAL. Empty when there is none.
 */
std::string forbiddenCharacter(std::string_view field) {
    for (std::size_t i = 0; i < field.size(); ++i) {
        const auto c = static_cast<unsigned char>(field[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            char name[16];
            std::snprintf(name, sizeof name, "U+%04X", c);
            return name;
        }
        if (c == 0xC2 && i + 1 < field.size() && static_cast<unsigned char>(field[i + 1]) == 0xAD)
            return "U+00AD (soft hyphen)";
        if (c == 0xEF && i + 2 < field.size() && static_cast<unsigned char>(field[i + 1]) == 0xBB &&
            static_cast<unsigned char>(field[i + 2]) == 0xBF)
            return "U+FEFF (byte order mark)";
        if (c == 0xE2 && i + 2 < field.size()) {
            const auto b1 = static_cast<unsigned char>(field[i + 1]);
            const auto b2 = static_cast<unsigned char>(field[i + 2]);
            const unsigned codePoint = 0x2000u + ((b1 & 0x3Fu) << 6) + (b2 & 0x3Fu);
            if ((codePoint >= 0x200B && codePoint <= 0x200F) ||
                (codePoint >= 0x2028 && codePoint <= 0x202E) ||
                (codePoint >= 0x2060 && codePoint <= 0x2064) ||
                (codePoint >= 0x2066 && codePoint <= 0x2069)) {
                char name[40];
                std::snprintf(name, sizeof name, "U+%04X (invisible)", codePoint);
                return name;
            }
        }
    }
    return {};
}

} // namespace

int CsvReader::firstInvalidUtf8Line(std::string_view text) {
    int line = 1;
    std::size_t i = 0;
    const auto byte = [&text](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < text.size()) {
        const unsigned char c = byte(i);
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned int codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            codePoint = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            codePoint = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            codePoint = c & 0x07u;
        } else {
            return line; // a continuation byte without a lead, or a lead that is never valid (C0, C1, F5+)
        }
        if (i + length > text.size())
            return line;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char cc = byte(i + k);
            if ((cc & 0xC0u) != 0x80u)
                return line;
            codePoint = (codePoint << 6) | (cc & 0x3Fu);
        }
        // Overlong forms, UTF-16 surrogates and code points beyond U+10FFFF are not UTF-8.
        const bool overlong = (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
        if (overlong || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return line;
        i += length;
    }
    return 0;
}

Result<CsvTable> CsvReader::parse(std::string_view text, const std::string& displayName) {
    LoadReport report;
    return parse(text, displayName, report);
}

Result<CsvTable> CsvReader::parse(std::string_view text, const std::string& displayName, LoadReport& report) {
    const std::size_t errorsBefore = report.totalCount();
    auto fail = [&report](Error error) -> Result<CsvTable> {
        report.add(std::move(error));
        return report.combined();
    };
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    if (const int bad = firstInvalidUtf8Line(text); bad != 0)
        return fail(Error(ErrorCode::ParseError,
                          "the file is not valid UTF-8 (save it as UTF-8; GBK/GB18030 text is not accepted)",
                          {.file = displayName, .line = bad}));

    std::vector<std::vector<std::string>> rows;
    std::vector<int> rowLines;
    std::vector<std::string> fields;
    std::string field;
    int line = 1;
    int recordLine = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool afterClosingQuote = false;
    int quoteLine = 0;

    const auto endRecord = [&]() {
        fields.push_back(std::move(field));
        field.clear();
        rows.push_back(std::move(fields));
        fields.clear();
        rowLines.push_back(recordLine);
        fieldWasQuoted = false;
        afterClosingQuote = false;
    };

    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                inQuotes = false;
                afterClosingQuote = true;
                ++i;
                continue;
            }
            if (c == '\n')
                ++line;
            field += c;
            ++i;
            continue;
        }
        if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
            fieldWasQuoted = false;
            afterClosingQuote = false;
            ++i;
            continue;
        }
        if (c == '\r' || c == '\n') {
            endRecord();
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
            ++line;
            recordLine = line;
            continue;
        }
        if (afterClosingQuote && (c == ' ' || c == '\t')) {
            ++i; // spaces between a closing quote and the separator are harmless
            continue;
        }
        if (afterClosingQuote) {
            return fail(
                Error(ErrorCode::ParseError,
                      "bad quoting: text after the closing quote of a field (write a quote inside a quoted "
                      "field as \"\")",
                      {.file = displayName, .line = line}));
        }
        if (c == '"') {
            // A quote opens a quoted field only at its start (spaces before it are tolerated).
            if (!fieldWasQuoted && trimmed(field).empty()) {
                field.clear();
                inQuotes = true;
                fieldWasQuoted = true;
                quoteLine = line;
                ++i;
                continue;
            }
            return fail(
                Error(ErrorCode::ParseError,
                      "bad quoting: a quote inside an unquoted field (quote the whole field and double the "
                      "quote)",
                      {.file = displayName, .line = line}));
        }
        field += c;
        ++i;
    }
    if (inQuotes)
        return fail(Error(ErrorCode::ParseError,
                          "bad quoting: a quoted field is not closed before the end of the file",
                          {.file = displayName, .line = quoteLine}));
    if (!field.empty() || !fields.empty() || fieldWasQuoted)
        endRecord();

    std::size_t first = 0;
    while (first < rows.size() && isBlankRecord(rows[first]))
        ++first;
    if (first == rows.size())
        return fail(Error(ErrorCode::ParseError, "the file is empty: a header line is required",
                          {.file = displayName, .line = 1}));

    std::vector<std::string> header;
    for (const auto& name : rows[first])
        header.push_back(trimmed(name));
    for (std::size_t a = 0; a < header.size(); ++a) {
        if (header[a].empty())
            return fail(Error(ErrorCode::ParseError,
                              "the header has an empty column name (column " + std::to_string(a + 1) + ")",
                              {.file = displayName, .line = rowLines[first]}));
        for (std::size_t b = a + 1; b < header.size(); ++b)
            if (header[a] == header[b])
                return fail(Error(ErrorCode::ParseError, "the header names column '" + header[a] + "' twice",
                                  {.file = displayName, .line = rowLines[first], .field = header[a]}));
    }

    // Invisible and control characters are refused wherever they are, each located (NUL bytes, BOMs,
    // zero-width spaces in ids would otherwise make look-alike ids or be stored inside text).
    for (std::size_t a = 0; a < rows[first].size(); ++a)
        if (const std::string bad = forbiddenCharacter(rows[first][a]); !bad.empty())
            report.add(
                Error(ErrorCode::ParseError,
                      "the column name contains the invisible or control character " + bad + "; remove it",
                      {.file = displayName, .line = rowLines[first], .field = header[a]}));
    for (std::size_t r = first + 1; r < rows.size(); ++r)
        for (std::size_t k = 0; k < rows[r].size(); ++k)
            if (const std::string bad = forbiddenCharacter(rows[r][k]); !bad.empty())
                report.add(
                    Error(ErrorCode::ParseError,
                          "the value contains the invisible or control character " + bad + "; remove it",
                          {.file = displayName,
                           .line = rowLines[r],
                           .field = k < header.size() ? header[k] : std::string()}));

    std::vector<CsvRecord> records;
    records.reserve(rows.size() - first);
    for (std::size_t r = first + 1; r < rows.size(); ++r) {
        if (isBlankRecord(rows[r]))
            continue;
        if (rows[r].size() != header.size()) {
            report.add(Error(ErrorCode::ParseError,
                             "the record has " + std::to_string(rows[r].size()) +
                                 " fields but the header has " + std::to_string(header.size()) +
                                 " (an unquoted comma inside a value?)",
                             {.file = displayName, .line = rowLines[r]}));
            continue;
        }
        records.push_back({rowLines[r], std::move(rows[r])});
    }
    if (report.totalCount() != errorsBefore)
        return report.combined();
    return CsvTable(displayName, std::move(header), std::move(records));
}

Result<std::string> CsvReader::readFile(const std::filesystem::path& path) {
    // A FIFO or device would block the read forever; a folder is no file either.
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return Error(ErrorCode::IoError,
                     ec.value() == ELOOP ? "the path is a loop of symbolic links" : "no such file",
                     {.file = path.string()});
    if (!std::filesystem::is_regular_file(status))
        return Error(ErrorCode::IoError, "not a regular file (a folder, pipe, device or socket)",
                     {.file = path.string()});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(ErrorCode::IoError, "cannot open the file for reading", {.file = path.string()});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return Error(ErrorCode::IoError, "cannot read the file", {.file = path.string()});
    return buffer.str();
}

Result<CsvTable> CsvReader::parseFile(const std::filesystem::path& path) {
    auto text = readFile(path);
    if (text.hasError())
        return text.error();
    return parse(text.value(), path.string());
}

} // namespace jieshui::core
