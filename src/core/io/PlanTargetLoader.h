// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "model/PlanTarget.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads plan_targets.csv (`id,indicator,region_code,year,comparator,value,unit,base_year,
 * price_base_year,variable,task_number,source,clause`). The value is converted to the base unit of the
 * indicator's dimension (37 % → 0.37, 16.53 亿m³ → 1.653e9 m³). task-milestone rows name a task.NN.x
 * variable and its task number NN; their unit decides the dimension. Reductions need a base year.
 */
class PlanTargetLoader {
public:
    /** @p context holds the regions (and targets and task variables already known); it is only read. */
    explicit PlanTargetLoader(const Dataset& context) : m_context(context) {}

    Result<std::vector<PlanTarget>> fromText(std::string_view text, const std::string& displayName);
    Result<std::vector<PlanTarget>> fromFile(const std::filesystem::path& path);
    const LoadReport& report() const { return m_report; }

    /** Adds all targets, or none when one is refused: the dataset is then unchanged. */
    static Status addTo(Dataset& dataset, const std::vector<PlanTarget>& targets);

private:
    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
