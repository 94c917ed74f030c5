// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IrrigationCoefficientAggregator.h"

#include "model/Variable.h"

#include <array>

namespace jieshui::core {

namespace {

/** Accumulates one group (a band, a source type, a method or a class). */
struct Group {
    double weightedSum = 0.0;  // Σ η_i · W_i over samples (weighted groups)
    double sampleWeight = 0.0; // Σ W_i over samples
    double plainSum = 0.0;     // Σ η_i over samples (mean groups)
    int samples = 0;
    double allGross = 0.0;         // Σ W毛 over all districts of the group
    double allEffectiveArea = 0.0; // Σ effective area over all districts
    double sampleGross = 0.0;      // for the mean gross per mu of the samples
    double sampleEffectiveArea = 0.0;

    void addSample(double eta, double gross, double effectiveArea) {
        weightedSum += eta * gross;
        sampleWeight += gross;
        plainSum += eta;
        ++samples;
        sampleGross += gross;
        sampleEffectiveArea += effectiveArea;
    }
    void addDistrict(double gross, double effectiveArea) {
        allGross += gross;
        allEffectiveArea += effectiveArea;
    }
    std::optional<double> weightedMean() const {
        if (samples == 0 || sampleWeight <= 0.0)
            return std::nullopt;
        return weightedSum / sampleWeight;
    }
    std::optional<double> plainMean() const {
        if (samples == 0)
            return std::nullopt;
        return plainSum / samples;
    }
    double weight(IrrigationWeightBasis basis) const {
        if (basis == IrrigationWeightBasis::GrossWater)
            return allGross;
        // Areas known for all districts, gross water only for the samples: scale by the samples' gross per
        // area.
        if (sampleEffectiveArea <= 0.0)
            return 0.0;
        return allEffectiveArea * (sampleGross / sampleEffectiveArea);
    }
};

/** Combines group values with group weights; groups without a value are left out and noted. */
struct Combiner {
    double sum = 0.0;
    double weight = 0.0;
    void add(std::optional<double> value, const Group& group, IrrigationWeightBasis basis,
             const std::string& name, std::string& notes) {
        const double w = group.weight(basis);
        if (!value) {
            if (group.allGross > 0.0 || group.allEffectiveArea > 0.0)
                notes += (notes.empty() ? "" : "; ") + name + " has no sample district: left out";
            return;
        }
        if (w <= 0.0) {
            notes += (notes.empty() ? "" : "; ") + name + " has no weight: left out";
            return;
        }
        sum += *value * w;
        weight += w;
    }
    std::optional<double> value() const {
        if (weight <= 0.0)
            return std::nullopt;
        return sum / weight;
    }
};

int bandIndex(MediumBand band) {
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

} // namespace

IrrigationCoefficientAggregator::IrrigationCoefficientAggregator(IrrigationWeightBasis basis)
    : m_basis(basis) {}

Result<Ratio> IrrigationCoefficientAggregator::districtCoefficient(const DistrictIrrigation& d) {
    const ErrorLocation where{.region = d.code};
    if (!d.gross || !d.net)
        return Error(ErrorCode::MissingData, "district needs both gross and net irrigation water", where);
    const double gross = d.gross->value();
    const double net = d.net->value();
    if (gross < 0.0 || net < 0.0)
        return Error(ErrorCode::InvalidValue, "irrigation water cannot be negative", where);
    if (net > gross)
        return Error(ErrorCode::InvalidValue,
                     "net irrigation water exceeds gross water (coefficient above 1): net " +
                         std::to_string(net) + " m³ > gross " + std::to_string(gross) + " m³",
                     where);
    if (!(gross > 0.0) || !(net > 0.0))
        return Error(ErrorCode::InvalidValue,
                     "coefficient outside (0, 1]: gross and net water must be positive", where);
    return ratio(net / gross);
}

Result<IrrigationCoefficient>
IrrigationCoefficientAggregator::aggregate(const std::vector<DistrictIrrigation>& districts) const {
    Group large;
    std::array<Group, 3> bands;
    std::array<Group, 2> sources; // pumped, gravity
    std::array<Group, 5> methods; // WellMethod order
    IrrigationCoefficient out;

    for (const auto& d : districts) {
        if (d.gross && d.gross->value() < 0.0)
            return Error(ErrorCode::InvalidValue, "gross irrigation water cannot be negative",
                         {.field = std::string(var::IrrigationGross), .region = d.code});
        const double gross = d.gross ? d.gross->value() : 0.0;
        const double area = d.profile.effectiveArea.value();
        const auto groupOf = [&]() -> Group& {
            switch (d.profile.districtClass) {
            case DistrictClass::Large:
                break;
            case DistrictClass::Medium:
                return bands[static_cast<std::size_t>(bandIndex(mediumBandFor(d.profile.designArea)))];
            case DistrictClass::Small:
                return sources[d.profile.sourceType == SourceType::Pumped ? 0 : 1];
            case DistrictClass::WellOnly:
                return methods[static_cast<std::size_t>(d.profile.wellMethod)];
            }
            return large;
        };
        Group& group = groupOf();
        ++out.districtCount;
        group.addDistrict(gross, area);
        // All large districts are sample districts under the 细则; others only when flagged.
        const bool sample = d.profile.districtClass == DistrictClass::Large || d.isSample;
        if (!sample || !d.net)
            continue;
        auto eta = districtCoefficient(d);
        if (eta.hasError())
            return eta.error();
        group.addSample(eta.value().value(), gross, area);
        ++out.sampleCount;
    }

    std::string& notes = out.notes;
    const auto classWeight = [this](const auto& groups) {
        double w = 0.0;
        for (const Group& g : groups)
            w += g.weight(m_basis);
        return w;
    };

    // 大型: gross-weighted over the (sample) large districts.
    if (auto v = large.weightedMean())
        out.large = ratio(*v);
    // 中型: per band gross-weighted over samples, bands weighted by all districts of the band.
    static constexpr std::array<const char*, 3> bandNames{"medium band 15-30", "medium band 5-15",
                                                          "medium band 1-5"};
    Combiner medium;
    for (std::size_t i = 0; i < bands.size(); ++i)
        medium.add(bands[i].weightedMean(), bands[i], m_basis, bandNames[i], notes);
    if (auto v = medium.value())
        out.medium = ratio(*v);
    // 小型: per source type the plain mean of samples, types weighted by all districts of the type.
    static constexpr std::array<const char*, 2> sourceNames{"small pumped", "small gravity"};
    Combiner small;
    for (std::size_t i = 0; i < sources.size(); ++i)
        small.add(sources[i].plainMean(), sources[i], m_basis, sourceNames[i], notes);
    if (auto v = small.value())
        out.small = ratio(*v);
    // 纯井: per irrigation method the plain mean of samples, methods weighted likewise.
    static constexpr std::array<const char*, 5> methodNames{"well-only earth canal", "well-only lined canal",
                                                            "well-only pipe", "well-only sprinkler",
                                                            "well-only micro"};
    Combiner well;
    for (std::size_t i = 0; i < methods.size(); ++i)
        well.add(methods[i].plainMean(), methods[i], m_basis, methodNames[i], notes);
    if (auto v = well.value())
        out.wellOnly = ratio(*v);

    // 区域: classes weighted by all districts of the class (not only the samples).
    double sum = 0.0;
    double weight = 0.0;
    const auto addClass = [&](const std::optional<Ratio>& value, double w) {
        if (value && w > 0.0) {
            sum += value->value() * w;
            weight += w;
        }
    };
    addClass(out.large, large.weight(m_basis));
    addClass(out.medium, classWeight(bands));
    addClass(out.small, classWeight(sources));
    addClass(out.wellOnly, classWeight(methods));
    if (out.sampleCount == 0 || weight <= 0.0)
        return Error(ErrorCode::MissingData, "no sample irrigation district with gross and net water",
                     {.field = std::string(var::IrrigationNet)});
    out.value = ratio(sum / weight);
    return out;
}

} // namespace jieshui::core
