// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Dataset.h"
#include "scenario/ScenarioModel.h"
#include "scenario/ScenarioSet.h"
#include "uncertainty/UncertainInput.h"
#include "uncertainty/UncertaintyModel.h"

#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * The uncertain inputs of one scenario, from a project's UncertaintyModel, and the perturbation plan that
 * carries them into ScenarioModel (the compiled engine's many-evaluations path):
 * - every statistic of the dataset whose resolved uncertainty is not zero is one input (replace mode: the
 *   draw writes its new value); a relative spread moves the value by spread × value — for a 上年=100 index,
 *   by spread × (value − 100), its growth — an absolute spread by the spread; values stay ≥ 0, fractions ≤ 1;
 * - every driver rule that applies to the scenario (its own, its ancestors', the project's) and wins somewhere
 *   is one input, written into the county × year cells it wins (docs: DriverUncertaintyRule) inside the
 *   projected years: add mode (absolute spread, the change in points) or scale mode (relative, the factor).
 */
class UncertainInputs {
public:
    /**
     * @p scenarios resolves the scenario's inheritance chain and its regions; @p firstProjectedYear and
     * @p horizonYear bound the driver rules. An empty scenario (a project without scenarios) has statistics
     * inputs only. Errors: an unknown scenario or an inheritance cycle.
     */
    static Result<UncertainInputs> build(const UncertaintyModel& model, const Dataset& observed,
                                         const ScenarioSet& scenarios, std::string_view scenario,
                                         int firstProjectedYear, int horizonYear);

    const std::vector<UncertainInput>& inputs() const { return m_inputs; }
    const PerturbationPlan& plan() const { return m_plan; }

private:
    void addStatistics(const UncertaintyModel& model, const Dataset& observed);
    Status addDrivers(const UncertaintyModel& model, const ScenarioSet& scenarios, std::string_view scenario,
                      int firstProjectedYear, int horizonYear);

    std::vector<UncertainInput> m_inputs;
    PerturbationPlan m_plan;
};

} // namespace jieshui::core
