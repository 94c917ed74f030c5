// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/EvaluationService.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** One city of a province's project, judged: its result, or why it could not be judged. */
struct CityEvaluation {
    std::string cityCode;
    std::optional<ScenarioResult> result;
    std::optional<Error> error;
};

/**
 * The province view: a project whose root is a province (or the country) judges every city on its own plan
 * with the same engine. Each city becomes a project of its own — the city as root, its counties and what lies
 * under them, their statistics and plan targets, the scenarios' settings for them (a setting for the
 * province applies to every city) and the city's allocations — evaluated by its own EvaluationService.
 * Every verdict a city gets here is the verdict it gets as a project alone.
 *
 * The input is copied: the evaluation stays valid while the caller edits its project; make a new one after.
 */
class ProvinceEvaluation {
public:
    ProvinceEvaluation(const Dataset& project, const std::vector<Scenario>& scenarios,
                       const std::vector<Allocation>& allocations, EvaluationSettings settings = {});
    ~ProvinceEvaluation();
    ProvinceEvaluation(const ProvinceEvaluation&) = delete;
    ProvinceEvaluation& operator=(const ProvinceEvaluation&) = delete;

    /** True for a project whose root is a province or the country. */
    static bool appliesTo(const Dataset& project);

    /** The cities, in the project's order. */
    std::vector<std::string> cityCodes() const;
    /** The project of one city (its root is the city), or nullptr. */
    const Dataset* cityProject(std::string_view cityCode) const;
    /** The service judging one city, or nullptr. */
    const EvaluationService* cityService(std::string_view cityCode) const;

    /** Evaluates @p scenario (empty = each city's default) for every city, in cityCodes() order. */
    std::vector<CityEvaluation> evaluate(std::string_view scenario = {}) const;

private:
    struct City;
    std::vector<std::unique_ptr<City>> m_cities;
};

} // namespace jieshui::core
