// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/IrrigationDistrictProfile.h"
#include "units/Quantities.h"

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

/**
 * 农田灌溉水有效利用系数 by the 首尾法 and the hierarchical aggregation of the 2015 细则
 * (domain-methods.md §2.1–2.3): η_i = W净_i / W毛_i per sample district; large districts gross-weighted;
 * medium per band (from the design area) gross-weighted within the band, bands weighted by all medium
 * districts' weight; small per source type and well-only per method as arithmetic means of samples,
 * weighted by all districts of the type/method; classes weighted by all districts of the class.
 */
class IrrigationCoefficientAggregator {
public:
    explicit IrrigationCoefficientAggregator(IrrigationWeightBasis basis = IrrigationWeightBasis::GrossWater);

    /** η = net / gross of one district; InvalidValue (naming the district) outside (0, 1] or net > gross. */
    static Result<Ratio> districtCoefficient(const DistrictIrrigation& district);

    /**
     * Aggregates districts of one region and year. MissingData when no sample district has both volumes;
     * InvalidValue naming the district for a bad coefficient or a negative volume.
     */
    Result<IrrigationCoefficient> aggregate(const std::vector<DistrictIrrigation>& districts) const;

private:
    IrrigationWeightBasis m_basis;
};

} // namespace jieshui::core
