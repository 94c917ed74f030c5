// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Dataset.h"
#include "model/Indicator.h"

#include <string>
#include <vector>

namespace jieshui::core {

/**
 * One step of a lesson: what the map shows while the trainer tells one part of the plan's story, and the
 * caption shown under it. A step names its scenario (empty: keep the one selected) and may name a second
 * scenario shown beside it on a synchronised map ("what if growth is higher").
 */
struct LessonStep {
    Indicator indicator = Indicator::WaterPerGdpReduction;
    int year = 2015;
    std::string scenario;        ///< scenario name; empty keeps the selected scenario
    std::string compareScenario; ///< a second map of this scenario beside the first; empty for one map
    std::string regionCode;      ///< the region outlined on the map; empty for none
    std::string captionZh;
    std::string captionEn;
    /** Where the caption's numbers come from (document and clause, or 估算), in Chinese and in English. */
    std::string sourceZh;
    std::string sourceEn;

    /** The caption in Chinese or English (the other language when that one is empty). */
    const std::string& caption(bool chinese) const;
    /** The source in Chinese or English (the other language when that one is empty). */
    const std::string& source(bool chinese) const;
    bool operator==(const LessonStep&) const = default;
};

/** An ordered walk through the plan (培训课程) that a trainer pages through in presentation mode. */
struct Lesson {
    std::string id; ///< e.g. "qinzhou-plan"
    std::string titleZh;
    std::string titleEn;
    std::vector<LessonStep> steps;

    const std::string& title(bool chinese) const;
    bool operator==(const Lesson&) const = default;
};

/**
 * Checks @p lessons against the project they belong to: ids present and unique, at least one step each,
 * years in 1949–2100, no key-task milestone as a step's indicator (milestones are not mapped), regions of
 * @p dataset, scenarios among @p scenarioNames, a caption in at least one language. The error is located
 * at @p file, the lesson id (field) and the step (line = step number).
 */
Status checkLessons(const std::vector<Lesson>& lessons, const Dataset& dataset,
                    const std::vector<std::string>& scenarioNames, const std::string& file);

} // namespace jieshui::core
