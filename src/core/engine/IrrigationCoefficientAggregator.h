// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Outcome.h"
#include "common/Result.h"
#include "model/IrrigationDistrictProfile.h"
#include "units/Quantities.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/** What weights the groups (bands, source types, methods, classes) when they are combined (§2.3). */
enum class IrrigationWeightBasis {
    GrossWater, ///< annual gross irrigation water of all districts of the group (the 细则 default)
    EffectiveAreaTimesGrossPerMu ///< effective area of all districts × the samples' mean gross water per mu
};

/** One district's year: its profile and its measured water (net only for surveyed districts). */
struct DistrictIrrigation {
    std::string code; ///< district code, for errors
    IrrigationDistrictProfile profile;
    std::optional<WaterVolume> gross; ///< W毛, m³ at the source
    std::optional<WaterVolume> net;   ///< W净, m³ in the fields
    bool isSample = false;            ///< 样点灌区 (large districts always count as samples)
};

/** The aggregated coefficient, the class values that went into it, and notes for the method text. */
struct IrrigationCoefficient {
    Ratio value = ratio(0);
    std::optional<Ratio> large, medium, small, wellOnly;
    int sampleCount = 0;
    int districtCount = 0;
    std::string notes; ///< e.g. "medium band 1-5 has no sample: left out"
};

/** Why a district's water cannot give a coefficient (IrrigationCoefficientAggregator::error() writes it). */
struct IrrigationFault {
    enum Kind : std::uint8_t { None, GrossNegative, NeedsBoth, WaterNegative, NetAboveGross, NotPositive, NoSample };
    Kind kind = None;
    double gross = 0.0; ///< m³ (NetAboveGross)
    double net = 0.0;   ///< m³ (NetAboveGross)
    ErrorCode code() const {
        return kind == NeedsBoth || kind == NoSample ? ErrorCode::MissingData : ErrorCode::InvalidValue;
    }
};

/**
 * 农田灌溉水有效利用系数 by the 首尾法 and the hierarchical aggregation of the 2015 细则
 * (domain-methods.md §2.1–2.3): η_i = W净_i / W毛_i per sample district; large districts gross-weighted;
 * medium per band (from the design area) gross-weighted within the band, bands weighted by all medium
 * districts' weight; small per source type and well-only per method as arithmetic means of samples,
 * weighted by all districts of the type/method; classes weighted by all districts of the class.
 *
 * The Accumulator is the one implementation, on plain numbers (no allocation): aggregate() and the compiled
 * engine both feed it one district at a time.
 */
class IrrigationCoefficientAggregator {
public:
    /** The eleven groups: large; medium bands 15–30, 5–15, 1–5; small pumped, gravity; five well methods. */
    static constexpr std::size_t groupCount = 11;
    /** The group of a district profile (its class, and band, source type or method). */
    static std::uint8_t groupOf(const IrrigationDistrictProfile& profile);

    /** The numbers of one district-year, with its group (groupOf) and class. Volumes m³, NaN = absent. */
    struct District {
        std::uint8_t group = 0;
        bool large = false;
        double effectiveArea = 0.0; ///< m²
        double gross = 0.0;         ///< m³, NaN when absent
        double net = 0.0;           ///< m³, NaN when absent
        bool isSample = false;
    };

    /** The aggregate and what notes it carries (bit 2g: group g has no sample; 2g+1: no weight). */
    struct Aggregate {
        double value = 0.0;
        std::array<double, 4> classValue{}; ///< large, medium, small, well-only; NaN when none
        int sampleCount = 0;
        int districtCount = 0;
        std::uint32_t notes = 0;
        IrrigationFault fault;
    };

    /** Feeds districts of one region and year, then aggregate(). */
    class Accumulator {
    public:
        explicit Accumulator(IrrigationWeightBasis basis) : m_basis(basis) {}
        /** Adds a district; the fault (kind None when fine). Stop at the first fault. */
        IrrigationFault add(const District& d) {
            if (!(d.gross != d.gross) && d.gross < 0.0) // present and negative
                return {.kind = IrrigationFault::GrossNegative};
            const double gross = d.gross != d.gross ? 0.0 : d.gross;
            Group& group = m_groups[d.group];
            ++m_districts;
            group.allGross += gross;
            group.allEffectiveArea += d.effectiveArea;
            // All large districts are sample districts under the 细则; others only when flagged.
            if (!(d.large || d.isSample) || d.net != d.net)
                return {};
            IrrigationFault fault;
            const Outcome<double> eta = districtCoefficient(d.gross, d.net, fault);
            if (!eta.ok)
                return fault;
            group.weightedSum += eta.value * gross;
            group.sampleWeight += gross;
            group.plainSum += eta.value;
            ++group.samples;
            group.sampleGross += gross;
            group.sampleEffectiveArea += d.effectiveArea;
            ++m_samples;
            return {};
        }
        Aggregate result() const;

    private:
        struct Group {
            double weightedSum = 0.0;  // Σ η_i · W_i over samples (weighted groups)
            double sampleWeight = 0.0; // Σ W_i over samples
            double plainSum = 0.0;     // Σ η_i over samples (mean groups)
            int samples = 0;
            double allGross = 0.0;         // Σ W毛 over all districts of the group
            double allEffectiveArea = 0.0; // Σ effective area over all districts
            double sampleGross = 0.0;      // for the mean gross per mu of the samples
            double sampleEffectiveArea = 0.0;
            double weight(IrrigationWeightBasis basis) const;
        };
        IrrigationWeightBasis m_basis;
        std::array<Group, groupCount> m_groups{};
        int m_samples = 0;
        int m_districts = 0;
    };

    explicit IrrigationCoefficientAggregator(IrrigationWeightBasis basis = IrrigationWeightBasis::GrossWater);

    /** η = net / gross of one district; InvalidValue (naming the district) outside (0, 1] or net > gross. */
    static Result<Ratio> districtCoefficient(const DistrictIrrigation& district);
    /** The same on numbers (NaN = absent): η or the fault. */
    static Outcome<double> districtCoefficient(double gross, double net, IrrigationFault& fault) {
        fault = {};
        if (gross != gross || net != net)
            fault.kind = IrrigationFault::NeedsBoth;
        else if (gross < 0.0 || net < 0.0)
            fault.kind = IrrigationFault::WaterNegative;
        else if (net > gross)
            fault = {.kind = IrrigationFault::NetAboveGross, .gross = gross, .net = net};
        else if (!(gross > 0.0) || !(net > 0.0))
            fault.kind = IrrigationFault::NotPositive;
        if (fault.kind != IrrigationFault::None)
            return Outcome<double>::failure(fault.code());
        return Outcome<double>::success(net / gross);
    }

    /**
     * Aggregates districts of one region and year. MissingData when no sample district has both volumes;
     * InvalidValue naming the district for a bad coefficient or a negative volume.
     */
    Result<IrrigationCoefficient> aggregate(const std::vector<DistrictIrrigation>& districts) const;

    /** The message of @p fault of district @p districtCode (empty for the region-level NoSample). */
    static Error error(const IrrigationFault& fault, const std::string& districtCode);
    /** The notes of an Aggregate, e.g. "medium band 1-5 has no sample district: left out" (@p chinese: in
     * Chinese). */
    static std::string notesText(std::uint32_t notes, bool chinese = false);

private:
    IrrigationWeightBasis m_basis;
};

} // namespace jieshui::core
