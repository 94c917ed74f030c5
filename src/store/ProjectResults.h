// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "report/EvaluationService.h"
#include "report/ProvinceEvaluation.h"
#include "report/ScenarioResult.h"

#include <string>
#include <vector>

namespace jieshui::store {

/**
 * The rows of the project file's `results` table, made from the evaluation service's results: one row per
 * plan target, and one per county for every city target (a county's own value against the city's
 * threshold, caps against its quota). The CLI's `evaluate` and the window's save both store these rows,
 * so a saved project's results are always those of the data saved beside them.
 */
class ProjectResults {
public:
    /** The scenario name results are stored under: the scenario, or "observed" for a project without any. */
    static std::string scenarioKey(const core::ScenarioResult& result);

    /** The rows of one evaluated scenario, stamped @p evaluatedAt (ISO 8601 UTC). */
    static std::vector<ResultRow> rows(const core::ScenarioResult& result, const std::string& evaluatedAt);

    /**
     * Every scenario evaluated and converted (the observed years alone when the project has none).
     * A scenario that cannot be evaluated has no rows: stored results never describe other data.
     */
    static std::vector<ResultRow> evaluateAll(const core::EvaluationService& service,
                                              const std::string& evaluatedAt);

    /** The same for a province's project: every scenario of every city (ProvinceEvaluation). */
    static std::vector<ResultRow> evaluateAll(const core::ProvinceEvaluation& province,
                                              const std::vector<std::string>& scenarioNames,
                                              const std::string& evaluatedAt);

    /** The stored results of @p data: its cities' one by one for a province's project, else evaluateAll(). */
    static std::vector<ResultRow> evaluateProject(const ProjectData& data, const std::string& evaluatedAt);

    /** The current time as stored in results and metadata (ISO 8601 UTC with milliseconds). */
    static std::string now();
};

} // namespace jieshui::store
