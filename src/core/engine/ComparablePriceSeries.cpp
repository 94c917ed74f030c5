// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ComparablePriceSeries.h"

#include <limits>
#include <utility>

namespace jieshui::core {

namespace {
constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
}

ComparablePriceSeries::ComparablePriceSeries(int baseYear, std::string indexVariable)
    : m_baseYear(baseYear), m_indexVariable(std::move(indexVariable)) {}

Status ComparablePriceSeries::setIndex(int year, double pointsPreviousYear100) {
    if (!(pointsPreviousYear100 > 0.0))
        return Error(ErrorCode::InvalidValue, "a volume index (previous year = 100) must be positive",
                     {.field = m_indexVariable, .year = year});
    if (m_points.empty()) {
        m_firstYear = year;
    } else if (year < m_firstYear) {
        m_points.insert(m_points.begin(), static_cast<std::size_t>(m_firstYear - year), kMissing);
        m_firstYear = year;
    }
    const auto slot = static_cast<std::size_t>(year - m_firstYear);
    if (slot >= m_points.size())
        m_points.resize(slot + 1, kMissing);
    m_points[slot] = pointsPreviousYear100;
    return okStatus();
}

Error ComparablePriceSeries::chainError(const ChainOutcome& chain, int baseYear, std::string_view indexVariable) {
    if (chain.kind == ChainOutcome::NonPositiveIndex)
        return Error(ErrorCode::InvalidValue, "a volume index (previous year = 100) must be positive",
                     {.field = std::string(indexVariable), .year = chain.year});
    return Error(ErrorCode::IndexChainGap,
                 "the index chain from " + std::to_string(baseYear) + " has no index (previous year = 100) for " +
                     std::to_string(chain.year),
                 {.field = std::string(indexVariable), .year = chain.year});
}

Result<double> ComparablePriceSeries::volumeFactor(int year) const {
    const ChainOutcome c = chain(m_baseYear, year, [this](int k) {
        if (k < m_firstYear || m_points.empty())
            return kMissing;
        const auto slot = static_cast<std::size_t>(k - m_firstYear);
        return slot < m_points.size() ? m_points[slot] : kMissing;
    });
    if (!c.ok())
        return chainError(c, m_baseYear, m_indexVariable);
    return c.factor;
}

Result<Money> ComparablePriceSeries::comparableValue(Money baseYearCurrentValue, int year) const {
    auto f = volumeFactor(year);
    if (f.hasError())
        return f.error();
    return Money(baseYearCurrentValue * f.value());
}

Result<Ratio> ComparablePriceSeries::reductionFromFactor(WaterVolume baseUse, WaterVolume use, double volumeFactor) {
    const Outcome<double> r = reductionOf(baseUse.value(), use.value(), volumeFactor);
    if (r.ok)
        return ratio(r.value);
    if (!(baseUse.value() > 0.0))
        return Error(ErrorCode::InvalidValue, "base-year water use must be positive to compute a reduction");
    if (use.value() < 0.0)
        return Error(ErrorCode::InvalidValue, "water use cannot be negative");
    return Error(ErrorCode::InvalidValue, "the chained volume index must be positive");
}

Result<Ratio> ComparablePriceSeries::intensityReduction(WaterVolume baseUse, WaterVolume use, int year) const {
    auto f = volumeFactor(year);
    if (f.hasError())
        return f.error();
    return reductionFromFactor(baseUse, use, f.value());
}

Result<double> ComparablePriceSeries::impliedDeflator(Money baseYearCurrentValue, Money currentValue,
                                                      int year) const {
    auto comparable = comparableValue(baseYearCurrentValue, year);
    if (comparable.hasError())
        return comparable.error();
    if (!(comparable.value().value() > 0.0))
        return Error(ErrorCode::InvalidValue, "comparable value must be positive", {.year = year});
    return (currentValue / comparable.value()).value();
}

} // namespace jieshui::core
