// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/RegionSeries.h"

#include "model/Variable.h"

namespace jieshui::core {

std::string_view engineVariableId(EngineVariable variable) {
    switch (variable) {
    case EngineVariable::WaterFarmlandIrrigation:
        return var::WaterFarmlandIrrigation;
    case EngineVariable::WaterForestryLivestockFishery:
        return var::WaterForestryLivestockFishery;
    case EngineVariable::WaterIndustry:
        return var::WaterIndustry;
    case EngineVariable::WaterIndustryOnceThroughCooling:
        return var::WaterIndustryOnceThroughCooling;
    case EngineVariable::WaterUrbanPublic:
        return var::WaterUrbanPublic;
    case EngineVariable::WaterResidential:
        return var::WaterResidential;
    case EngineVariable::WaterEcological:
        return var::WaterEcological;
    case EngineVariable::WaterNonconventional:
        return var::WaterNonconventional;
    case EngineVariable::WaterTotalReported:
        return var::WaterTotalReported;
    case EngineVariable::GdpCurrent:
        return var::GdpCurrent;
    case EngineVariable::GdpIndex:
        return var::GdpIndex;
    case EngineVariable::IvaCurrent:
        return var::IvaCurrent;
    case EngineVariable::IvaIndex:
        return var::IvaIndex;
    case EngineVariable::ReuseFresh:
        return var::ReuseFresh;
    case EngineVariable::ReuseReused:
        return var::ReuseReused;
    case EngineVariable::ReuseRateReported:
        return var::ReuseRateReported;
    case EngineVariable::IrrigationCoefficientReported:
        return var::IrrigationCoefficientReported;
    case EngineVariable::LeakageRateReported:
        return var::LeakageRateReported;
    case EngineVariable::Count:
        break;
    }
    return {};
}

RegionSeries::RegionSeries(const Dataset& dataset, std::string_view regionCode, int fromYear, int toYear)
    : m_fromYear(fromYear), m_toYear(toYear) {
    const RegionColumns* columns = dataset.columns(regionCode);
    if (columns == nullptr)
        return;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        auto it = columns->find(engineVariableId(static_cast<EngineVariable>(i)));
        if (it != columns->end())
            m_columns[i] = &it->second;
    }
}

} // namespace jieshui::core
