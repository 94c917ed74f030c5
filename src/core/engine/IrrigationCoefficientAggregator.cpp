// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IrrigationCoefficientAggregator.h"

#include "model/Variable.h"

#include <cmath>
#include <limits>

namespace jieshui::core {

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint8_t kLarge = 0;
constexpr std::uint8_t kFirstBand = 1;   // 3 bands
constexpr std::uint8_t kFirstSource = 4; // pumped, gravity
constexpr std::uint8_t kFirstMethod = 6; // WellMethod order

constexpr const char* kGroupNames[IrrigationCoefficientAggregator::groupCount] = {
    "large",
    "medium band 15-30",
    "medium band 5-15",
    "medium band 1-5",
    "small pumped",
    "small gravity",
    "well-only earth canal",
    "well-only lined canal",
    "well-only pipe",
    "well-only sprinkler",
    "well-only micro"};
constexpr const char* kGroupNamesZh[IrrigationCoefficientAggregator::groupCount] = {
    "大型灌区",
    "中型灌区（15万～30万亩）",
    "中型灌区（5万～15万亩）",
    "中型灌区（1万～5万亩）",
    "小型提水灌区",
    "小型自流灌区",
    "纯井灌区（土渠）",
    "纯井灌区（防渗渠道）",
    "纯井灌区（管道输水）",
    "纯井灌区（喷灌）",
    "纯井灌区（微灌）"};

std::uint8_t bandIndex(MediumBand band) {
    switch (band) {
    case MediumBand::From15To30:
        return 0;
    case MediumBand::From5To15:
        return 1;
    case MediumBand::From1To5:
        return 2;
    }
    return 2;
}

std::optional<Ratio> asRatio(double v) {
    return std::isnan(v) ? std::nullopt : std::optional<Ratio>(ratio(v));
}

} // namespace

std::uint8_t IrrigationCoefficientAggregator::groupOf(const IrrigationDistrictProfile& profile) {
    switch (profile.districtClass) {
    case DistrictClass::Large:
        return kLarge;
    case DistrictClass::Medium:
        return static_cast<std::uint8_t>(kFirstBand + bandIndex(mediumBandFor(profile.designArea)));
    case DistrictClass::Small:
        return profile.sourceType == SourceType::Pumped ? kFirstSource : kFirstSource + 1;
    case DistrictClass::WellOnly:
        return static_cast<std::uint8_t>(kFirstMethod + static_cast<std::uint8_t>(profile.wellMethod));
    }
    return kLarge;
}

double IrrigationCoefficientAggregator::Accumulator::Group::weight(IrrigationWeightBasis basis) const {
    if (basis == IrrigationWeightBasis::GrossWater)
        return allGross;
    // Areas known for all districts, gross water only for the samples: scale by the samples' gross per area.
    if (sampleEffectiveArea <= 0.0)
        return 0.0;
    return allEffectiveArea * (sampleGross / sampleEffectiveArea);
}

IrrigationCoefficientAggregator::Aggregate IrrigationCoefficientAggregator::Accumulator::result() const {
    Aggregate out;
    out.sampleCount = m_samples;
    out.districtCount = m_districts;
    out.classValue.fill(kNone);
    const auto weightedMean = [](const Group& g) {
        return g.samples == 0 || g.sampleWeight <= 0.0 ? kNone : g.weightedSum / g.sampleWeight;
    };
    const auto plainMean = [](const Group& g) { return g.samples == 0 ? kNone : g.plainSum / g.samples; };
    // Combines group values with group weights; groups without a value are left out and noted.
    const auto combine = [&](std::uint8_t first, std::uint8_t count, bool weighted) {
        double sum = 0.0;
        double weight = 0.0;
        for (std::uint8_t i = first; i < first + count; ++i) {
            const Group& g = m_groups[i];
            const double value = weighted ? weightedMean(g) : plainMean(g);
            const double w = g.weight(m_basis);
            if (std::isnan(value)) {
                if (g.allGross > 0.0 || g.allEffectiveArea > 0.0)
                    out.notes |= 1U << (2 * i);
                continue;
            }
            if (w <= 0.0) {
                out.notes |= 1U << (2 * i + 1);
                continue;
            }
            sum += value * w;
            weight += w;
        }
        return weight <= 0.0 ? kNone : sum / weight;
    };
    const auto classWeight = [&](std::uint8_t first, std::uint8_t count) {
        double w = 0.0;
        for (std::uint8_t i = first; i < first + count; ++i)
            w += m_groups[i].weight(m_basis);
        return w;
    };

    // 大型: gross-weighted over the (sample) large districts.
    out.classValue[0] = weightedMean(m_groups[kLarge]);
    // 中型: per band gross-weighted over samples, bands weighted by all districts of the band.
    out.classValue[1] = combine(kFirstBand, 3, true);
    // 小型: per source type the plain mean of samples, types weighted by all districts of the type.
    out.classValue[2] = combine(kFirstSource, 2, false);
    // 纯井: per irrigation method the plain mean of samples, methods weighted likewise.
    out.classValue[3] = combine(kFirstMethod, 5, false);

    // 区域: classes weighted by all districts of the class (not only the samples).
    const double weights[4] = {m_groups[kLarge].weight(m_basis), classWeight(kFirstBand, 3),
                               classWeight(kFirstSource, 2), classWeight(kFirstMethod, 5)};
    double sum = 0.0;
    double weight = 0.0;
    for (std::size_t c = 0; c < 4; ++c)
        if (!std::isnan(out.classValue[c]) && weights[c] > 0.0) {
            sum += out.classValue[c] * weights[c];
            weight += weights[c];
        }
    if (m_samples == 0 || weight <= 0.0) {
        out.fault.kind = IrrigationFault::NoSample;
        return out;
    }
    out.value = sum / weight;
    return out;
}

IrrigationCoefficientAggregator::IrrigationCoefficientAggregator(IrrigationWeightBasis basis) : m_basis(basis) {}

Result<Ratio> IrrigationCoefficientAggregator::districtCoefficient(const DistrictIrrigation& d) {
    IrrigationFault fault;
    const Outcome<double> eta =
        districtCoefficient(d.gross ? d.gross->value() : kNone, d.net ? d.net->value() : kNone, fault);
    if (!eta.ok)
        return error(fault, d.code);
    return ratio(eta.value);
}

Error IrrigationCoefficientAggregator::error(const IrrigationFault& fault, const std::string& districtCode) {
    const ErrorLocation where{.region = districtCode};
    switch (fault.kind) {
    case IrrigationFault::GrossNegative:
        return Error(ErrorCode::InvalidValue, "gross irrigation water cannot be negative",
                     {.field = std::string(var::IrrigationGross), .region = districtCode});
    case IrrigationFault::NeedsBoth:
        return Error(ErrorCode::MissingData, "district needs both gross and net irrigation water", where);
    case IrrigationFault::WaterNegative:
        return Error(ErrorCode::InvalidValue, "irrigation water cannot be negative", where);
    case IrrigationFault::NetAboveGross:
        return Error(ErrorCode::InvalidValue,
                     "net irrigation water exceeds gross water (coefficient above 1): net " +
                         std::to_string(fault.net) + " m³ > gross " + std::to_string(fault.gross) + " m³",
                     where);
    case IrrigationFault::NotPositive:
        return Error(ErrorCode::InvalidValue, "coefficient outside (0, 1]: gross and net water must be positive",
                     where);
    case IrrigationFault::NoSample:
    case IrrigationFault::None:
        break;
    }
    return Error(ErrorCode::MissingData, "no sample irrigation district with gross and net water",
                 {.field = std::string(var::IrrigationNet)});
}

std::string IrrigationCoefficientAggregator::notesText(std::uint32_t notes, bool chinese) {
    const char* const* names = chinese ? kGroupNamesZh : kGroupNames;
    const std::string separator = chinese ? "；" : "; ";
    const char* noSample = chinese ? "无样点灌区，未计入" : " has no sample district: left out";
    const char* noWeight = chinese ? "无权重，未计入" : " has no weight: left out";
    std::string out;
    for (std::size_t g = 0; g < groupCount; ++g) {
        if ((notes >> (2 * g)) & 1U)
            out += (out.empty() ? "" : separator) + std::string(names[g]) + noSample;
        if ((notes >> (2 * g + 1)) & 1U)
            out += (out.empty() ? "" : separator) + std::string(names[g]) + noWeight;
    }
    return out;
}

Result<IrrigationCoefficient>
IrrigationCoefficientAggregator::aggregate(const std::vector<DistrictIrrigation>& districts) const {
    Accumulator accumulator(m_basis);
    for (const auto& d : districts) {
        const District numbers{.group = groupOf(d.profile),
                               .large = d.profile.districtClass == DistrictClass::Large,
                               .effectiveArea = d.profile.effectiveArea.value(),
                               .gross = d.gross ? d.gross->value() : kNone,
                               .net = d.net ? d.net->value() : kNone,
                               .isSample = d.isSample};
        if (const IrrigationFault fault = accumulator.add(numbers); fault.kind != IrrigationFault::None)
            return error(fault, d.code);
    }
    const Aggregate a = accumulator.result();
    if (a.fault.kind != IrrigationFault::None)
        return error(a.fault, {});
    IrrigationCoefficient out;
    out.value = ratio(a.value);
    out.large = asRatio(a.classValue[0]);
    out.medium = asRatio(a.classValue[1]);
    out.small = asRatio(a.classValue[2]);
    out.wellOnly = asRatio(a.classValue[3]);
    out.sampleCount = a.sampleCount;
    out.districtCount = a.districtCount;
    out.notes = notesText(a.notes);
    return out;
}

} // namespace jieshui::core
