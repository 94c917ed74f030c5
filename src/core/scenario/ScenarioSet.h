// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "engine/CompiledProject.h"
#include "model/Dataset.h"
#include "scenario/BaselineDrivers.h"
#include "scenario/ResolvedDrivers.h"
#include "scenario/Scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** The regions a scenario may name in its overrides: the city and its counties (GB/T 2260 codes). */
struct ScenarioRegions {
    std::string cityCode;
    std::vector<std::string> countyCodes;

    /**
     * From a dataset: the root region and its children of kind County. A dataset without counties
     * projects its root as the only unit, so the root is then also the only "county".
     */
    static ScenarioRegions fromDataset(const Dataset& dataset);
    /** The same from a compiled project. */
    static ScenarioRegions fromProject(const CompiledProject& project);
    /** The rule itself, over a region list in dataset order. */
    static ScenarioRegions fromRegions(const std::vector<Region>& regions);
};

/** Where the effective value of a driver comes from (the WEAP-like "inherited from" of the window). */
struct DriverOrigin {
    double value = 0.0;     ///< the effective value (fraction, as stored)
    std::string scenario;   ///< the scenario whose override sets it; empty = the baseline trend
    std::string regionCode; ///< the override's region: the county itself or the city; empty for the trend
    int fromYear = 0;       ///< the override's first year (0 = every year)
};

/**
 * WEAP-like scenarios: a baseline (empty parent) whose drivers are the observed trend (BaselineDrivers),
 * and scenarios that inherit from a parent and store only their overrides.
 *
 * Resolution of (scenario, county, driver, year): walk from the scenario up to the baseline; at each
 * level the county's own override wins over a city-code override (which applies to every county), and
 * among several overrides of the same region and driver the one with the latest fromYear ≤ year wins.
 * The first level that has an applicable override decides; if none does, the baseline trend value is
 * used. So a child's city-wide override replaces a parent's county override: the nearest definition wins.
 */
class ScenarioSet {
public:
    explicit ScenarioSet(ScenarioRegions regions);

    const ScenarioRegions& regions() const { return m_regions; }

    /**
     * Adds a scenario after checking it alone: non-empty unique name, parent present (or empty for a
     * baseline), overrides valid. Nothing changes on error.
     */
    Status addScenario(Scenario scenario);
    /** Replaces the scenario of the same name (same checks as addScenario, and no cycle created). */
    Status replaceScenario(Scenario scenario);
    /** Removes a scenario; refused (InvalidValue) while another scenario inherits from it. */
    Status removeScenario(std::string_view name);
    /** Replaces every scenario without checks (e.g. when loading a project); call validate() next. */
    void setScenarios(std::vector<Scenario> scenarios);

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const Scenario* scenario(std::string_view name) const;

    void setBaseline(BaselineDrivers baseline) { m_baseline = std::move(baseline); }
    const BaselineDrivers& baseline() const { return m_baseline; }

    /**
     * Every problem of the set, each located (scenario name in the message, region, year, field = driver
     * id): duplicate names, unknown parents, inheritance cycles, overrides for regions outside the city,
     * values out of range (DriverTraits::inRange), fromYear outside 0 or 1900–2200. Empty when valid.
     */
    std::vector<Error> validate() const;

    /** The inheritance chain from @p name up to its baseline (leaf first); error on unknown or cycle. */
    Result<std::vector<const Scenario*>> chain(std::string_view name) const;

    /**
     * The effective value of a driver for a county in a year (see the class comment). MissingData when
     * neither an override nor a baseline value exists; UnknownRegion for a code that is not a county.
     */
    Result<double> effectiveValue(std::string_view scenario, std::string_view countyCode, Driver driver,
                                  int year) const;

    /**
     * effectiveValue() and where it comes from. For the city code: the nearest city-wide override
     * (MissingData when no level of the chain has one: the value is then each county's own).
     */
    Result<DriverOrigin> effectiveOrigin(std::string_view scenario, std::string_view regionCode,
                                         Driver driver, int year) const;

    /** Every driver of every county for the years firstYear–lastYear, resolved once (fast for projections).
     */
    Result<ResolvedDrivers> resolve(std::string_view scenario, int firstYear, int lastYear) const;

    /** Checks one override against the regions and the value ranges. */
    static Status checkOverride(const DriverOverride& override, const ScenarioRegions& regions,
                                std::string_view scenarioName = {});

private:
    std::size_t countyIndex(std::string_view code) const; // npos when not a county
    bool isKnownRegion(std::string_view code) const;
    Status checkScenarioAlone(const Scenario& scenario) const;

    ScenarioRegions m_regions;
    std::vector<Scenario> m_scenarios;
    BaselineDrivers m_baseline;
};

} // namespace jieshui::core
