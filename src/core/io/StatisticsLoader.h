// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/CsvTable.h"
#include "io/LoadReport.h"
#include "io/StatisticsImportPlan.h"
#include "model/Dataset.h"
#include "model/Statistic.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads the statistics long table (`region_code,year,variable,value,unit,source,estimate[,vintage]`).
 * Each value is converted to the base unit of its variable's dimension (m³, yuan, m², ...); variables
 * come from VariableCatalog or the task.<NN>.<name> family, whose dimension the unit decides (the same
 * for every row of one variable). Checks, each a located error: unknown region or variable, unknown
 * unit, unit of another dimension, negative volume/money/area/length/count, rates outside [0, 1],
 * coefficient outside (0, 1], GDP or IVA ≤ 0, index ≤ 0, flag not 0/1, year outside 1949–2100,
 * non-numeric value, a (region, year, variable) twice in the file.
 */
class StatisticsLoader {
public:
    /** @p context holds the regions (and task variables) the rows may name; it is only read. */
    explicit StatisticsLoader(const Dataset& context) : m_context(context) {}

    /** All rows, or every error (report()) and nothing. */
    Result<std::vector<Statistic>> fromText(std::string_view text, const std::string& displayName);
    Result<std::vector<Statistic>> fromFile(const std::filesystem::path& path);

    /**
     * Compares a file with the context dataset: rows to add, to replace, unchanged and rejected (with
     * reasons). Fails only when the file as a whole is unreadable (encoding, quoting, columns).
     */
    Result<StatisticsImportPlan> planFromText(std::string_view text, const std::string& displayName);
    Result<StatisticsImportPlan> planFromFile(const std::filesystem::path& path);

    /**
     * The same from a table read elsewhere (e.g. an XLSX sheet through GDAL in the store): the header
     * names the columns; each record's `line` is what errors report (use the spreadsheet row number).
     */
    Result<std::vector<Statistic>> fromTable(const CsvTable& table);
    Result<StatisticsImportPlan> planFromTable(const CsvTable& table);

    const LoadReport& report() const { return m_report; }

    /** Adds all statistics, or none when one is refused (duplicate, ...): the dataset is then unchanged. */
    static Status addTo(Dataset& dataset, const std::vector<Statistic>& statistics);

private:
    struct Row {
        std::optional<Statistic> statistic;
        RejectedStatisticRow rejection;
    };
    /** Reads and checks every row; rows with errors carry their reasons instead of a statistic. */
    Result<std::vector<Row>> readRows(std::string_view text, const std::string& displayName);
    Result<std::vector<Row>> checkRows(const CsvTable& table);
    Result<std::vector<Statistic>> collect(Result<std::vector<Row>> rows);
    Result<StatisticsImportPlan> sort(Result<std::vector<Row>> rows);

    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
