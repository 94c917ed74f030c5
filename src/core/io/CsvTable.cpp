// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvTable.h"

namespace jieshui::core {

CsvTable::CsvTable(std::string displayName, std::vector<std::string> header, std::vector<CsvRecord> records)
    : m_displayName(std::move(displayName)), m_header(std::move(header)), m_records(std::move(records)) {}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == name)
            return i;
    return std::nullopt;
}

} // namespace jieshui::core
