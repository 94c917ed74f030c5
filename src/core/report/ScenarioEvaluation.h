// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/Evaluator.h"
#include "model/Dataset.h"
#include "scenario/Scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** The outcome of evaluating one scenario: its dataset (observed + projected years) and its scorecard. */
struct ScenarioRun {
    std::string scenario;
    Dataset dataset;                ///< observed statistics plus the scenario's projection to the horizon
    std::vector<Verdict> verdicts;  ///< every plan target (or those of options.year), in target order
    std::vector<std::string> notes; ///< assumptions the baseline trend estimate had to make
};

/**
 * The whole evaluation pipeline shared by the CLI, the GUI and the store: estimate the baseline trend
 * from the observed years, project the chosen scenario to the horizon (Projector), then judge every
 * plan target on observed and projected values (Evaluator). A project without scenarios is judged on its
 * observed years only.
 */
class ScenarioEvaluation {
public:
    ScenarioEvaluation(const Dataset& observed, const std::vector<Scenario>& scenarios);

    /** Names of the scenarios, baseline first; {"baseline"} when the project has none. */
    std::vector<std::string> scenarioNames() const;

    /** Runs @p scenario (empty = the first baseline). UnknownIndicator-free; errors are located. */
    Result<ScenarioRun> run(std::string_view scenario, EvaluationOptions options = {},
                            int horizonYear = 2035) const;

private:
    const Dataset& m_observed;
    const std::vector<Scenario>& m_scenarios;
};

} // namespace jieshui::core
