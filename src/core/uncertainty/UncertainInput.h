// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Provenance.h"
#include "scenario/Scenario.h"
#include "uncertainty/InputUncertainty.h"

#include <algorithm>
#include <cstdint>
#include <string>

namespace jieshui::core {

/**
 * One uncertain input of a Monte Carlo run — one dimension of its Latin hypercube: a statistic (a value of
 * the statistics table) or a scenario driver over a span of projected years (for one county, or for every
 * county at once when the rule is the city's). A draw sets it to clamp(offset + scale·d, low, high), d the
 * draw's standard deviate of the input's distribution (InputUncertainty), and writes that number into the
 * perturbation plan entries [firstEntry, firstEntry + entryCount): for a statistic its new value (replace),
 * for a driver the change of the scenario's value (add, absolute spreads) or its factor (scale, relative).
 */
struct UncertainInput {
    enum class Kind : std::uint8_t { Statistic, Driver };

    Kind kind = Kind::Statistic;
    std::string regionCode;
    std::string variable;                  ///< Statistic: the variable id
    Driver driver = Driver::GdpRealGrowth; ///< Driver
    int year = 0;                          ///< Statistic: its year; Driver: the first projected year
    int toYear = 0;                        ///< Driver: the last projected year (= year for a statistic)
    double centre = 0.0;                   ///< Statistic: its value (base unit); Driver: 0 (Add) or 1 (Scale)
    ProvenanceKind provenance = ProvenanceKind::Sourced; ///< Statistic
    InputUncertainty uncertainty;
    int rule = -1; ///< the rule that set the uncertainty (statistic or driver rules); −1 = provenance default

    // The draw's number: clamp(offset + scale·d, low, high).
    double offset = 0.0;
    double scale = 0.0;
    double low = -1e300;
    double high = 1e300;
    std::uint32_t firstEntry = 0;
    std::uint32_t entryCount = 0;

    /** The number a draw with standard deviate @p deviate writes into the plan. */
    double valueAt(double deviate) const { return std::clamp(offset + scale * deviate, low, high); }
    /** The same at probability @p p of the input's distribution (e.g. 0.05 and 0.95 for the tornado). */
    double valueAtProbability(double p) const {
        return valueAt(InputUncertainty::standardQuantile(uncertainty.distribution, p));
    }
};

} // namespace jieshui::core
