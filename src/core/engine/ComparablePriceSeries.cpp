// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ComparablePriceSeries.h"

#include <utility>

namespace jieshui::core {

ComparablePriceSeries::ComparablePriceSeries(int baseYear, std::string indexVariable)
    : m_baseYear(baseYear), m_indexVariable(std::move(indexVariable)) {}

Status ComparablePriceSeries::setIndex(int year, double pointsPreviousYear100) {
    if (!(pointsPreviousYear100 > 0.0))
        return Error(ErrorCode::InvalidValue, "a volume index (previous year = 100) must be positive",
                     {.field = m_indexVariable, .year = year});
    if (m_factors.empty()) {
        m_firstYear = year;
    } else if (year < m_firstYear) {
        m_factors.insert(m_factors.begin(), static_cast<std::size_t>(m_firstYear - year), 0.0);
        m_firstYear = year;
    }
    const auto slot = static_cast<std::size_t>(year - m_firstYear);
    if (slot >= m_factors.size())
        m_factors.resize(slot + 1, 0.0);
    m_factors[slot] = pointsPreviousYear100 / 100.0;
    return okStatus();
}

double ComparablePriceSeries::indexAt(int year) const {
    if (year < m_firstYear || m_factors.empty())
        return 0.0;
    const auto slot = static_cast<std::size_t>(year - m_firstYear);
    return slot < m_factors.size() ? m_factors[slot] : 0.0;
}

Result<double> ComparablePriceSeries::volumeFactor(int year) const {
    double factor = 1.0;
    const auto gap = [this](int missing) {
        return Error(ErrorCode::IndexChainGap,
                     "the index chain from " + std::to_string(m_baseYear) +
                         " has no index (previous year = 100) for " + std::to_string(missing),
                     {.field = m_indexVariable, .year = missing});
    };
    for (int k = m_baseYear + 1; k <= year; ++k) {
        const double i = indexAt(k);
        if (i == 0.0)
            return gap(k);
        factor *= i;
    }
    // Before the base: the index of year k+1 links k to k+1, so divide backwards.
    for (int k = m_baseYear; k > year; --k) {
        const double i = indexAt(k);
        if (i == 0.0)
            return gap(k);
        factor /= i;
    }
    return factor;
}

Result<Money> ComparablePriceSeries::comparableValue(Money baseYearCurrentValue, int year) const {
    auto f = volumeFactor(year);
    if (f.hasError())
        return f.error();
    return Money(baseYearCurrentValue * f.value());
}

Result<Ratio> ComparablePriceSeries::reductionFromFactor(WaterVolume baseUse, WaterVolume use,
                                                         double volumeFactor) {
    if (!(baseUse.value() > 0.0))
        return Error(ErrorCode::InvalidValue, "base-year water use must be positive to compute a reduction");
    if (use.value() < 0.0)
        return Error(ErrorCode::InvalidValue, "water use cannot be negative");
    if (!(volumeFactor > 0.0))
        return Error(ErrorCode::InvalidValue, "the chained volume index must be positive");
    // (W_t/GDP_t) / (W_0/GDP_0) with GDP_t = GDP_0 · I_t at base prices: GDP_0 cancels out.
    return ratio(1.0 - (use / baseUse).value() / volumeFactor);
}

Result<Ratio> ComparablePriceSeries::intensityReduction(WaterVolume baseUse, WaterVolume use,
                                                        int year) const {
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
