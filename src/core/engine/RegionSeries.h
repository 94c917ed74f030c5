// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/WaterUseLedger.h"
#include "model/Dataset.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace jieshui::core {

/** The statistics variables a region-level indicator reads, as dense slots. */
enum class EngineVariable : std::uint8_t {
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
    ReuseFresh,
    ReuseReused,
    ReuseRateReported,
    IrrigationCoefficientReported,
    LeakageRateReported,
    Count
};

/** The statistics variable id of a slot, e.g. "water.industry". */
std::string_view engineVariableId(EngineVariable variable);

/**
 * One region's engine variables, resolved once to the Dataset's dense value columns so that a batch
 * computation reads each value in O(1) (one lookup per variable instead of one per year). Values are in
 * the variables' base units. Holds pointers into the Dataset: do not change it while this lives.
 */
class RegionSeries {
public:
    /** @p fromYear–@p toYear is the span the caller will ask about (kernels precompute over it). */
    RegionSeries(const Dataset& dataset, std::string_view regionCode, int fromYear, int toYear);

    int fromYear() const { return m_fromYear; }
    int toYear() const { return m_toYear; }

    /** The value of @p variable in @p year, or nullopt. */
    std::optional<double> value(EngineVariable variable, int year) const {
        const ValueColumn* c = m_columns[static_cast<std::size_t>(variable)];
        return c == nullptr ? std::nullopt : c->at(year);
    }

    /** The value, folding its provenance into @p provenance when present (as the Evaluator's reads do). */
    std::optional<double> read(EngineVariable variable, int year, ProvenanceKind& provenance) const {
        const ValueColumn* c = m_columns[static_cast<std::size_t>(variable)];
        if (c == nullptr)
            return std::nullopt;
        auto v = c->at(year);
        if (v)
            provenance = weakest(provenance, c->provenanceAt(year));
        return v;
    }

private:
    int m_fromYear;
    int m_toYear;
    std::array<const ValueColumn*, static_cast<std::size_t>(EngineVariable::Count)> m_columns{};
};

/**
 * The water ledger of one region and year, each sector read through @p volume (a callable taking an
 * EngineVariable and returning std::optional<WaterVolume>). The published total is read only when the six
 * sectors are incomplete: it matters only then. Shared by Evaluator (single values) and SeriesKernel (grids)
 * so both apply the same rule.
 */
template <typename ReadVolume> WaterUseLedger collectWaterLedger(ReadVolume&& volume) {
    SectorVolumes s;
    s.farmlandIrrigation = volume(EngineVariable::WaterFarmlandIrrigation);
    s.forestryLivestockFishery = volume(EngineVariable::WaterForestryLivestockFishery);
    s.industry = volume(EngineVariable::WaterIndustry);
    s.onceThroughCooling = volume(EngineVariable::WaterIndustryOnceThroughCooling);
    s.urbanPublic = volume(EngineVariable::WaterUrbanPublic);
    s.residential = volume(EngineVariable::WaterResidential);
    s.ecological = volume(EngineVariable::WaterEcological);
    s.nonconventional = volume(EngineVariable::WaterNonconventional);
    const bool complete = s.farmlandIrrigation && s.forestryLivestockFishery && s.industry && s.urbanPublic &&
                          s.residential && s.ecological;
    if (!complete)
        s.totalReported = volume(EngineVariable::WaterTotalReported);
    return WaterUseLedger(std::move(s));
}

} // namespace jieshui::core
