// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Dataset.h"
#include "scenario/ObservedLevels.h"
#include "scenario/Projection.h"
#include "scenario/ScenarioSet.h"

#include <array>
#include <string_view>
#include <vector>

namespace jieshui::core {

struct ProjectionOptions {
    int horizonYear = 2035;   ///< last projected year
    int lastObservedYear = 0; ///< 0 = WaterLedger::lastObservedYear (last year every county has GDP)
};

/**
 * Projects the observed statistics of every county, and of the city as their sum, from the year after the
 * last observed year L to the horizon, driven by a scenario's resolved drivers (ScenarioSet::resolve).
 *
 * For each county and year t > L, with drivers read for year t:
 * - GDP_t = GDP_{t−1}·(1 + g_t), IVA likewise with the IVA growth; the 上年=100 index is 100·(1 + g_t).
 *   Prices stay those of year L: the current-price value is the real value times the deflator of year L
 *   (no inflation is assumed after the last observed year), so current and comparable prices agree
 *   from L on and the engine's comparable-price chain sees exactly the real growth.
 * - Irrigated area A_t = A_{t−1}·(1 + a_t); water per area q_t = q_{t−1}·(1 + c_agr,t), q_L = W_farm,L / A_L;
 *   farmland irrigation water = A_t·q_t (with no area observed, W_farm grows by c_agr alone).
 * - Industry water = IVA_t·e_t with e_t = e_{t−1}·(1 + c_ind,t), e_L = W_ind,L / IVA_L; once-through
 *   cooling keeps its share of industry.
 * - Urban public + residential water = GDP_t·u_t with u_t = u_{t−1}·(1 + c_dom,t); the split between the
 *   two keeps its year-L shares.
 * - Forestry/livestock/fishery and ecological water are held at their year-L volumes.
 * - Non-conventional water keeps its year-L share of the bulletin-scope total.
 * - Coefficient, leakage and reuse levels move linearly from the year-L value (ObservedLevels: reported,
 *   else computed by the engine from districts, utilities or reuse volumes) towards the driver's level at
 *   the horizon: x_t = x_{t−1} + (X − x_{t−1}) / (H − t + 1). A level never observed is not projected.
 *   They are written as the *_reported variables, which the engine reads when detail data are absent.
 * The city: volumes, money and area are the sums of the counties (a variable only when every county
 * has it); its indices are 100·ΣGDP_t/ΣGDP_{t−1}; its coefficient is weighted by farmland irrigation
 * water, its leakage rate by urban public + residential water, its reuse rate by industrial water.
 * Sub-zones, districts and utilities are not projected.
 */
class Projector {
public:
    /**
     * Keeps references: both must outlive the projector. The observed values of the last observed year
     * are read here, once (scenario edits need no new projector; edits of the observed data do).
     */
    Projector(const Dataset& observed, const ScenarioSet& scenarios);

    /**
     * The projected table. Errors: unknown scenario or a cycle; MissingData (located: region, year) for a
     * county without GDP in year L or a driver needed but undefined; InvalidValue for horizon ≤ L.
     */
    Result<Projection> projectSeries(std::string_view scenario, const ProjectionOptions& options = {}) const;

    /** A copy of the observed dataset with the projection written in (provenance Projected, "scenario
     * <name>"). */
    Result<Dataset> project(std::string_view scenario, const ProjectionOptions& options = {}) const;

    /** Writes @p projection into @p dataset (replacing values of the same keys). */
    static Status apply(const Projection& projection, Dataset& dataset);

private:
    /** What a county's projection starts from: its year-L values (NaN = absent), base units. */
    struct CountyState {
        double gdp, iva, area, farm, forestry, industry, cooling, urbanPublic, residential, ecological,
            nonconventional;
        std::array<double, 3> levels; ///< coefficient, leakage, reuse
    };
    std::vector<CountyState> readStates(int year) const;

    const Dataset& m_observed;
    const ScenarioSet& m_scenarios;
    ObservedLevels m_levels;
    // Read once: repeated projections (goal seek, live edits of the scenarios) only redo the arithmetic.
    int m_statesYear;
    std::vector<CountyState> m_states;
};

} // namespace jieshui::core
