// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Indicator.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace jieshui::core {

/** An indicator of a region whose 5–50–95 % band is wanted for every year up to the horizon (a fan chart). */
struct TrajectoryRequest {
    Indicator indicator = Indicator::TotalWaterUse;
    std::string regionCode;
};

/** How a Monte Carlo run is made (EvaluationService::uncertainty). */
struct UncertaintyOptions {
    static constexpr std::uint32_t defaultDraws = 10000;
    static constexpr std::uint32_t maximumDraws = 1000000;
    static constexpr std::uint64_t defaultSeed = 1;
    /** What the per-draw results may occupy (values and verdicts of every target, county and fan year). */
    static constexpr std::size_t memoryBudgetBytes = std::size_t{512} << 20;

    std::uint32_t draws = defaultDraws;
    /** The same seed gives the same numbers, on any number of threads. */
    std::uint64_t seed = defaultSeed;
    /** Worker threads; 0 = one per core. The numbers do not depend on it. */
    unsigned threads = 0;
    /** One-at-a-time sensitivity of every input (the tornado): 2 extra evaluations per input. */
    bool sensitivity = true;
    /** How many of the most influential inputs each target keeps. */
    std::size_t topInputs = 10;
    /** The fans to compute; none by default (each costs one indicator value per year and draw). */
    std::vector<TrajectoryRequest> trajectories;

    /** Draws in 1..maximumDraws; InvalidValue (field "draws") otherwise. */
    Status check() const;
};

} // namespace jieshui::core
