// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectResults.h"

#include "ProjectFile.h"

#include <QDateTime>

namespace jieshui::store {

std::string ProjectResults::scenarioKey(const core::ScenarioResult& result) {
    return result.isObservedOnly() ? std::string("observed") : result.scenario();
}

std::vector<ResultRow> ProjectResults::rows(const core::ScenarioResult& result,
                                            const std::string& evaluatedAt) {
    std::vector<ResultRow> out = ProjectFile::toResultRows(result.verdicts(), evaluatedAt);
    for (std::size_t i = 0; i < result.verdicts().size(); ++i) {
        std::vector<ResultRow> counties = ProjectFile::toResultRows(result.countyVerdicts(i), evaluatedAt);
        out.insert(out.end(), std::make_move_iterator(counties.begin()),
                   std::make_move_iterator(counties.end()));
    }
    const std::string key = scenarioKey(result);
    for (ResultRow& row : out)
        row.scenario = key;
    return out;
}

std::vector<ResultRow> ProjectResults::evaluateAll(const core::EvaluationService& service,
                                                   const std::string& evaluatedAt) {
    std::vector<ResultRow> out;
    std::vector<std::string> names = service.scenarioNames();
    if (names.empty())
        names.emplace_back(); // the observed years alone
    for (const std::string& name : names) {
        core::Result<core::ScenarioResult> result = service.evaluate(name);
        if (result.hasError())
            continue;
        std::vector<ResultRow> scenarioRows = rows(result.value(), evaluatedAt);
        out.insert(out.end(), std::make_move_iterator(scenarioRows.begin()),
                   std::make_move_iterator(scenarioRows.end()));
    }
    return out;
}

std::vector<ResultRow> ProjectResults::evaluateAll(const core::ProvinceEvaluation& province,
                                                   const std::vector<std::string>& scenarioNames,
                                                   const std::string& evaluatedAt) {
    std::vector<ResultRow> out;
    std::vector<std::string> names = scenarioNames;
    if (names.empty())
        names.emplace_back();
    for (const std::string& name : names)
        for (const core::CityEvaluation& city : province.evaluate(name)) {
            if (!city.result)
                continue;
            std::vector<ResultRow> cityRows = rows(*city.result, evaluatedAt);
            out.insert(out.end(), std::make_move_iterator(cityRows.begin()),
                       std::make_move_iterator(cityRows.end()));
        }
    return out;
}

std::vector<ResultRow> ProjectResults::evaluateProject(const ProjectData& data,
                                                       const std::string& evaluatedAt) {
    if (core::ProvinceEvaluation::appliesTo(data.dataset)) {
        const core::ProvinceEvaluation province(data.dataset, data.scenarios, data.allocations);
        std::vector<std::string> names;
        for (const core::Scenario& s : data.scenarios)
            names.push_back(s.name);
        return evaluateAll(province, names, evaluatedAt);
    }
    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    return evaluateAll(service, evaluatedAt);
}

std::string ProjectResults::now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace jieshui::store
