// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/Dimension.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** One entry of the statistics vocabulary (docs/data-formats.md lists them all). */
struct VariableInfo {
    std::string_view id; ///< e.g. "water.industry"
    Dimension dimension;
    std::string_view nameZh;
    std::string_view nameEn;
    std::string_view regionKinds; ///< which region kinds carry it, e.g. "county,city"
};

/** The parts of a key-task variable id "task.<NN>.<name>", e.g. "task.04.efficient_irrigation_area". */
struct TaskVariableName {
    int taskNumber = 0; ///< 1–99, the plan's task number
    std::string name;   ///< [a-z0-9_]+
};

/**
 * The fixed vocabulary of statistics variables, plus the open family "task.<NN>.<name>" of key-task
 * quantities, whose dimension is not fixed here but taken from the unit they are loaded with
 * (Dataset::variableDimension() answers for both).
 */
class VariableCatalog {
public:
    /** Returns the variable, or nullptr when @p id is not in the fixed vocabulary (task.* ids are not). */
    static const VariableInfo* find(std::string_view id);
    static const std::vector<VariableInfo>& all();

    /** Parses "task.<NN>.<name>" (NN two digits 01–99, name lower-case letters, digits, '_'); else nullopt.
     */
    static std::optional<TaskVariableName> parseTaskVariable(std::string_view id);
    static bool isTaskVariable(std::string_view id) { return parseTaskVariable(id).has_value(); }
    /** Whether a key-task quantity may have this dimension (area, count, fraction, flag, volume, length,
     * money). */
    static bool isTaskVariableDimension(Dimension dimension);
};

// Identifiers used by the engine; the catalog (Variable.cpp) holds their descriptions.
namespace var {
inline constexpr std::string_view WaterFarmlandIrrigation = "water.farmland_irrigation";
inline constexpr std::string_view WaterForestryLivestockFishery = "water.forestry_livestock_fishery";
inline constexpr std::string_view WaterIndustry = "water.industry"; ///< incl. once-through cooling
inline constexpr std::string_view WaterIndustryOnceThroughCooling = "water.industry_once_through_cooling";
inline constexpr std::string_view WaterUrbanPublic = "water.urban_public";
inline constexpr std::string_view WaterResidential = "water.residential";
inline constexpr std::string_view WaterEcological = "water.ecological";
inline constexpr std::string_view WaterNonconventional =
    "water.nonconventional"; ///< part of the sectors' use
inline constexpr std::string_view WaterTotalReported =
    "water.total_reported"; ///< bulletin scope, as published
inline constexpr std::string_view GdpCurrent = "econ.gdp_current";
inline constexpr std::string_view GdpIndex = "econ.gdp_index"; ///< 上年=100
inline constexpr std::string_view IvaCurrent = "econ.iva_current";
inline constexpr std::string_view IvaIndex = "econ.iva_index"; ///< 上年=100
inline constexpr std::string_view IvaIndexIsAboveScaleProxy = "econ.iva_index_above_scale_proxy"; ///< flag
inline constexpr std::string_view Population = "social.population";
inline constexpr std::string_view IrrigatedArea = "agri.irrigated_area";
inline constexpr std::string_view IrrigationGross = "irrigation.gross_water";  ///< per district
inline constexpr std::string_view IrrigationNet = "irrigation.net_water";      ///< per district
inline constexpr std::string_view IrrigationIsSample = "irrigation.is_sample"; ///< per district, flag
inline constexpr std::string_view IrrigationCoefficientReported = "irrigation.coefficient_reported";
inline constexpr std::string_view ReuseFresh = "industry.above_scale_fresh_water";
inline constexpr std::string_view ReuseReused = "industry.above_scale_reused_water";
inline constexpr std::string_view ReuseRateReported = "industry.reuse_rate_reported";
inline constexpr std::string_view SupplyTotal = "supply.total";               ///< Q_s, per utility
inline constexpr std::string_view SupplyRegistered = "supply.registered_use"; ///< Q_a
inline constexpr std::string_view SupplyBilled = "supply.billed_use";
inline constexpr std::string_view SupplyResidentialMetered = "supply.residential_metered"; ///< for R1
inline constexpr std::string_view SupplyMainLength = "supply.main_length";     ///< DN75+ mains, for R2
inline constexpr std::string_view SupplyMeanPressure = "supply.mean_pressure"; ///< for R3
inline constexpr std::string_view SupplyFrostDepth = "supply.max_frost_depth"; ///< for R4
inline constexpr std::string_view LeakageRateReported = "supply.leakage_rate_reported";
} // namespace var

} // namespace jieshui::core
