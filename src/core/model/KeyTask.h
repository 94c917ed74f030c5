// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

enum class TaskStatus { NotStarted, InProgress, Done, Overdue };

const char* taskStatusId(TaskStatus s); ///< "not-started", "in-progress", "done", "overdue"
std::optional<TaskStatus> taskStatusFromId(std::string_view id);

/** A dated milestone of a key task; measurable ones also appear as TaskMilestone plan targets. */
struct TaskMilestoneText {
    int year = 0;
    std::string textZh;
    std::string textEn;
    std::string targetId; ///< the PlanTarget that measures it, or empty
};

/** One of the plan's numbered key tasks (重点任务). */
struct KeyTask {
    int number = 0;
    std::string titleZh;
    std::string titleEn;
    std::string leadDepartment;
    std::string partnerDepartments; ///< ";"-separated
    std::vector<TaskMilestoneText> milestones;
    TaskStatus status = TaskStatus::NotStarted;
    std::string clause; ///< e.g. "三、重点任务 4"
};

} // namespace jieshui::core
