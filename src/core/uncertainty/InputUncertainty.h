// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace jieshui::core {

/** The shape of an input's error. */
enum class DistributionKind : std::uint8_t {
    Normal,     ///< Gaussian: spread is the standard deviation
    Triangular, ///< symmetric triangle on [−spread, +spread] around the value, peak at the value
    Uniform     ///< flat on [−spread, +spread] around the value
};

/** Whether a spread is a share of the value or an amount in the input's own unit. */
enum class SpreadKind : std::uint8_t {
    Relative, ///< a fraction of the value (0.1 = 10 %); for a 上年=100 index, of its change (107 → 7 points)
    Absolute  ///< in the input's base unit (m³, yuan, fraction, index points; fraction per year for rates)
};

const char* distributionKindId(DistributionKind kind); ///< "normal", "triangular", "uniform"
std::optional<DistributionKind> distributionKindFromId(std::string_view id);
const char* spreadKindId(SpreadKind kind); ///< "relative", "absolute"
std::optional<SpreadKind> spreadKindFromId(std::string_view id);

/**
 * How uncertain one input of the engine is: a statistic (a water volume, a GDP, a coefficient) or a scenario
 * driver (a growth rate). The value the project holds is the centre; a Monte Carlo draw moves it by
 * spread × d, where d is a standard deviate of the distribution: Φ⁻¹(p) for Normal (so the spread is one
 * standard deviation), and a deviate on [−1, 1] for Triangular and Uniform (so the spread is the half-width
 * of the range). A spread of zero means the input is taken as exact.
 */
struct InputUncertainty {
    DistributionKind distribution = DistributionKind::Normal;
    SpreadKind spreadKind = SpreadKind::Relative;
    double spread = 0.0; ///< see SpreadKind; never negative

    bool isCertain() const { return !(spread > 0.0); }
    bool operator==(const InputUncertainty&) const = default;

    /** The largest relative spread accepted (a 100 % standard deviation is already no knowledge at all). */
    static constexpr double maximumRelativeSpread = 1.0;

    /** A spread that is finite, not negative, and ≤ 100 % when relative; InvalidValue (field "spread") otherwise. */
    Status check() const;

    /** The standard deviate of @p kind at probability @p p in (0, 1) (see the class comment). */
    static double standardQuantile(DistributionKind kind, double p);
    /** The inverse of standardQuantile(): the probability of a deviate ≤ @p d. */
    static double standardCdf(DistributionKind kind, double d);
};

/** Φ⁻¹(p), the standard normal quantile, for p in (0, 1) (Wichura's AS 241, relative error below 1e-15). */
double standardNormalQuantile(double p);
/** Φ(z), the standard normal distribution function. */
double standardNormalCdf(double z);

} // namespace jieshui::core
