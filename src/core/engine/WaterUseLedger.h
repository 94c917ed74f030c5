// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Outcome.h"
#include "common/Result.h"
#include "units/Quantities.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace jieshui::core {

/** Which total a report uses (domain-methods.md §1.1). */
enum class WaterUseScope {
    Bulletin, ///< 全口径: every sector, as in the 水资源公报 (incl. ecological replenishment)
    Assessment ///< 考核口径: bulletin minus non-conventional water (再生水, 集蓄雨水, 淡化海水, ...)
};

/** The sector volumes of one region and year, each absent when not reported. All volumes in m³. */
struct SectorVolumes {
    std::optional<WaterVolume> farmlandIrrigation;       ///< 农田灌溉
    std::optional<WaterVolume> forestryLivestockFishery; ///< 林牧渔畜
    std::optional<WaterVolume> industry;                 ///< 工业, incl. once-through cooling
    std::optional<WaterVolume> onceThroughCooling;       ///< 火(核)电直流冷却, part of industry
    std::optional<WaterVolume> urbanPublic;              ///< 城镇公共
    std::optional<WaterVolume> residential;              ///< 居民生活
    std::optional<WaterVolume> ecological;               ///< 人工生态环境补水
    std::optional<WaterVolume> nonconventional;          ///< 非常规水, already inside the sectors
    std::optional<WaterVolume> totalReported;            ///< bulletin total as published
};

/** A total and whether it is the published total rather than the sum of the sectors. */
struct WaterUseTotal {
    WaterVolume volume = cubicMetres(0); ///< m³
    bool reported = false;
};

/**
 * The same volumes as plain numbers (m³) with a presence mask: the form the compiled engine reads into
 * without building optionals. Slots in the order the ledger checks them.
 */
struct SectorValues {
    enum Slot : std::uint8_t {
        Farmland,
        Forestry,
        Industry,
        Cooling,
        UrbanPublic,
        Residential,
        Ecological,
        Nonconventional,
        TotalReported,
        SlotCount
    };
    std::array<double, SlotCount> volume{};
    std::uint16_t present = 0; ///< bit s set when slot s has a value

    bool has(Slot s) const { return (present >> s) & 1U; }
    void set(Slot s, double v) {
        volume[s] = v;
        present = static_cast<std::uint16_t>(present | (1U << s));
    }
    /** The six sectors of the bulletin total all present. */
    bool complete() const {
        constexpr std::uint16_t six = (1U << Farmland) | (1U << Forestry) | (1U << Industry) | (1U << UrbanPublic) |
                                      (1U << Residential) | (1U << Ecological);
        return (present & six) == six;
    }
    static SectorValues from(const SectorVolumes& sectors);
};

/** Why a ledger computation failed, in numbers; WaterUseLedger::error() writes the message. */
struct LedgerFault {
    enum Kind : std::uint8_t { None, Negative, SectorsMissing, NonconventionalAboveTotal, NoIndustry, CoolingAboveIndustry };
    Kind kind = None;
    SectorValues::Slot slot = SectorValues::Farmland; ///< the negative volume (Negative)
    std::uint16_t missing = 0;                        ///< mask of the missing sectors (SectorsMissing)
};

/** A ledger figure (m³) or the fault that prevents it. */
struct LedgerOutcome {
    double volume = 0.0;   ///< m³
    bool reported = false; ///< the published total was used
    LedgerFault fault;

    bool ok() const { return fault.kind == LedgerFault::None; }
    ErrorCode code() const;
};

/** The three ledger figures of one region and year: totalOf() in both scopes and industryOf(). */
struct LedgerFigures {
    LedgerOutcome bulletin;
    LedgerOutcome assessment;
    LedgerOutcome industry;
};

/**
 * Sums sector water use into the bulletin and assessment scopes and divides by economic output
 * (domain-methods.md §1.1). The six sectors must all be present to be summed; otherwise the published
 * total (water.total_reported) is used and flagged `reported`. Errors carry the variable as field; the
 * caller adds region and year.
 */
class WaterUseLedger {
public:
    explicit WaterUseLedger(SectorVolumes sectors);

    // The one implementation of the ledger, on plain numbers (no allocation): the member functions below and
    // the compiled engine (IndicatorKernel) both call these.
    /** The bulletin or assessment total of @p sectors, or its fault. */
    static LedgerOutcome totalOf(const SectorValues& sectors, WaterUseScope scope);
    /** Industrial use, optionally without once-through cooling, or its fault. */
    static LedgerOutcome industryOf(const SectorValues& sectors, bool excludeOnceThroughCooling);
    /** totalOf() in both scopes and industryOf() at once (the sectors checked once): a grid's every year. */
    static LedgerFigures figuresOf(const SectorValues& sectors, bool excludeOnceThroughCooling);
    /** The message of a fault, with the variable as field (the caller adds region and year). */
    static Error error(const LedgerFault& fault);

    /** Bulletin or assessment total in m³; MissingData naming the absent sectors, InvalidValue for a negative
     * one. */
    Result<WaterUseTotal> total(WaterUseScope scope) const;

    /** Industrial use in m³, optionally without once-through cooling (the "不含火(核)电" value). */
    Result<WaterVolume> industry(bool excludeOnceThroughCooling) const;

    /** Total use per GDP at current prices (m³/yuan); zero or negative GDP is InvalidValue. */
    Result<WaterIntensity> intensityPerGdp(Money gdpCurrent, WaterUseScope scope) const;

    /** Industrial use per industrial value added at current prices (m³/yuan). */
    Result<WaterIntensity> intensityPerIva(Money ivaCurrent, bool excludeOnceThroughCooling) const;

    const SectorVolumes& sectors() const { return m_sectors; }

private:
    SectorVolumes m_sectors;
};

/** Divides a volume by money: the intensity in m³/yuan; zero or negative money is InvalidValue naming @p
 * field. */
Result<WaterIntensity> divideByOutput(WaterVolume volume, Money output, const std::string& field);

/** The same on plain numbers (m³ / yuan): nullopt when the output is not positive. */
inline std::optional<double> intensityValue(double volume, double output) {
    if (!(output > 0.0))
        return std::nullopt;
    return volume / output;
}

} // namespace jieshui::core
