// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/LessonLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"

#include <algorithm>
#include <map>

namespace jieshui::core {

Result<std::vector<Lesson>> LessonLoader::fromText(std::string_view lessonsText,
                                                   const std::string& lessonsName, std::string_view stepsText,
                                                   const std::string& stepsName) {
    m_report.clear();
    auto parsed = CsvReader::parse(lessonsText, lessonsName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table, {"lesson", "title_zh", "title_en"}, {}, m_report))
        return m_report.combined();
    std::vector<Lesson> lessons;
    std::map<std::string, std::size_t> index; // id → position in lessons
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        Lesson lesson;
        const auto id = f.requiredText("lesson");
        if (!id)
            continue;
        lesson.id = *id;
        lesson.titleZh = f.text("title_zh");
        lesson.titleEn = f.text("title_en");
        if (lesson.titleZh.empty() && lesson.titleEn.empty())
            f.error(ErrorCode::InvalidValue, "a lesson needs a title in Chinese or English", "title_zh");
        if (index.count(lesson.id) != 0) {
            f.error(ErrorCode::DuplicateRow, "lesson '" + lesson.id + "' is defined twice", "lesson");
            continue;
        }
        index.emplace(lesson.id, lessons.size());
        lessons.push_back(std::move(lesson));
    }

    auto steps = CsvReader::parse(stepsText, stepsName, m_report);
    if (steps.hasError())
        return m_report.combined();
    const CsvTable& st = steps.value();
    if (!CsvFields::checkColumns(st,
                                 {"lesson", "step", "indicator", "year", "scenario", "compare_scenario",
                                  "region_code", "caption_zh", "caption_en"},
                                 {"source_zh", "source_en", "source"}, m_report))
        return m_report.combined();
    std::map<std::string, std::map<int, LessonStep>> numbered;
    const auto knownScenario = [this](const std::string& name) {
        return name.empty() ||
               std::find(m_scenarioNames.begin(), m_scenarioNames.end(), name) != m_scenarioNames.end();
    };
    for (const CsvRecord& record : st.records()) {
        CsvFields f(st, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        LessonStep step;
        const std::string lesson = f.text("lesson");
        if (index.count(lesson) == 0)
            f.error(ErrorCode::MissingData, "lesson '" + lesson + "' is not in the lessons file", "lesson");
        const auto number = f.integer("step");
        if (number && (*number < 1 || *number > 999))
            f.error(ErrorCode::InvalidValue, "a step number lies in 1–999", "step");
        if (auto year = f.year("year")) {
            step.year = *year;
            f.setYear(*year);
        }
        const std::string indicatorId = f.text("indicator");
        if (const auto indicator = IndicatorCatalog::fromId(indicatorId);
            indicator && *indicator != Indicator::TaskMilestone)
            step.indicator = *indicator;
        else
            f.error(ErrorCode::UnknownIndicator, "'" + indicatorId + "' is not an indicator a map can show",
                    "indicator");
        step.scenario = f.text("scenario");
        step.compareScenario = f.text("compare_scenario");
        for (const auto& [column, name] :
             {std::pair{"scenario", step.scenario}, std::pair{"compare_scenario", step.compareScenario}})
            if (!knownScenario(name))
                f.error(ErrorCode::MissingData, "scenario '" + name + "' is not in the project", column);
        step.regionCode = f.text("region_code");
        f.setRegion(step.regionCode);
        if (!step.regionCode.empty() && !m_context.region(step.regionCode))
            f.error(ErrorCode::UnknownRegion, "region '" + step.regionCode + "' is not in the project",
                    "region_code");
        step.captionZh = f.text("caption_zh");
        step.captionEn = f.text("caption_en");
        if (step.captionZh.empty() && step.captionEn.empty())
            f.error(ErrorCode::InvalidValue, "a step needs a caption in Chinese or English", "caption_zh");
        // `source` is the column's name before sources were bilingual: Chinese.
        step.sourceZh = f.text("source_zh");
        if (step.sourceZh.empty())
            step.sourceZh = f.text("source");
        step.sourceEn = f.text("source_en");
        if (m_report.totalCount() != errorsBefore || !number)
            continue;
        if (!numbered[lesson].emplace(*number, std::move(step)).second)
            f.error(ErrorCode::DuplicateRow,
                    "step " + std::to_string(*number) + " of lesson '" + lesson + "' is defined twice",
                    "step");
    }
    if (m_report.hasErrors())
        return m_report.combined();
    for (Lesson& lesson : lessons) {
        int expected = 1;
        for (auto& [number, step] : numbered[lesson.id]) {
            if (number != expected)
                return Error(ErrorCode::MissingData,
                             "lesson '" + lesson.id + "' has no step " + std::to_string(expected),
                             {.file = stepsName, .field = "step"});
            lesson.steps.push_back(std::move(step));
            ++expected;
        }
        if (lesson.steps.empty())
            return Error(ErrorCode::MissingData, "lesson '" + lesson.id + "' has no steps",
                         {.file = stepsName, .field = "lesson"});
    }
    return lessons;
}

} // namespace jieshui::core
