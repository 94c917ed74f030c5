// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "model/KeyTask.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads the plan's key tasks: tasks.csv (`number,title_zh,title_en,lead_department,
 * partner_departments,status,clause`, status ∈ not-started, in-progress, done, overdue) and
 * task_milestones.csv (`task_number,year,text_zh,text_en,target_id`). A milestone's target_id, when set,
 * must name a target of the context dataset (load plan targets first).
 */
class TaskLoader {
public:
    explicit TaskLoader(const Dataset& context) : m_context(context) {}

    /** Tasks with their milestones; an empty @p milestonesName means there is no milestones file. */
    Result<std::vector<KeyTask>> fromText(std::string_view tasksText, const std::string& tasksName,
                                          std::string_view milestonesText = {},
                                          const std::string& milestonesName = {});
    /** An empty @p milestonesPath means there is no milestones file. */
    Result<std::vector<KeyTask>> fromFiles(const std::filesystem::path& tasksPath,
                                           const std::filesystem::path& milestonesPath = {});
    const LoadReport& report() const { return m_report; }

    /** Adds all tasks, or none when one is refused (a number already used): the dataset is then unchanged. */
    static Status addTo(Dataset& dataset, const std::vector<KeyTask>& tasks);

private:
    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
