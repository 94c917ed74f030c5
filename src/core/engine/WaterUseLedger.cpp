// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/WaterUseLedger.h"

#include "model/Variable.h"

#include <utility>

namespace jieshui::core {

namespace {
/** The statistics variable of each slot, in slot order (the field of an error). */
constexpr std::string_view kSlotVariables[SectorValues::SlotCount] = {
    var::WaterFarmlandIrrigation, var::WaterForestryLivestockFishery,
    var::WaterIndustry,           var::WaterIndustryOnceThroughCooling,
    var::WaterUrbanPublic,        var::WaterResidential,
    var::WaterEcological,         var::WaterNonconventional,
    var::WaterTotalReported};

/** The six sectors of the bulletin total, in the order they are summed. */
constexpr SectorValues::Slot kBulletinSectors[] = {SectorValues::Farmland,    SectorValues::Forestry,
                                                   SectorValues::Industry,    SectorValues::UrbanPublic,
                                                   SectorValues::Residential, SectorValues::Ecological};

LedgerOutcome failed(LedgerFault fault) {
    LedgerOutcome out;
    out.fault = fault;
    return out;
}

/** The first negative volume, checked in slot order; None when there is none. */
LedgerFault firstNegative(const SectorValues& s) {
    // A quick look at every slot first (no branch per slot: this runs for every region and year of a grid);
    // an absent slot holds 0 or whatever was set, so only a hit is checked slot by slot.
    bool any = false;
    for (const double v : s.volume)
        any |= v < 0.0;
    if (!any)
        return {};
    for (std::uint8_t i = 0; i < SectorValues::SlotCount; ++i) {
        const auto slot = static_cast<SectorValues::Slot>(i);
        if (s.has(slot) && s.volume[i] < 0.0)
            return {.kind = LedgerFault::Negative, .slot = slot};
    }
    return {};
}
} // namespace

SectorValues SectorValues::from(const SectorVolumes& sectors) {
    SectorValues out;
    const std::optional<WaterVolume>* values[SlotCount] = {
        &sectors.farmlandIrrigation, &sectors.forestryLivestockFishery, &sectors.industry,
        &sectors.onceThroughCooling, &sectors.urbanPublic,              &sectors.residential,
        &sectors.ecological,         &sectors.nonconventional,          &sectors.totalReported};
    for (std::uint8_t i = 0; i < SlotCount; ++i)
        if (values[i]->has_value())
            out.set(static_cast<Slot>(i), values[i]->value().value());
    return out;
}

ErrorCode LedgerOutcome::code() const {
    switch (fault.kind) {
    case LedgerFault::SectorsMissing:
    case LedgerFault::NoIndustry:
        return ErrorCode::MissingData;
    default:
        return ErrorCode::InvalidValue;
    }
}

namespace {
/** The bulletin total of sectors known to hold no negative volume. */
LedgerOutcome bulletinOf(const SectorValues& s) {
    LedgerOutcome out;
    std::uint16_t missing = 0;
    for (SectorValues::Slot slot : kBulletinSectors)
        missing = static_cast<std::uint16_t>(missing | (s.has(slot) ? 0U : 1U << slot));
    if (missing == 0) {
        double sum = 0.0; // in the order of kBulletinSectors, from 0.0 (as always: the same bits)
        for (SectorValues::Slot slot : kBulletinSectors)
            sum += s.volume[slot];
        out.volume = sum;
    } else if (s.has(SectorValues::TotalReported)) {
        // Sectors incomplete: the published bulletin total is the only faithful figure.
        out.volume = s.volume[SectorValues::TotalReported];
        out.reported = true;
    } else {
        return failed({.kind = LedgerFault::SectorsMissing, .missing = missing});
    }
    return out;
}

/** The assessment total from the bulletin total @p bulletin of the same sectors: less non-conventional water.
 */
LedgerOutcome assessmentOf(LedgerOutcome bulletin, const SectorValues& s) {
    if (bulletin.ok() && s.has(SectorValues::Nonconventional)) {
        const double nonconventional = s.volume[SectorValues::Nonconventional];
        if (nonconventional > bulletin.volume)
            return failed({.kind = LedgerFault::NonconventionalAboveTotal});
        bulletin.volume -= nonconventional;
    }
    return bulletin;
}

/** Industrial use of sectors known to hold no negative volume. */
LedgerOutcome industryOfChecked(const SectorValues& s, bool excludeOnceThroughCooling) {
    if (!s.has(SectorValues::Industry))
        return failed({.kind = LedgerFault::NoIndustry});
    LedgerOutcome out;
    out.volume = s.volume[SectorValues::Industry];
    if (excludeOnceThroughCooling && s.has(SectorValues::Cooling)) {
        if (s.volume[SectorValues::Cooling] > out.volume)
            return failed({.kind = LedgerFault::CoolingAboveIndustry});
        out.volume -= s.volume[SectorValues::Cooling];
    }
    return out;
}
} // namespace

LedgerOutcome WaterUseLedger::totalOf(const SectorValues& s, WaterUseScope scope) {
    if (LedgerFault bad = firstNegative(s); bad.kind != LedgerFault::None)
        return failed(bad);
    const LedgerOutcome bulletin = bulletinOf(s);
    return scope == WaterUseScope::Assessment ? assessmentOf(bulletin, s) : bulletin;
}

LedgerOutcome WaterUseLedger::industryOf(const SectorValues& s, bool excludeOnceThroughCooling) {
    if (LedgerFault bad = firstNegative(s); bad.kind != LedgerFault::None)
        return failed(bad);
    return industryOfChecked(s, excludeOnceThroughCooling);
}

LedgerFigures WaterUseLedger::figuresOf(const SectorValues& s, bool excludeOnceThroughCooling) {
    if (LedgerFault bad = firstNegative(s); bad.kind != LedgerFault::None)
        return {failed(bad), failed(bad), failed(bad)};
    const LedgerOutcome bulletin = bulletinOf(s);
    return {bulletin, assessmentOf(bulletin, s), industryOfChecked(s, excludeOnceThroughCooling)};
}

Error WaterUseLedger::error(const LedgerFault& fault) {
    switch (fault.kind) {
    case LedgerFault::Negative:
        return Error(ErrorCode::InvalidValue, "a water volume cannot be negative",
                     {.field = std::string(kSlotVariables[fault.slot])});
    case LedgerFault::SectorsMissing: {
        std::string missing;
        for (SectorValues::Slot slot : kBulletinSectors)
            if ((fault.missing >> slot) & 1U)
                missing += (missing.empty() ? "" : ", ") + std::string(kSlotVariables[slot]);
        return Error(ErrorCode::MissingData, "no total water use: sectors missing (" + missing + ") and no " +
                                                 std::string(var::WaterTotalReported));
    }
    case LedgerFault::NonconventionalAboveTotal:
        return Error(ErrorCode::InvalidValue, "non-conventional water exceeds the total water use",
                     {.field = std::string(var::WaterNonconventional)});
    case LedgerFault::NoIndustry:
        return Error(ErrorCode::MissingData, "no industrial water use", {.field = std::string(var::WaterIndustry)});
    case LedgerFault::CoolingAboveIndustry:
        return Error(ErrorCode::InvalidValue, "once-through cooling water exceeds the industrial water use",
                     {.field = std::string(var::WaterIndustryOnceThroughCooling)});
    case LedgerFault::None:
        break;
    }
    return Error(ErrorCode::InvalidValue, "no ledger fault");
}

WaterUseLedger::WaterUseLedger(SectorVolumes sectors) : m_sectors(std::move(sectors)) {}

Result<WaterUseTotal> WaterUseLedger::total(WaterUseScope scope) const {
    const LedgerOutcome o = totalOf(SectorValues::from(m_sectors), scope);
    if (!o.ok())
        return error(o.fault);
    return WaterUseTotal{.volume = cubicMetres(o.volume), .reported = o.reported};
}

Result<WaterVolume> WaterUseLedger::industry(bool excludeOnceThroughCooling) const {
    const LedgerOutcome o = industryOf(SectorValues::from(m_sectors), excludeOnceThroughCooling);
    if (!o.ok())
        return error(o.fault);
    return cubicMetres(o.volume);
}

Result<WaterIntensity> WaterUseLedger::intensityPerGdp(Money gdpCurrent, WaterUseScope scope) const {
    auto t = total(scope);
    if (t.hasError())
        return t.error();
    return divideByOutput(t.value().volume, gdpCurrent, std::string(var::GdpCurrent));
}

Result<WaterIntensity> WaterUseLedger::intensityPerIva(Money ivaCurrent, bool excludeOnceThroughCooling) const {
    auto w = industry(excludeOnceThroughCooling);
    if (w.hasError())
        return w.error();
    return divideByOutput(w.value(), ivaCurrent, std::string(var::IvaCurrent));
}

Result<WaterIntensity> divideByOutput(WaterVolume volume, Money output, const std::string& field) {
    auto v = intensityValue(volume.value(), output.value());
    if (!v)
        return Error(ErrorCode::InvalidValue, "economic output must be positive to divide by it", {.field = field});
    return *v * cubicMetrePerYuan;
}

} // namespace jieshui::core
