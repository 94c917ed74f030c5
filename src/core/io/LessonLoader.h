// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "model/Lesson.h"

#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads the project's lessons: lessons.csv (`lesson,title_zh,title_en`) and lesson_steps.csv
 * (`lesson,step,indicator,year,scenario,compare_scenario,region_code,caption_zh,caption_en,source_zh,source_en`;
 * steps numbered 1, 2, … per lesson, in any row order). Regions must be in the context dataset and scenarios
 * among the context's scenario names (load regions and scenarios first). All or nothing.
 */
class LessonLoader {
public:
    LessonLoader(const Dataset& context, std::vector<std::string> scenarioNames)
        : m_context(context), m_scenarioNames(std::move(scenarioNames)) {}

    Result<std::vector<Lesson>> fromText(std::string_view lessonsText, const std::string& lessonsName,
                                         std::string_view stepsText, const std::string& stepsName);
    const LoadReport& report() const { return m_report; }

private:
    const Dataset& m_context;
    std::vector<std::string> m_scenarioNames;
    LoadReport m_report;
};

} // namespace jieshui::core
