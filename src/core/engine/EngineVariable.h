// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace jieshui::core {

/** A statistics variable interned to a dense number by a CompiledProject. */
using VariableId = std::uint16_t;

/**
 * The fixed vocabulary of statistics variables as dense ids, in the order of VariableCatalog::all() (the
 * CompiledProject checks the order when it is built; a test does too). A project's key-task variables
 * (task.<NN>.<name>) follow from CatalogCount on, in the order of Dataset::taskVariables().
 */
enum class Var : VariableId {
    WaterFarmlandIrrigation,
    WaterForestryLivestockFishery,
    WaterIndustry,
    WaterIndustryOnceThroughCooling,
    WaterUrbanPublic,
    WaterResidential,
    WaterEcological,
    WaterNonconventional,
    WaterTotalReported,
    GdpCurrent,
    GdpIndex,
    IvaCurrent,
    IvaIndex,
    IvaIndexIsAboveScaleProxy,
    Population,
    IrrigatedArea,
    IrrigationGross,
    IrrigationNet,
    IrrigationIsSample,
    IrrigationCoefficientReported,
    ReuseFresh,
    ReuseReused,
    ReuseRateReported,
    SupplyTotal,
    SupplyRegistered,
    SupplyBilled,
    SupplyResidentialMetered,
    SupplyMainLength,
    SupplyMeanPressure,
    SupplyFrostDepth,
    LeakageRateReported,
    CatalogCount
};

constexpr VariableId variableId(Var v) {
    return static_cast<VariableId>(v);
}

} // namespace jieshui::core
