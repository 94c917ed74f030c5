// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvFields.h"

#include "model/ValueRules.h"

#include <charconv>
#include <cmath>

namespace jieshui::core {

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

} // namespace

CsvFields::CsvFields(const CsvTable& table, const CsvRecord& record, LoadReport& report)
    : m_table(table), m_record(record), m_report(report) {}

bool CsvFields::checkColumns(const CsvTable& table, std::initializer_list<std::string_view> required,
                             std::initializer_list<std::string_view> optional, LoadReport& report) {
    std::vector<std::string> missing;
    for (std::string_view name : required)
        if (!table.hasColumn(name))
            missing.emplace_back(name);
    std::vector<std::string> extra;
    for (const auto& name : table.header()) {
        bool known = false;
        for (std::string_view r : required)
            known = known || r == name;
        for (std::string_view o : optional)
            known = known || o == name;
        if (!known)
            extra.push_back(name);
    }
    if (!missing.empty())
        report.add(Error(ErrorCode::ParseError, "missing required column(s): " + joined(missing),
                         {.file = table.displayName(), .line = 1, .field = missing.front()}));
    if (!extra.empty())
        report.add(Error(ErrorCode::ParseError, "unexpected column(s): " + joined(extra),
                         {.file = table.displayName(), .line = 1, .field = extra.front()}));
    return missing.empty() && extra.empty();
}

ErrorLocation CsvFields::where(std::string_view column) const {
    return {.file = m_table.displayName(),
            .line = m_record.line,
            .field = std::string(column),
            .region = m_region,
            .year = m_year};
}

void CsvFields::error(ErrorCode code, std::string message, std::string_view column) {
    m_report.add(Error(code, std::move(message), where(column)));
}

std::string CsvFields::text(std::string_view column) const {
    const auto index = m_table.column(column);
    // A table built by hand (an XLSX sheet) may have short records: a missing cell reads as empty.
    if (!index || *index >= m_record.fields.size())
        return {};
    std::string_view s = m_record.fields[*index];
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

std::optional<std::string> CsvFields::requiredText(std::string_view column) {
    std::string s = text(column);
    if (s.empty()) {
        error(ErrorCode::ParseError, "a value is required", column);
        return std::nullopt;
    }
    return s;
}

std::optional<double> CsvFields::number(std::string_view column) {
    const std::string s = text(column);
    if (s.empty()) {
        error(ErrorCode::ParseError, "a number is required", column);
        return std::nullopt;
    }
    // from_chars rejects a leading '+'; accept it since spreadsheets write it.
    const char* begin = s.data() + (s.front() == '+' ? 1 : 0);
    const char* end = s.data() + s.size();
    double value = 0.0;
    auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
        error(ErrorCode::ParseError, "'" + s + "' is not a number", column);
        return std::nullopt;
    }
    return value;
}

std::optional<int> CsvFields::integer(std::string_view column) {
    const std::string s = text(column);
    if (s.empty()) {
        error(ErrorCode::ParseError, "an integer is required", column);
        return std::nullopt;
    }
    int value = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size()) {
        error(ErrorCode::ParseError, "'" + s + "' is not an integer", column);
        return std::nullopt;
    }
    return value;
}

std::optional<int> CsvFields::optionalInteger(std::string_view column) {
    if (text(column).empty())
        return 0;
    return integer(column);
}

std::optional<int> CsvFields::year(std::string_view column) {
    auto y = integer(column);
    if (!y)
        return std::nullopt;
    if (auto problem = ValueRules::yearProblem(*y)) {
        error(ErrorCode::InvalidValue, *problem, column);
        return std::nullopt;
    }
    return y;
}

std::optional<int> CsvFields::optionalYear(std::string_view column) {
    if (text(column).empty())
        return 0;
    return year(column);
}

std::optional<bool> CsvFields::flag(std::string_view column, bool whenEmpty) {
    const std::string s = text(column);
    if (s.empty())
        return whenEmpty;
    if (s == "0")
        return false;
    if (s == "1")
        return true;
    error(ErrorCode::ParseError, "'" + s + "' must be 0 or 1", column);
    return std::nullopt;
}

} // namespace jieshui::core
