// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** One CSV record: its fields as read (unquoted, not trimmed) and the physical line it starts on. */
struct CsvRecord {
    int line = 0; ///< 1-based; the header is line 1
    std::vector<std::string> fields;
};

/** A parsed CSV file: the header (trimmed column names) and the non-empty records after it. */
class CsvTable {
public:
    CsvTable() = default;
    CsvTable(std::string displayName, std::vector<std::string> header, std::vector<CsvRecord> records);

    const std::string& displayName() const { return m_displayName; }
    const std::vector<std::string>& header() const { return m_header; }
    const std::vector<CsvRecord>& records() const { return m_records; }

    /** Index of a column, or nullopt. */
    std::optional<std::size_t> column(std::string_view name) const;
    bool hasColumn(std::string_view name) const { return column(name).has_value(); }

private:
    std::string m_displayName;
    std::vector<std::string> m_header;
    std::vector<CsvRecord> m_records;
};

} // namespace jieshui::core
