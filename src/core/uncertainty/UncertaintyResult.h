// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"
#include "model/PlanTarget.h"
#include "uncertainty/UncertainInput.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** The 5th, 50th and 95th percentile of a value over the draws, in the indicator's base unit. */
struct ValueBand {
    double low = 0.0;
    double median = 0.0;
    double high = 0.0;
};

/**
 * What one input does to one target's value when it alone moves to its 5 % and to its 95 % value (every
 * other input at its centre): the bars of a tornado chart.
 */
struct InputEffect {
    std::uint32_t input = 0; ///< index into UncertaintyResult::inputs()
    bool hasLow = false;
    bool hasHigh = false;
    double low = 0.0;  ///< the target's value with the input at its 5 % value (base unit)
    double high = 0.0; ///< ... at its 95 % value
    bool lowMet = false;
    bool highMet = false;

    /** |high − low| (only one side: its distance from the centre is not known here, so 0). */
    double swing() const { return hasLow && hasHigh ? (high > low ? high - low : low - high) : 0.0; }
    /** Whether the verdict differs between the two ends. */
    bool flipsVerdict() const { return hasLow && hasHigh && lowMet != highMet; }
};

/** The distribution of one target's outcome (or of a city target applied to one county) over the draws. */
struct OutcomeDistribution {
    std::string targetId;
    std::string regionCode; ///< the target's region, or the county
    Comparator comparator = Comparator::AtMost;
    std::uint32_t draws = 0;  ///< draws evaluated
    std::uint32_t judged = 0; ///< draws with a value to judge against the target
    std::uint32_t met = 0;    ///< ... of which met it (by any margin, at risk included)
    std::array<std::uint32_t, 5> statuses{}; ///< draws per VerdictStatus (met, at risk, missed, no data, no quota)
    std::optional<ValueBand> band;           ///< of the value judged (the scorecard's value), over draws with one
    std::optional<double> central;           ///< the value with every input at its centre
    bool centralMet = false;
    std::vector<InputEffect> effects; ///< the most influential inputs, largest swing first

    /** P(met) = met / judged; nullopt when no draw could be judged. */
    std::optional<double> probabilityMet() const {
        return judged == 0 ? std::nullopt : std::optional<double>(static_cast<double>(met) / judged);
    }
};

/** The band of an indicator of a region for each year up to the horizon (the fan of a trajectory chart). */
struct TrajectoryBand {
    Indicator indicator = Indicator::TotalWaterUse;
    std::string regionCode;
    int firstYear = 0;
    std::vector<std::optional<ValueBand>> years; ///< firstYear + i; nullopt where no draw has a value

    const std::optional<ValueBand>* at(int year) const {
        const int i = year - firstYear;
        return i >= 0 && i < static_cast<int>(years.size()) ? &years[static_cast<std::size_t>(i)] : nullptr;
    }
};

/**
 * The probability of meeting each target of one scenario, from a Monte Carlo run over the uncertain inputs
 * (EvaluationService::uncertainty): for every plan target and every city target applied to each county, P(met),
 * the 5–50–95 % band of the value, and the inputs that move it most; the fans asked for. The same seed and
 * draws give the same numbers.
 */
class UncertaintyResult {
public:
    const std::string& scenario() const { return m_scenario; }
    std::uint32_t draws() const { return m_draws; }
    std::uint64_t seed() const { return m_seed; }
    unsigned threads() const { return m_threads; }
    /** Draws whose projection failed (e.g. a driver pushed out of its range): they count in no outcome. */
    std::uint32_t failedDraws() const { return m_failedDraws; }

    /** Every uncertain input, in the order of the design's dimensions. */
    const std::vector<UncertainInput>& inputs() const { return m_inputs; }
    /** One per plan target, in the plan's order. */
    const std::vector<OutcomeDistribution>& targets() const { return m_targets; }
    /** One per city target (not key-task milestones) × county, target-major. */
    const std::vector<OutcomeDistribution>& counties() const { return m_counties; }
    const std::vector<TrajectoryBand>& trajectories() const { return m_trajectories; }

    const OutcomeDistribution* target(std::string_view targetId) const;
    /** The city target @p targetId applied to @p countyCode (a county's own target: use target()). */
    const OutcomeDistribution* county(std::string_view targetId, std::string_view countyCode) const;
    /** The outcome for @p regionCode under @p targetId: the target itself when it is the region's, else the
     * county's row. */
    const OutcomeDistribution* outcome(std::string_view targetId, std::string_view regionCode) const;
    const TrajectoryBand* trajectory(Indicator indicator, std::string_view regionCode) const;

private:
    friend class MonteCarlo;

    std::string m_scenario;
    std::uint32_t m_draws = 0;
    std::uint64_t m_seed = 0;
    unsigned m_threads = 1;
    std::uint32_t m_failedDraws = 0;
    std::vector<UncertainInput> m_inputs;
    std::vector<OutcomeDistribution> m_targets;
    std::vector<OutcomeDistribution> m_counties;
    std::vector<TrajectoryBand> m_trajectories;
};

} // namespace jieshui::core
