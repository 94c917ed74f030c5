// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "engine/IndicatorKernel.h"
#include "engine/ValueOverlay.h"
#include "model/Dataset.h"
#include "scenario/Projection.h"
#include "scenario/ScenarioSet.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace jieshui::core {

struct ProjectionOptions {
    int horizonYear = 2035;   ///< last projected year
    int lastObservedYear = 0; ///< 0 = Projector::lastObservedYear() (largest year with a county GDP)
};

/** Why a projection failed, in numbers (Projector::error() writes the message). */
struct ProjectionFault {
    enum Kind : std::uint8_t { None, NoGdp, NoDriver };
    Kind kind = None;
    std::size_t county = 0; ///< index into the scenario's counties
    Driver driver = Driver::GdpRealGrowth;
    int year = 0;
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
 *
 * run() is the one implementation, on numbers and into a caller's buffers (no allocation): projectSeries(),
 * the evaluation service, goal seek and ScenarioModel (Monte Carlo) all call it. The projected table is read
 * by the engine through overlay(), standing over the compiled observed data without copying it.
 */
class Projector {
public:
    /** What a county's projection starts from: its year-L values (NaN = absent), base units. */
    struct CountyStart {
        double gdp, iva, area, farm, forestry, industry, cooling, urbanPublic, residential, ecological,
            nonconventional;
        std::array<double, 3> levels; ///< coefficient, leakage, reuse
    };
    /** The start of a projection: the last observed year L and every county's values in it. */
    struct Start {
        int lastYear = 0;
        std::vector<CountyStart> counties;
    };

    /** Compiles @p observed; keeps a reference to it (for project()) and to @p scenarios: both must outlive
     * the projector. Scenario edits need no new projector; edits of the observed data do. */
    Projector(const Dataset& observed, const ScenarioSet& scenarios);
    /** Over an already compiled observed project (project() is then unavailable). */
    Projector(std::shared_ptr<const CompiledProject> observed, const ScenarioSet& scenarios);

    /**
     * The projected table. Errors: unknown scenario or a cycle; MissingData (located: region, year) for a
     * county without GDP in year L or a driver needed but undefined; InvalidValue for horizon ≤ L.
     */
    Result<Projection> projectSeries(std::string_view scenario, const ProjectionOptions& options = {}) const;

    /** A copy of the observed dataset with the projection written in (provenance Projected, "scenario
     * <name>"). Only for a projector made from a Dataset. */
    Result<Dataset> project(std::string_view scenario, const ProjectionOptions& options = {}) const;

    /** Writes @p projection into @p dataset (replacing values of the same keys). */
    static Status apply(const Projection& projection, Dataset& dataset);

    // The compiled path.
    const CompiledProject& observed() const { return *m_project; }
    const std::shared_ptr<const CompiledProject>& sharedObserved() const { return m_project; }
    const ScenarioSet& scenarios() const { return m_scenarios; }
    /** The counties (ScenarioRegions order) and the city as ids (kNoRegion when the project lacks one). */
    const std::vector<RegionId>& countyIds() const { return m_counties; }
    RegionId cityId() const { return m_city; }
    /** Whether the projection has a city row after the counties (not when the city is the only unit). */
    bool hasCity() const { return m_hasCity; }
    /** The default last observed year (0 when no county has a GDP). */
    int lastObservedYear() const { return m_start.lastYear; }
    /** The start at the default last observed year, read at construction. */
    const Start& start() const { return m_start; }
    /** The layout of the projection's rows over the compiled project (point it at a table with setTable). */
    const ValueOverlay& overlayLayout() const { return m_overlay; }

    /** An empty table of the right shape for run(): the counties (and city) × L+1..@p horizonYear. */
    Projection emptyProjection(std::string_view scenario, int lastYear, int horizonYear) const;
    /** Checks the years and resolves the drivers of @p scenario for L+1..horizon (allocates). */
    Result<ResolvedDrivers> resolveDrivers(std::string_view scenario, int lastYear, int horizonYear) const;

    /** The largest year with a current-price GDP for any of @p counties (0 when none). */
    static int lastObservedYear(const EngineView& view, std::span<const RegionId> counties);
    /** Fills @p out with the year-@p lastYear values of @p counties as @p kernel reads them. */
    static void readStart(const IndicatorKernel& kernel, std::span<const RegionId> counties, int lastYear,
                          Start& out);
    /**
     * The one implementation of the projection: fills @p out (shaped by emptyProjection, cleared here) from
     * @p start and @p drivers (their first year L+1, last year the horizon). No allocation.
     */
    static ProjectionFault run(const Start& start, const ResolvedDrivers& drivers, bool hasCity, Projection& out);
    /** The message of @p fault, located (field = driver or variable, region, year). */
    static Error error(const ProjectionFault& fault, const ScenarioRegions& regions, int lastYear);

private:
    void initialise();

    const Dataset* m_dataset = nullptr;
    std::shared_ptr<const CompiledProject> m_project;
    const ScenarioSet& m_scenarios;
    std::vector<RegionId> m_counties;
    RegionId m_city = kNoRegion;
    bool m_hasCity = false;
    Start m_start; // read once: repeated projections (goal seek, live edits) only redo the arithmetic
    ValueOverlay m_overlay;
};

} // namespace jieshui::core
