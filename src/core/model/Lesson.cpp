// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Lesson.h"

#include <algorithm>
#include <set>

namespace jieshui::core {

const std::string& LessonStep::caption(bool chinese) const {
    const std::string& preferred = chinese ? captionZh : captionEn;
    return preferred.empty() ? (chinese ? captionEn : captionZh) : preferred;
}

const std::string& LessonStep::source(bool chinese) const {
    const std::string& preferred = chinese ? sourceZh : sourceEn;
    return preferred.empty() ? (chinese ? sourceEn : sourceZh) : preferred;
}

const std::string& Lesson::title(bool chinese) const {
    const std::string& preferred = chinese ? titleZh : titleEn;
    return preferred.empty() ? (chinese ? titleEn : titleZh) : preferred;
}

Status checkLessons(const std::vector<Lesson>& lessons, const Dataset& dataset,
                    const std::vector<std::string>& scenarioNames, const std::string& file) {
    std::set<std::string> ids;
    const auto known = [&](const std::string& scenario) {
        return std::find(scenarioNames.begin(), scenarioNames.end(), scenario) != scenarioNames.end();
    };
    for (const Lesson& lesson : lessons) {
        const ErrorLocation at{.file = file, .field = "lesson " + lesson.id};
        if (lesson.id.empty())
            return Error(ErrorCode::InvalidValue, "a lesson has no id", {.file = file, .field = "lesson"});
        if (!ids.insert(lesson.id).second)
            return Error(ErrorCode::DuplicateRow, "lesson '" + lesson.id + "' is defined twice", at);
        if (lesson.titleZh.empty() && lesson.titleEn.empty())
            return Error(ErrorCode::InvalidValue, "lesson '" + lesson.id + "' has no title", at);
        if (lesson.steps.empty())
            return Error(ErrorCode::MissingData, "lesson '" + lesson.id + "' has no steps", at);
        for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
            const LessonStep& step = lesson.steps[i];
            const ErrorLocation where{.file = file,
                                      .line = static_cast<int>(i + 1),
                                      .field = "lesson " + lesson.id + " step " + std::to_string(i + 1),
                                      .region = step.regionCode,
                                      .year = step.year};
            if (step.year < 1949 || step.year > 2100)
                return Error(ErrorCode::InvalidValue, "a lesson step's year lies in 1949–2100", where);
            if (step.indicator == Indicator::TaskMilestone)
                return Error(ErrorCode::InvalidValue,
                             "a lesson step maps an indicator; key-task milestones cannot be mapped", where);
            if (!step.regionCode.empty() && !dataset.region(step.regionCode))
                return Error(ErrorCode::UnknownRegion,
                             "region '" + step.regionCode + "' is not in the project", where);
            if (!step.scenario.empty() && !known(step.scenario))
                return Error(ErrorCode::MissingData, "scenario '" + step.scenario + "' is not in the project",
                             where);
            if (!step.compareScenario.empty() && !known(step.compareScenario))
                return Error(ErrorCode::MissingData,
                             "scenario '" + step.compareScenario + "' is not in the project", where);
            if (step.captionZh.empty() && step.captionEn.empty())
                return Error(ErrorCode::InvalidValue, "a lesson step has no caption", where);
        }
    }
    return okStatus();
}

} // namespace jieshui::core
