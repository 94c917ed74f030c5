// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioSet.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Why an edit of the scenarios was refused, with what the front ends need to say it in the reader's
 * words (i18n::ScenarioWords): the window at the cell, the CLI on stderr, the same checks and sentences.
 */
struct ScenarioProblem {
    enum class Kind {
        InvalidId,         ///< `scenario` is empty or not an identifier (isScenarioId)
        DuplicateId,       ///< another scenario has the id `scenario`
        UnknownScenario,   ///< no scenario has the id `scenario`
        UnknownParent,     ///< `parent` is not a scenario of the project
        NeedsParent,       ///< a new scenario needs a parent: a project has one baseline
        HasHeirs,          ///< `scenario` cannot be deleted while `heirs` inherit from it
        UnknownRegion,     ///< `region` is neither the city nor one of its counties
        ImplausibleYear,   ///< `year` is not 0 (every projected year) nor within 1900–2200
        OutOfRange,        ///< `value` of `driver` is outside DriverTraits::inRange
        NoSuchOverride,    ///< `scenario` has no override of `driver` for `region` from `year`
        DuplicateOverride, ///< `scenario` has an override of `driver` for `region` from `year` already
        NoSuchPosition     ///< a position outside the list
    };
    Kind kind = Kind::InvalidId;
    std::string scenario;
    std::string parent;
    std::vector<std::string> heirs;
    Driver driver = Driver::GdpRealGrowth;
    std::string region;
    int year = 0;
    double value = 0.0; ///< as stored (fraction)

    /** The problem in English, located (field = driver id, region, year): for the core's Error channel. */
    Error toError() const;
};

/**
 * The one set of rules for editing a project's scenarios, used by the window's undo commands and by
 * `jieshui-cli scenario`. Every edit is all or nothing: it returns the problem and changes nothing, or
 * returns nullopt with the edit made. Ids never change (a rename sets the names); an override is keyed by
 * (region, driver, first year) and keeps its place in the list when its value is edited.
 */
class ScenarioEditor {
public:
    /** Edits @p scenarios in place; overrides may name @p regions' city and counties. */
    ScenarioEditor(std::vector<Scenario>& scenarios, ScenarioRegions regions);

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const ScenarioRegions& regions() const { return m_regions; }

    /** The region, year and range checks of one override (the rule ScenarioSet::validate applies too). */
    static std::optional<ScenarioProblem> checkOverride(const DriverOverride& override,
                                                        const ScenarioRegions& regions,
                                                        std::string_view scenario = {});

    /** Whether create(@p scenario) would be accepted. */
    std::optional<ScenarioProblem> checkCreate(const Scenario& scenario) const;
    /** Whether remove(@p id) would be accepted. */
    std::optional<ScenarioProblem> checkRemove(std::string_view id) const;

    /**
     * Adds @p scenario at @p position (default: after its parent and the parent's other heirs). Refused: an
     * invalid or taken id, no parent or an unknown one, an invalid override.
     */
    std::optional<ScenarioProblem> create(Scenario scenario, std::optional<std::size_t> position = {});
    /** Removes a scenario; refused while another inherits from it (HasHeirs names them all). */
    std::optional<ScenarioProblem> remove(std::string_view id);
    /** Moves a scenario to @p position in the list (the order of the chooser and the files). */
    std::optional<ScenarioProblem> move(std::string_view id, std::size_t position);
    /** Sets the names and descriptions a reader sees (any may be empty); the id stays. */
    std::optional<ScenarioProblem> describe(std::string_view id, std::string nameZh, std::string nameEn,
                                            std::string descriptionZh, std::string descriptionEn);

    /** Sets the override of (region, driver, first year): its value in place, or a new one at the end. */
    std::optional<ScenarioProblem> setOverride(std::string_view id, const DriverOverride& override);
    /**
     * Replaces the override at @p index by @p override (region, driver, year or value changed) in its
     * place; refused when another override has the new key.
     */
    std::optional<ScenarioProblem> replaceOverride(std::string_view id, std::size_t index,
                                                   const DriverOverride& override);
    /** Removes the override of (region, driver, first year); refused when there is none. */
    std::optional<ScenarioProblem> removeOverride(std::string_view id, std::string_view region, Driver driver,
                                                  int fromYear);

    /** @p base when no scenario has it, else base-2, base-3, … (for duplicates and goal-seek answers). */
    static std::string uniqueId(const std::vector<Scenario>& scenarios, std::string_view base);
    static std::optional<std::size_t> indexOf(const std::vector<Scenario>& scenarios, std::string_view id);
    /** The position of the override of (region, driver, first year) in @p scenario, or nullopt. */
    static std::optional<std::size_t> overrideIndex(const Scenario& scenario, std::string_view region,
                                                    Driver driver, int fromYear);
    /** The ids of the scenarios whose parent is @p id, in list order. */
    static std::vector<std::string> heirsOf(const std::vector<Scenario>& scenarios, std::string_view id);

private:
    Scenario* find(std::string_view id);

    std::vector<Scenario>& m_scenarios;
    ScenarioRegions m_regions;
};

} // namespace jieshui::core
