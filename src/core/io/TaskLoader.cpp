// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/TaskLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"

#include <algorithm>
#include <map>

namespace jieshui::core {

Result<std::vector<KeyTask>> TaskLoader::fromFiles(const std::filesystem::path& tasksPath,
                                                   const std::filesystem::path& milestonesPath) {
    m_report.clear();
    auto tasks = CsvReader::readFile(tasksPath);
    if (tasks.hasError()) {
        m_report.add(tasks.error());
        return tasks.error();
    }
    if (milestonesPath.empty())
        return fromText(tasks.value(), tasksPath.string());
    auto milestones = CsvReader::readFile(milestonesPath);
    if (milestones.hasError()) {
        m_report.add(milestones.error());
        return milestones.error();
    }
    return fromText(tasks.value(), tasksPath.string(), milestones.value(), milestonesPath.string());
}

Result<std::vector<KeyTask>> TaskLoader::fromText(std::string_view tasksText, const std::string& tasksName,
                                                  std::string_view milestonesText,
                                                  const std::string& milestonesName) {
    m_report.clear();
    auto parsed = CsvReader::parse(tasksText, tasksName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(
            table,
            {"number", "title_zh", "title_en", "lead_department", "partner_departments", "status", "clause"},
            {}, m_report))
        return m_report.combined();

    std::vector<KeyTask> tasks;
    std::map<int, std::size_t> index; // number → position in tasks
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        KeyTask task;
        if (auto number = f.integer("number")) {
            task.number = *number;
            if (*number < 1 || *number > 99)
                f.error(ErrorCode::InvalidValue, "a task number lies in 1–99", "number");
            else if (index.count(*number) != 0 ||
                     m_context.tasks().end() !=
                         std::find_if(m_context.tasks().begin(), m_context.tasks().end(),
                                      [&](const KeyTask& k) { return k.number == *number; }))
                f.error(ErrorCode::DuplicateRow, "task " + std::to_string(*number) + " is defined twice",
                        "number");
        }
        if (auto title = f.requiredText("title_zh"))
            task.titleZh = *title;
        task.titleEn = f.text("title_en");
        task.leadDepartment = f.text("lead_department");
        task.partnerDepartments = f.text("partner_departments");
        const std::string statusText = f.text("status");
        if (auto status = taskStatusFromId(statusText))
            task.status = *status;
        else
            f.error(ErrorCode::InvalidValue,
                    "status '" + statusText + "' is not one of not-started, in-progress, done, overdue",
                    "status");
        task.clause = f.text("clause");
        if (m_report.totalCount() != errorsBefore)
            continue;
        index.emplace(task.number, tasks.size());
        tasks.push_back(std::move(task));
    }

    if (!milestonesName.empty()) {
        auto milestones = CsvReader::parse(milestonesText, milestonesName, m_report);
        if (milestones.hasError())
            return m_report.combined();
        const CsvTable& mt = milestones.value();
        if (!CsvFields::checkColumns(mt, {"task_number", "year", "text_zh", "text_en", "target_id"}, {},
                                     m_report))
            return m_report.combined();
        for (const CsvRecord& record : mt.records()) {
            CsvFields f(mt, record, m_report);
            const std::size_t errorsBefore = m_report.totalCount();
            TaskMilestoneText milestone;
            auto number = f.integer("task_number");
            if (auto year = f.year("year")) {
                milestone.year = *year;
                f.setYear(*year);
            }
            if (auto text = f.requiredText("text_zh"))
                milestone.textZh = *text;
            milestone.textEn = f.text("text_en");
            milestone.targetId = f.text("target_id");
            if (!milestone.targetId.empty() &&
                std::none_of(m_context.targets().begin(), m_context.targets().end(),
                             [&](const PlanTarget& t) { return t.id == milestone.targetId; }))
                f.error(ErrorCode::MissingData, "target_id '" + milestone.targetId + "' is not a plan target",
                        "target_id");
            if (number && index.count(*number) == 0)
                f.error(ErrorCode::MissingData,
                        "task " + std::to_string(*number) + " is not in the tasks file", "task_number");
            if (m_report.totalCount() != errorsBefore || !number)
                continue;
            tasks[index[*number]].milestones.push_back(std::move(milestone));
        }
    }
    if (m_report.hasErrors())
        return m_report.combined();
    for (KeyTask& task : tasks)
        std::stable_sort(
            task.milestones.begin(), task.milestones.end(),
            [](const TaskMilestoneText& a, const TaskMilestoneText& b) { return a.year < b.year; });
    return tasks;
}

Status TaskLoader::addTo(Dataset& dataset, const std::vector<KeyTask>& tasks) {
    Dataset copy = dataset;
    for (const KeyTask& t : tasks)
        if (auto st = copy.addTask(t); st.hasError())
            return st;
    dataset = std::move(copy);
    return okStatus();
}

} // namespace jieshui::core
