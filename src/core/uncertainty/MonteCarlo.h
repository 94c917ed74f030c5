// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Feedback.h"
#include "common/Result.h"
#include "scenario/ScenarioModel.h"
#include "uncertainty/UncertainInputs.h"
#include "uncertainty/UncertaintyOptions.h"
#include "uncertainty/UncertaintyResult.h"

namespace jieshui::core {

/**
 * Runs a Monte Carlo analysis of one prepared scenario (ScenarioModel: the compiled engine's path for many
 * evaluations, with the same formulas as every other front end) over its uncertain inputs:
 *
 * 1. the centre: every input at its value — the deterministic verdicts;
 * 2. one-at-a-time sensitivity (options.sensitivity): each input alone at its 5 % and its 95 % value, every
 *    other at its centre; the targets' values at both ends are the bars of a tornado chart;
 * 3. options.draws draws of a Latin hypercube (LatinHypercube, keyed by options.seed): in each, every input at
 *    its stratum's value, the projection redone and every target and county judged (and the fans' values
 *    computed); then per target P(met) = met / judged and the 5th, 50th and 95th percentiles (linear
 *    interpolation between order statistics) of the value.
 *
 * Work is spread over options.threads workers (each with its own ScenarioModel::Scratch); a draw's numbers
 * depend only on the seed and its index, so the result is the same on any number of threads. @p feedback
 * (optional) receives progress in percent and is polled for cancellation every few draws (then Cancelled).
 */
class MonteCarlo {
public:
    /**
     * @p inputs must have been built for @p model's scenario and project; @p baseYear is the base of the
     * fans' reductions. Errors: invalid options (draws, memory), a plan the model refuses, cancellation.
     */
    static Result<UncertaintyResult> run(const ScenarioModel& model, const UncertainInputs& inputs,
                                         const UncertaintyOptions& options, int baseYear, Feedback* feedback = nullptr);
};

} // namespace jieshui::core
