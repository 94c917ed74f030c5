// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "model/Region.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads regions.csv (`code,kind,name_zh,name_en,parent_code,county_codes,source,estimate`): the city,
 * counties, sub-zones, basins, supply utilities and reservoirs (irrigation districts have their own
 * file). Parents and county codes must exist in the file or in the context dataset; one root at most.
 */
class RegionLoader {
public:
    /** @p context holds regions already known (may be empty); it is only read. */
    explicit RegionLoader(const Dataset& context) : m_context(context) {}

    Result<std::vector<Region>> fromText(std::string_view text, const std::string& displayName);
    Result<std::vector<Region>> fromFile(const std::filesystem::path& path);
    const LoadReport& report() const { return m_report; }

    /** Adds all regions, or none when one is refused (the dataset is then unchanged). */
    static Status addTo(Dataset& dataset, const std::vector<Region>& regions);

private:
    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
