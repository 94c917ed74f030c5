// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/InputUncertainty.h"

#include <cmath>
#include <limits>

namespace jieshui::core {

const char* distributionKindId(DistributionKind kind) {
    switch (kind) {
    case DistributionKind::Normal:
        return "normal";
    case DistributionKind::Triangular:
        return "triangular";
    case DistributionKind::Uniform:
        return "uniform";
    }
    return "normal";
}

std::optional<DistributionKind> distributionKindFromId(std::string_view id) {
    for (DistributionKind k : {DistributionKind::Normal, DistributionKind::Triangular, DistributionKind::Uniform})
        if (id == distributionKindId(k))
            return k;
    return std::nullopt;
}

const char* spreadKindId(SpreadKind kind) {
    return kind == SpreadKind::Relative ? "relative" : "absolute";
}

std::optional<SpreadKind> spreadKindFromId(std::string_view id) {
    for (SpreadKind k : {SpreadKind::Relative, SpreadKind::Absolute})
        if (id == spreadKindId(k))
            return k;
    return std::nullopt;
}

Status InputUncertainty::check() const {
    if (!std::isfinite(spread) || spread < 0.0)
        return Error(ErrorCode::InvalidValue, "a spread must be a number of zero or more",
                     ErrorLocation{.field = "spread"});
    if (spreadKind == SpreadKind::Relative && spread > maximumRelativeSpread)
        return Error(ErrorCode::InvalidValue,
                     "a relative spread above 100 % says nothing is known; give an absolute spread instead",
                     ErrorLocation{.field = "spread"});
    return okStatus();
}

double InputUncertainty::standardQuantile(DistributionKind kind, double p) {
    switch (kind) {
    case DistributionKind::Normal:
        return standardNormalQuantile(p);
    case DistributionKind::Triangular:
        // Symmetric triangle on [−1, 1]: F(d) = (1 + d)²/2 below the peak, 1 − (1 − d)²/2 above it.
        return p < 0.5 ? -1.0 + std::sqrt(2.0 * p) : 1.0 - std::sqrt(2.0 * (1.0 - p));
    case DistributionKind::Uniform:
        return 2.0 * p - 1.0;
    }
    return 0.0;
}

double InputUncertainty::standardCdf(DistributionKind kind, double d) {
    switch (kind) {
    case DistributionKind::Normal:
        return standardNormalCdf(d);
    case DistributionKind::Triangular:
        if (d <= -1.0)
            return 0.0;
        if (d >= 1.0)
            return 1.0;
        return d < 0.0 ? 0.5 * (1.0 + d) * (1.0 + d) : 1.0 - 0.5 * (1.0 - d) * (1.0 - d);
    case DistributionKind::Uniform:
        return d <= -1.0 ? 0.0 : d >= 1.0 ? 1.0 : 0.5 * (d + 1.0);
    }
    return 0.5;
}

double standardNormalCdf(double z) {
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double standardNormalQuantile(double p) {
    // Wichura, M. J. (1988) Algorithm AS 241: The percentage points of the normal distribution.
    // Applied Statistics 37, 477–484 (PPND16).
    if (!(p > 0.0 && p < 1.0)) {
        if (p == 0.0)
            return -std::numeric_limits<double>::infinity();
        if (p == 1.0)
            return std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double q = p - 0.5;
    if (std::abs(q) <= 0.425) {
        const double r = 0.180625 - q * q;
        return q *
               (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r +
                    4.5921953931549871457e+4) *
                       r +
                   1.3731693765509461125e+4) *
                      r +
                  1.9715909503065514427e+3) *
                     r +
                 1.3314166789178437745e+2) *
                    r +
                3.3871328727963666080e+0) /
               (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r +
                    2.1213794301586595867e+4) *
                       r +
                   5.3941960214247511077e+3) *
                      r +
                  6.8718700749205790830e+2) *
                     r +
                 4.2313330701600911252e+1) *
                    r +
                1.0);
    }
    double r = std::sqrt(-std::log(q < 0.0 ? p : 1.0 - p));
    double value = 0.0;
    if (r <= 5.0) {
        r -= 1.6;
        value = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) *
                         r +
                     1.27045825245236838258e+0) *
                        r +
                    3.64784832476320460504e+0) *
                       r +
                   5.76949722146069140550e+0) *
                      r +
                  4.63033784615654529590e+0) *
                     r +
                 1.42343711074968357734e+0) /
                (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) *
                         r +
                     1.48103976427480074590e-1) *
                        r +
                    6.89767334985100004550e-1) *
                       r +
                   1.67638483018380384940e+0) *
                      r +
                  2.05319162663775882187e+0) *
                     r +
                 1.0);
    } else {
        r -= 5.0;
        value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) *
                         r +
                     2.65321895265761230930e-2) *
                        r +
                    2.96560571828504891230e-1) *
                       r +
                   1.78482653991729133580e+0) *
                      r +
                  5.46378491116411436990e+0) *
                     r +
                 6.65790464350110377720e+0) /
                (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) *
                         r +
                     7.86869131145613259100e-4) *
                        r +
                    1.48753612908506148525e-2) *
                       r +
                   1.36929880922735805310e-1) *
                      r +
                  5.99832206555887937690e-1) *
                     r +
                 1.0);
    }
    return q < 0.0 ? -value : value;
}

} // namespace jieshui::core
