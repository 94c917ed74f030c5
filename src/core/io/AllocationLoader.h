// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "scenario/Allocation.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads allocations.csv (`id,scenario,parent_region,year,cap,cap_unit,method,base_year,region_code,
 * share,share_unit,manual`), one row per share; rows of one id must agree on scenario, parent, year,
 * cap, method and base year. Caps and shares become m³: a share in a volume unit is taken as is, one in
 * % or 1 as that fraction of the cap. Each share's region must be a child of the parent region.
 * `remainder` is cap − Σ shares.
 */
class AllocationLoader {
public:
    /** @p scenarioNames: the scenarios allocations may belong to; empty = do not check. */
    AllocationLoader(const Dataset& context, std::vector<std::string> scenarioNames)
        : m_context(context), m_scenarioNames(std::move(scenarioNames)) {}

    Result<std::vector<Allocation>> fromText(std::string_view text, const std::string& displayName);
    Result<std::vector<Allocation>> fromFile(const std::filesystem::path& path);
    const LoadReport& report() const { return m_report; }

private:
    const Dataset& m_context;
    std::vector<std::string> m_scenarioNames;
    LoadReport m_report;
};

} // namespace jieshui::core
