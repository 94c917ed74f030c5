// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/KeyTask.h"

namespace jieshui::core {

const char* taskStatusId(TaskStatus s) {
    switch (s) {
    case TaskStatus::NotStarted:
        return "not-started";
    case TaskStatus::InProgress:
        return "in-progress";
    case TaskStatus::Done:
        return "done";
    case TaskStatus::Overdue:
        return "overdue";
    }
    return "not-started";
}

std::optional<TaskStatus> taskStatusFromId(std::string_view id) {
    for (TaskStatus s :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Overdue})
        if (id == taskStatusId(s))
            return s;
    return std::nullopt;
}

} // namespace jieshui::core
