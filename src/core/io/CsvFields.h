// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "io/CsvTable.h"
#include "io/LoadReport.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * Typed access to the fields of one CSV record for the loaders: each reader trims the text, and on a
 * bad value adds an error located at the file, the record's line, the column, and the region and year
 * set with setRegion()/setYear(), then returns nullopt so that the loader can go on to the next field.
 */
class CsvFields {
public:
    CsvFields(const CsvTable& table, const CsvRecord& record, LoadReport& report);

    /**
     * Checks the header: every @p required column present, nothing outside @p required and @p optional.
     * Adds one error naming the missing columns and one naming the unexpected ones; false if any.
     */
    static bool checkColumns(const CsvTable& table, std::initializer_list<std::string_view> required,
                             std::initializer_list<std::string_view> optional, LoadReport& report);

    /** Region and year that later errors of this record carry in their location. */
    void setRegion(std::string region) { m_region = std::move(region); }
    void setYear(int year) { m_year = year; }
    int line() const { return m_record.line; }

    /** The trimmed text; "" for an absent optional column. */
    std::string text(std::string_view column) const;
    /** The trimmed text, or an error when it is empty. */
    std::optional<std::string> requiredText(std::string_view column);
    /** A decimal number (no thousands separators, finite); error when empty or not a number. */
    std::optional<double> number(std::string_view column);
    /** An integer; error when empty or not an integer. */
    std::optional<int> integer(std::string_view column);
    /** An integer, or 0 when the field is empty or the column absent. */
    std::optional<int> optionalInteger(std::string_view column);
    /** A calendar year in 1949–2100. */
    std::optional<int> year(std::string_view column);
    /** A year in 1949–2100, or 0 when the field is empty or the column absent. */
    std::optional<int> optionalYear(std::string_view column);
    /** "0" or "1"; an empty field or absent column reads as @p whenEmpty. */
    std::optional<bool> flag(std::string_view column, bool whenEmpty = false);

    /** Adds an error located at this record, @p column, and the current region and year. */
    void error(ErrorCode code, std::string message, std::string_view column);
    ErrorLocation where(std::string_view column) const;

private:
    const CsvTable& m_table;
    const CsvRecord& m_record;
    LoadReport& m_report;
    std::string m_region;
    int m_year = 0;
};

} // namespace jieshui::core
