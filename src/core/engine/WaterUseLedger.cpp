// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/WaterUseLedger.h"

#include "model/Variable.h"

#include <array>
#include <utility>

namespace jieshui::core {

namespace {
using Field = std::pair<std::string_view, const std::optional<WaterVolume>*>;

std::array<Field, 6> bulletinSectors(const SectorVolumes& s) {
    return {{{var::WaterFarmlandIrrigation, &s.farmlandIrrigation},
             {var::WaterForestryLivestockFishery, &s.forestryLivestockFishery},
             {var::WaterIndustry, &s.industry},
             {var::WaterUrbanPublic, &s.urbanPublic},
             {var::WaterResidential, &s.residential},
             {var::WaterEcological, &s.ecological}}};
}
} // namespace

WaterUseLedger::WaterUseLedger(SectorVolumes sectors) : m_sectors(std::move(sectors)) {}

Status WaterUseLedger::checkNonNegative() const {
    const std::optional<WaterVolume>* values[] = {
        &m_sectors.farmlandIrrigation, &m_sectors.forestryLivestockFishery,
        &m_sectors.industry,           &m_sectors.onceThroughCooling,
        &m_sectors.urbanPublic,        &m_sectors.residential,
        &m_sectors.ecological,         &m_sectors.nonconventional,
        &m_sectors.totalReported};
    static constexpr std::string_view ids[] = {
        var::WaterFarmlandIrrigation, var::WaterForestryLivestockFishery,
        var::WaterIndustry,           var::WaterIndustryOnceThroughCooling,
        var::WaterUrbanPublic,        var::WaterResidential,
        var::WaterEcological,         var::WaterNonconventional,
        var::WaterTotalReported};
    for (std::size_t i = 0; i < std::size(values); ++i)
        if (values[i]->has_value() && values[i]->value().value() < 0.0)
            return Error(ErrorCode::InvalidValue, "a water volume cannot be negative",
                         {.field = std::string(ids[i])});
    return okStatus();
}

Result<WaterUseTotal> WaterUseLedger::total(WaterUseScope scope) const {
    if (auto st = checkNonNegative(); st.hasError())
        return st.error();
    WaterUseTotal out;
    std::string missing;
    double sum = 0.0;
    for (const auto& [id, value] : bulletinSectors(m_sectors)) {
        if (value->has_value())
            sum += value->value().value();
        else
            missing += (missing.empty() ? "" : ", ") + std::string(id);
    }
    if (missing.empty()) {
        out.volume = cubicMetres(sum);
    } else if (m_sectors.totalReported) {
        // Sectors incomplete: the published bulletin total is the only faithful figure.
        out.volume = *m_sectors.totalReported;
        out.reported = true;
    } else {
        return Error(ErrorCode::MissingData, "no total water use: sectors missing (" + missing + ") and no " +
                                                 std::string(var::WaterTotalReported));
    }
    if (scope == WaterUseScope::Assessment && m_sectors.nonconventional) {
        if (*m_sectors.nonconventional > out.volume)
            return Error(ErrorCode::InvalidValue, "non-conventional water exceeds the total water use",
                         {.field = std::string(var::WaterNonconventional)});
        out.volume -= *m_sectors.nonconventional;
    }
    return out;
}

Result<WaterVolume> WaterUseLedger::industry(bool excludeOnceThroughCooling) const {
    if (auto st = checkNonNegative(); st.hasError())
        return st.error();
    if (!m_sectors.industry)
        return Error(ErrorCode::MissingData, "no industrial water use",
                     {.field = std::string(var::WaterIndustry)});
    WaterVolume v = *m_sectors.industry;
    if (excludeOnceThroughCooling && m_sectors.onceThroughCooling) {
        if (*m_sectors.onceThroughCooling > v)
            return Error(ErrorCode::InvalidValue,
                         "once-through cooling water exceeds the industrial water use",
                         {.field = std::string(var::WaterIndustryOnceThroughCooling)});
        v -= *m_sectors.onceThroughCooling;
    }
    return v;
}

Result<WaterIntensity> WaterUseLedger::intensityPerGdp(Money gdpCurrent, WaterUseScope scope) const {
    auto t = total(scope);
    if (t.hasError())
        return t.error();
    return divideByOutput(t.value().volume, gdpCurrent, std::string(var::GdpCurrent));
}

Result<WaterIntensity> WaterUseLedger::intensityPerIva(Money ivaCurrent,
                                                       bool excludeOnceThroughCooling) const {
    auto w = industry(excludeOnceThroughCooling);
    if (w.hasError())
        return w.error();
    return divideByOutput(w.value(), ivaCurrent, std::string(var::IvaCurrent));
}

Result<WaterIntensity> divideByOutput(WaterVolume volume, Money output, const std::string& field) {
    if (!(output.value() > 0.0))
        return Error(ErrorCode::InvalidValue, "economic output must be positive to divide by it",
                     {.field = field});
    return WaterIntensity(volume / output);
}

} // namespace jieshui::core
